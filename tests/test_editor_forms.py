"""The editor's forms for non-programmers: opening hours and closed days, hotlines and canned replies without
YAML; each field checked with a Japanese message, what was typed kept, the published value beside a change,
and the saved draft served after publishing (issue 21, point 10)."""
import html
import re

import pytest
import yaml

from bot.admin.dialogs.drafts import DialogEditor
from tests.console_fixtures import sign_in


@pytest.fixture
def editor_client(app, make_staff):
    make_staff("hana", "editor")
    client = app.test_client()
    return client, sign_in(client, "hana")


def _draft_yaml(runtime, path: str) -> object:
    draft = DialogEditor(runtime).draft("hana")
    return yaml.safe_load(draft.content.files[path])


def _office_form(csrf, **changes):
    form = {"csrf_token": csrf, "hours_mon": "8:30-17:15", "hours_tue": "08:30-17:15", "hours_wed": "08:30-17:15",
            "hours_thu": "08:30-19:00", "hours_fri": "08:30-17:15", "hours_sat": "", "hours_sun": "",
            "holidays": "1", "closed_days": "12-29\n12/30\n12月31日\n01-01", "phone": "0120-000-000"}
    form.update(changes)
    return form


def test_office_hours_are_a_form_and_the_saved_draft_is_valid_yaml_the_bot_reads(runtime, editor_client):
    client, csrf = editor_client
    page = client.get("/admin/dialogs/form/office").get_data(as_text=True)
    assert 'name="hours_thu" value="08:30-19:00"' in page and "hours:" not in page  # a form, no YAML
    resp = client.post("/admin/dialogs/form/office",
                       data=_office_form(csrf, hours_sat="9:00-12:00", hours_mon="8:30-12:00、13:00-17:15"))
    assert resp.status_code == 302
    saved = _draft_yaml(runtime, "data/office.yaml")
    assert saved["hours"]["sat"] == ["09:00-12:00"] and saved["hours"]["mon"] == ["08:30-12:00", "13:00-17:15"]
    assert saved["closed_days"] == ["12-29", "12-30", "12-31", "01-01"] and saved["closed_on_public_holidays"] is True
    again = client.get(resp.headers["Location"]).get_data(as_text=True)
    assert 'data-testid="form-ok"' in again
    assert re.search(r'data-testid="was-sat">公開中：休み<', again)  # the published value beside the change
    assert 'data-testid="was-tue"' not in again  # … and only where something changed
    content = DialogEditor(runtime).draft("hana").content
    bundle = runtime.build_content(content)  # the bot reads the draft as it would after publishing
    assert bundle.office.hours["sat"]


def test_a_field_that_cannot_be_read_is_named_in_japanese_and_what_was_typed_stays(runtime, editor_client):
    client, csrf = editor_client
    resp = client.post("/admin/dialogs/form/office",
                       data=_office_form(csrf, hours_wed="9時から5時", hours_fri="17:00-09:00", closed_days="大晦日",
                                         phone=""))
    page = resp.get_data(as_text=True)
    assert resp.status_code == 200
    problems = re.findall(r"<li>([^<]+)</li>", page[page.index('data-testid="form-problems"'):])
    assert any("水曜日" in p and "9時から5時" in p for p in problems)
    assert any("金曜日" in p and "終わりが始まりより前" in p for p in problems)
    assert any("大晦日" in p for p in problems) and any("電話番号" in p for p in problems)
    assert 'value="9時から5時"' in page and "大晦日" in page  # nothing typed is lost
    assert "data/office.yaml" not in DialogEditor(runtime).draft("hana").content.files  # and nothing was saved


def test_a_hotline_is_changed_added_and_removed_with_its_japanese_name(runtime, editor_client):
    client, csrf = editor_client
    page = client.get("/admin/dialogs/form/hotlines").get_data(as_text=True)
    count = int(re.search(r'name="rows" value="(\d+)"', page).group(1))
    form = {"csrf_token": csrf, "rows": str(count)}
    for field, value in re.findall(r'name="(\d+:[a-z_]+)" value="([^"]*)"', page):
        if not field.endswith(":delete"):  # the removal boxes are left unticked
            form[field] = value
    for field in re.findall(r'name="(\d+:(?:signal|topic|first|only|unless|when|flag):[a-z_]+)" value="1" checked', page):
        form[field] = "1"
    first_id = form["0:id"]
    form["0:number"] = "0120-999-999"
    form["1:delete"] = "1"
    removed = form["1:id"]
    new = str(count)
    form.update({f"{new}:label": "みどりが丘市 DV相談", f"{new}:id": "city_dv", f"{new}:number": "0120-111-222",
                 f"{new}:hours": "9:00-17:00", f"{new}:languages": "ja, ja-easy", f"{new}:priority": "2",
                 f"{new}:signal:violence": "1", f"{new}:topic:family": "1"})
    resp = client.post("/admin/dialogs/form/hotlines", data=form)
    assert resp.status_code == 302, re.findall(r"<li>[^<]*</li>", resp.get_data(as_text=True))
    rows = {row["id"]: row for row in _draft_yaml(runtime, "data/hotlines.yaml")}
    assert rows[first_id]["number"] == "0120-999-999" and removed not in rows
    # the selection rules come back as they were (189 only for a child, 110 always, the DV lines first)
    assert rows["jido_189"]["only_when"] == ["child_at_risk"] and rows["police"]["emergency"] is True
    assert rows["kyukyu_7119"]["only_when"] == ["medical_emergency"]  # #7119 only beside 119 for an emergency
    assert rows["fresc_helpdesk"]["only_when"] == ["labour_exploitation"]
    assert rows["dv_plus"]["first_for"] == ["violence"]
    # violence by a boss or a stranger: the DV lines not first, the police consultation line first
    assert rows["dv_plus"]["first_unless"] == ["outside_home"] and rows["police_consult"]["first_when"] == ["outside_home"]
    assert rows["city_dv"] == {"id": "city_dv", "name": "hotline.city_dv", "number": "0120-111-222",
                               "signals": ["violence"], "languages": ["ja", "ja-easy"], "hours": ["09:00-17:00"],
                               "priority": 2, "topics": ["family"]}
    draft = DialogEditor(runtime).draft("hana")
    assert draft.content.messages["ja"]["hotline.city_dv"] == "みどりが丘市 DV相談"
    assert DialogEditor(runtime).check(draft.content) == []


def test_a_canned_reply_is_reworded_and_a_new_one_added_with_the_original_beside_it(runtime, editor_client):
    client, csrf = editor_client
    page = client.get("/admin/dialogs/form/canned").get_data(as_text=True)
    count = int(re.search(r'name="rows" value="(\d+)"', page).group(1))
    form = {"csrf_token": csrf, "rows": str(count)}
    for field, value in re.findall(r'name="(\d+:(?:id|title))" value="([^"]*)"', page):
        form[field] = value
    for field, value in re.findall(r'name="(\d+:text)"[^>]*>([^<]*)</textarea>', page):
        form[field] = html.unescape(value)
    original = form["0:text"]
    form["0:text"] = "相談員の{name}です。ゆっくりで大丈夫です。"
    form.update({f"{count}:title": "雪の日", f"{count}:text": "雪の日は窓口が遅れて開きます。"})
    resp = client.post("/admin/dialogs/form/canned", data=form)
    assert resp.status_code == 302, re.findall(r"<li>[^<]*</li>", resp.get_data(as_text=True))
    again = client.get("/admin/dialogs/form/canned").get_data(as_text=True)
    assert "相談員の{name}です。ゆっくりで大丈夫です。" in again
    was = re.search(r'data-testid="canned-0-was">公開中：([^<]*)<', again).group(1)
    assert html.unescape(was).strip() == original.strip()  # the published text stays in sight
    rows = _draft_yaml(runtime, "data/canned.yaml")
    assert rows[-1] == {"id": "canned.custom_1", "title": "雪の日"}
    assert DialogEditor(runtime).draft("hana").content.messages["ja"]["canned.custom_1"] == "雪の日は窓口が遅れて開きます。"


def test_the_forms_are_for_editors(app, make_staff):
    make_staff("sato", "counselor")
    counselor = app.test_client()
    sign_in(counselor, "sato")
    assert counselor.get("/admin/dialogs/form/office").status_code == 403
    assert app.test_client().get("/admin/dialogs/form/office").status_code == 302


def test_after_saving_a_japanese_edit_the_published_text_is_still_beside_it(runtime, editor_client):
    client, csrf = editor_client
    catalog = runtime.shipped_catalog
    msg_id = sorted(i for i in catalog.ids() if i.startswith("canned."))[0]
    original = catalog.texts["ja"][msg_id]
    client.post(f"/admin/dialogs/messages?lang=ja&q={msg_id}",
                data={"csrf_token": csrf, f"m:{msg_id}": "書きかえた文です。{name}"})
    page = client.get(f"/admin/dialogs/messages?lang=ja&q={msg_id}").get_data(as_text=True)
    assert "書きかえた文です。" in page
    was = re.search(rf'data-testid="was-{re.escape(msg_id)}">公開中：([^<]*)<', page).group(1)
    assert html.unescape(was) == original


def _form_fields(page: str) -> dict:
    """Every field of a form page as a browser would send it (ticked boxes and chosen options included)."""
    form = {}
    for field, value in re.findall(r'<input name="([^"]+)" value="([^"]*)"', page):
        form[field] = html.unescape(value)
    for field, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page):
        form[field] = html.unescape(value)
    for field in re.findall(r'<input type="checkbox" name="([^"]+)" value="1" checked', page):
        form[field] = "1"
    for field, options in re.findall(r'<select name="([^"]+)"[^>]*>(.*?)</select>', page, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected', options)
        form[field] = chosen.group(1) if chosen else ""
    return form


def test_follow_up_questions_are_reworded_reordered_and_added_in_a_form(runtime, editor_client):
    client, csrf = editor_client
    page = client.get("/admin/dialogs/form/followups").get_data(as_text=True)
    assert "questions:" not in page and 'data-testid="question-0-text"' in page
    form = _form_fields(page)
    form["csrf_token"] = csrf
    count = int(form["rows"])
    assert form["q0:id"] == "tonight" and form["q0:o1:crisis"] == "no_shelter"  # what the file says, as fields
    form["q0:prompt_text"] = "今夜、安心して眠れる場所はありますか？"
    new = count
    form.update({f"q{new}:id": "night_work", f"q{new}:prompt_text": "夜のお仕事をしていますか？",
                 f"q{new}:ask:work": "1", f"q{new}:order": "2",
                 f"q{new}:o0:label_text": "はい", f"q{new}:o0:value": "yes_night", f"q{new}:o0:means": "yes",
                 f"q{new}:o1:label_text": "いいえ", f"q{new}:o1:value": "no_night", f"q{new}:o1:means": "no"})
    resp = client.post("/admin/dialogs/form/followups", data=form)
    assert resp.status_code == 302, re.findall(r"<li>[^<]*</li>", resp.get_data(as_text=True))
    saved = _draft_yaml(runtime, "data/followups.yaml")
    ids = [q["id"] for q in saved["questions"]]
    assert ids[0] == "tonight" and ids[1] == "night_work" and len(ids) == count + 1
    night = saved["questions"][1]
    assert night == {"id": "night_work", "ask_when": ["work"], "prompt": "q.night_work",
                     "options": [{"label": "a.night_work.yes_night", "value": "yes_night", "means": "yes"},
                                 {"label": "a.night_work.no_night", "value": "no_night", "means": "no"}]}
    assert saved["questions"][0]["options"][1]["crisis"] == "no_shelter"  # untouched answers keep what they had
    draft = DialogEditor(runtime).draft("hana")
    assert draft.content.messages["ja"]["q.night_work"] == "夜のお仕事をしていますか？"
    assert DialogEditor(runtime).check(draft.content) == []
    again = client.get("/admin/dialogs/form/followups").get_data(as_text=True)
    assert "公開中：" in again and "今夜、安心して眠れる場所はありますか？" in again


def test_a_follow_up_question_without_an_answer_or_a_good_id_is_refused_and_kept(runtime, editor_client):
    client, csrf = editor_client
    form = _form_fields(client.get("/admin/dialogs/form/followups").get_data(as_text=True))
    count = int(form["rows"])
    form.update({"csrf_token": csrf, f"q{count}:id": "夜", f"q{count}:prompt_text": "夜は眠れますか？",
                 f"q{count}:ask:health": "1"})
    page = client.post("/admin/dialogs/form/followups", data=form).get_data(as_text=True)
    assert "「夜」は、英小文字で始まる" in page and 'value="夜は眠れますか？"' in page
    assert "data/followups.yaml" not in DialogEditor(runtime).draft("hana").content.files


@pytest.mark.parametrize("name", ["office", "hotlines", "canned", "followups"])
def test_every_form_page_has_the_editor_frame_title_and_the_way_back_to_the_file(editor_client, name):
    client, _ = editor_client
    page = client.get(f"/admin/dialogs/form/{name}").get_data(as_text=True)
    assert re.search(r'class="on"><b>1</b> 書きかえる', page)  # step 1 of the editor's steps is lit
    assert "ファイルとして編集する" in page and 'data-testid="save-form"' in page
    assert page.count('<section class="card">') == 1
