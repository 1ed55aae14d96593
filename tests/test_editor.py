"""The dialog editor: drafts are checked like start-up, previews run the draft, versions go live and come back."""
import re
from pathlib import Path

import pytest

from bot import create_app
from bot.admin.dialogs import preview
from bot.admin.dialogs.drafts import DialogEditor, PublishRefused
from dialogs import overlay
from dialogs.overlay import Content
from handlers.datafile import DataError
from storage import repo_editor
from tests.console_fixtures import sign_in

DATA = Path(__file__).resolve().parent.parent / "dialogs"
NEW_WELCOME = "ようこそ。新しい案内です。困っていることを書いてください。"
OLD_WELCOME = "どんなことでも大丈夫です"


def shipped(path: str) -> str:
    return (DATA / path).read_text(encoding="utf-8")


def welcome(text: str) -> Content:
    return Content(messages={"ja": {"intake.ask_anything": text}})


@pytest.fixture
def editor(runtime) -> DialogEditor:
    return DialogEditor(runtime)


@pytest.fixture
def editor_client(app, make_staff):
    """A signed-in editor's browser: (client, csrf)."""
    make_staff("hana", "editor")
    client = app.test_client()
    return client, sign_in(client, "hana")


# --- the overlay and the validator ------------------------------------------------------------------
def test_an_empty_overlay_is_exactly_the_shipped_data(runtime):
    bundle = runtime.build_content(Content())
    assert set(bundle.script.states) == set(runtime.bundle.script.states)
    assert bundle.catalog.text("ja", "intake.ask_anything") == runtime.catalog.text("ja", "intake.ask_anything")


def test_a_draft_with_a_broken_prompt_is_refused_with_file_line_and_reason(runtime):
    text = shipped("intake.yaml").replace("prompt: intake.ask_anything", "prompt: intake.ask_anythng")
    with pytest.raises(DataError) as caught:
        runtime.build_content(Content(files={"intake.yaml": text}))
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "intake.ask_anythng" in row)
    assert f"intake.yaml:{line}: state 'start': prompt 'intake.ask_anythng' is not a message id" in caught.value.problems[0]
    path, where, _reason = overlay.locate(caught.value.problems[0], DATA)
    assert (path, where) == ("intake.yaml", line)


def test_errors_in_data_and_keyword_files_point_at_the_editable_file(runtime):
    problems = overlay.validate(DATA, "Asia/Tokyo", runtime.shipped_catalog,
                                Content(files={"keywords/ja.yaml": shipped("keywords/ja.yaml") + "\nbroken: [\n"}))
    assert problems and overlay.locate(problems[0], DATA)[0] == "keywords/ja.yaml"
    assert "/tmp" not in problems[0]


def test_edited_messages_must_keep_their_placeholders_and_not_be_empty(runtime):
    catalog = runtime.shipped_catalog
    with_placeholder = next(i for i in sorted(catalog.ids()) if "{" in catalog.raw("ja", i))
    problems = overlay.check_messages(catalog, {"en": {with_placeholder: "no placeholder here"},
                                                "ja": {"intake.ask_anything": "  "}, "xx": {"a": "b"},
                                                "ko": {"no.such.id": "x"}})
    assert len(problems) == 4
    assert any("placeholders" in p and with_placeholder in p for p in problems)


def test_only_editable_files_can_be_written(runtime):
    with pytest.raises(ValueError):
        runtime.build_content(Content(files={"../bot/config.py": "x"}))


def test_the_overlay_never_changes_the_shipped_catalog(runtime):
    runtime.build_content(welcome(NEW_WELCOME))
    assert OLD_WELCOME in runtime.shipped_catalog.text("ja", "intake.ask_anything")


# --- preview and transcript tests ------------------------------------------------------------------
def test_the_preview_runs_the_draft_without_touching_the_live_database(editor, runtime):
    live = editor.preview_live(welcome(NEW_WELCOME))
    turns = preview.chat(live, [{"follow": True}, {"say": "家賃が払えない"}])
    assert NEW_WELCOME in turns[0]["replies"][-1]["text"]
    assert any("住まい" in b["label"] for r in turns[1]["replies"] for b in r["buttons"])
    with runtime.db.session() as session:
        from sqlalchemy import func, select

        from storage.models import Resident
        assert session.scalar(select(func.count(Resident.id))) == 0


def test_transcript_tests_pass_fail_and_explain_in_plain_words(editor):
    live = editor.preview_live(Content())
    ok, bad, missing_button = preview.run_tests(live, f"""
- name: greeting
  steps:
    - follow: true
      bot: [{OLD_WELCOME}]
      buttons: [人と話したい]
- name: wrong
  steps:
    - follow: true
      bot: [{NEW_WELCOME}]
- name: tapping
  steps:
    - follow: true
    - tap: 存在しないボタン
""")
    assert ok.ok and not bad.ok and not missing_button.ok
    assert NEW_WELCOME in bad.problems[0] and "存在しないボタン" in missing_button.problems[0]
    [broken] = preview.run_tests(live, "- name: x\n  steps: [1, 2")
    assert not broken.ok and "行目" in broken.problems[0]


def test_the_shipped_transcripts_pass_in_the_preview_sandbox_too(editor):
    import yaml
    live = editor.preview_live(Content())
    for path in sorted((Path(__file__).parent / "transcripts").glob("*.yaml")):
        result = preview.run_test(live, yaml.safe_load(path.read_text(encoding="utf-8")))
        assert result.ok, (path.name, result.problems)


# --- publishing, versions, reload --------------------------------------------------------------------
def test_publishing_is_refused_while_a_problem_or_a_failing_test_remains(editor):
    draft = editor.draft("hana")
    draft.content = Content(files={"intake.yaml": shipped("intake.yaml").replace("initial: start", "initial: nowhere")})
    with pytest.raises(PublishRefused) as caught:
        editor.publish(draft, "hana", "broken")
    assert "initial state 'nowhere'" in caught.value.problems[0]
    draft = editor.draft("hana")
    draft.content, draft.tests = welcome(NEW_WELCOME), f"- steps: [{{follow: true, bot: ['{OLD_WELCOME}']}}]"
    with pytest.raises(PublishRefused, match="テスト"):
        editor.publish(draft, "hana", "test fails")
    assert editor.live()[0] == 0


def test_a_published_version_is_stored_served_and_restored_as_a_new_version(editor, runtime, resident):
    draft = editor.draft("hana")
    draft.content = welcome(NEW_WELCOME)
    editor.save(draft, "hana", "wording")
    first = editor.publish(draft, "hana", "shorter greeting")
    assert runtime.live.version == first
    assert NEW_WELCOME in resident.texts(resident.follow())
    with runtime.db.session() as session:
        row = repo_editor.version(session, first)
        assert (row.author, row.comment, row.messages) == ("hana", "shorter greeting",
                                                           {"ja": {"intake.ask_anything": NEW_WELCOME}})
        assert repo_editor.draft(session, "hana") is None  # the draft became the version
    second = editor.restore(0, "hana")
    assert second > first and runtime.live.version == second
    assert OLD_WELCOME in resident.texts(resident.follow())
    third = editor.restore(first, "hana")
    assert NEW_WELCOME in resident.texts(resident.follow()) and third > second
    actions = [(a.staff_name, a.action) for a in editor.history()]
    assert actions[:3] == [("hana", "dialog_restore"), ("hana", "dialog_restore"), ("hana", "dialog_publish")]


def test_every_worker_serves_a_new_version_within_seconds_without_a_restart(app, settings, bundle, editor):
    from dataclasses import replace
    # a worker that looks for a new version at every request (production: at most every 3 s)
    other = create_app({"settings": replace(settings, dialog_check_seconds=0), "bundle": bundle})
    try:
        other_rt = other.extensions["madoguchi"]
        draft = editor.draft("hana")
        draft.content = welcome(NEW_WELCOME)
        version = editor.publish(draft, "hana", "for everyone")
        assert other_rt.live.version == 0
        old_engine = other_rt.engine
        other.test_client().get("/health")  # any request makes the worker look
        assert other_rt.live.version == version and other_rt.engine is not old_engine
        assert other_rt.catalog.text("ja", "intake.ask_anything") == NEW_WELCOME
    finally:
        other_rt = other.extensions["madoguchi"]
        other_rt.close()


def test_a_version_that_no_longer_loads_is_skipped_and_the_current_one_kept(runtime):
    with runtime.db.session() as session:
        from storage import clock
        repo_editor.add_version(session, "x", "bad", {"intake.yaml": "initial: nowhere\n"}, {}, "", clock.now())
    assert runtime.refresh_dialogs(force=True) is False
    assert runtime.live.version == 0
    with runtime.db.session() as session:
        gone = repo_editor.add_version(session, "x", "gone", {"data/removed.yaml": "a: 1\n"}, {}, "", clock.now()).id
    assert runtime.refresh_dialogs(force=True) is False
    assert runtime.live.version == 0
    with pytest.raises(PublishRefused, match="使えないファイル"):
        DialogEditor(runtime).restore(gone, "hana")


def test_a_resident_in_a_state_that_was_removed_is_brought_back_gently(editor, runtime, resident):
    resident.follow()
    resident.tap("ボタンで選ぶ")  # now in the state "topics"
    renamed = re.sub(r"\btopics\b", "choosing", shipped("intake.yaml"))
    draft = editor.draft("hana")
    draft.content = Content(files={"intake.yaml": renamed})
    editor.publish(draft, "hana", "rename a step")
    answer = resident.texts(resident.say("家賃が払えない"))
    assert "案内が新しくなりました" in answer and "住まい" in answer
    assert "エラー" not in answer
    with runtime.db.session() as session:
        from sqlalchemy import select

        from storage.models import Conversation
        assert session.scalars(select(Conversation)).one().state == "choosing"


def test_publishing_carries_my_changes_onto_a_colleagues_newer_version(editor):
    mine, theirs = editor.draft("hana"), editor.draft("ken")
    mine.content = welcome(NEW_WELCOME)
    editor.save(mine, "hana", "x")
    theirs.content = Content(messages={"en": {"intake.ask_anything": "Tell us anything."}})
    editor.publish(theirs, "ken", "english")
    version = editor.publish(editor.draft("hana"), "hana", "japanese")
    _vid, live, _tests = editor.live()
    assert version == _vid and live.messages == {"ja": {"intake.ask_anything": NEW_WELCOME},
                                                 "en": {"intake.ask_anything": "Tell us anything."}}


# --- the web pages -------------------------------------------------------------------------------------
def test_counselors_cannot_open_the_editor_and_editors_land_on_it(app, make_staff, editor_client):
    make_staff("sato", "counselor")
    counselor = app.test_client()
    sign_in(counselor, "sato")
    assert counselor.get("/admin/dialogs").status_code == 403
    client, _csrf = editor_client
    page = client.get("/admin/dialogs")
    assert page.status_code == 200 and "会話の編集" in page.get_data(as_text=True)
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    assert app.test_client().get("/admin/dialogs").status_code == 302  # not signed in


def test_saving_a_file_shows_each_problem_beside_its_line_in_plain_words(editor_client):
    client, csrf = editor_client
    text = shipped("intake.yaml").replace("prompt: intake.ask_anything", "prompt: intake.ask_anythng")
    page = client.post("/admin/dialogs/file/intake.yaml", data={"text": text, "csrf_token": csrf})
    html = page.get_data(as_text=True)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "intake.ask_anythng" in row)
    assert f'data-line="{line}"' in html and "という文言はありません" in html
    assert client.post("/admin/dialogs/file/intake.yaml", data={"text": "x", "csrf_token": "forged"}).status_code == 400
    assert client.get("/admin/dialogs/file/..%2Fbot%2Fconfig.py").status_code == 404


def test_messages_are_edited_side_by_side_and_the_diff_shows_them(editor_client):
    client, csrf = editor_client
    page = client.get("/admin/dialogs/messages?lang=en&q=ask_anything").get_data(as_text=True)
    assert "intake.ask_anything" in page and OLD_WELCOME in page and "<textarea name=\"m:intake.ask_anything\"" in page
    client.post("/admin/dialogs/messages?lang=en&q=ask_anything",
                data={"m:intake.ask_anything": "Tell us anything at all.", "csrf_token": csrf})
    diff = client.get("/admin/dialogs/diff").get_data(as_text=True)
    assert "Tell us anything at all." in diff and "intake.ask_anything" in diff


def test_the_preview_chat_answers_with_the_draft(editor_client):
    client, csrf = editor_client
    client.post("/admin/dialogs/messages?lang=ja", data={"m:intake.ask_anything": NEW_WELCOME, "csrf_token": csrf})
    resp = client.post("/admin/dialogs/preview/chat", json={"actions": [{"follow": True}]},
                       headers={"X-CSRF-Token": csrf})
    assert NEW_WELCOME in resp.get_json()["turns"][0]["replies"][-1]["text"]
