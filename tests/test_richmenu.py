"""`madoguchi richmenu deploy`: one menu per language through the Messaging API (the fake one here),
drawn from the catalog, and each resident linked to the menu of their language."""
import threading
from io import BytesIO

from click.testing import CliRunner
from PIL import Image
from sqlalchemy import event

from bot import create_app
from bot.line import richmenu
from bot.line.richmenu_draw import draw_menu, font_path
from dialogs.script import Script
from handlers import languages, postback
from storage import repo_i18n


def _menus(runtime):
    with runtime.db.session() as session:
        return repo_i18n.rich_menus(session)


def test_deploy_creates_one_illustrated_menu_per_language_and_makes_japanese_the_default(runtime, fake_line, tmp_path):
    done = richmenu.deploy(runtime, image_dir=tmp_path)
    assert [d.lang for d in done] == languages.codes()
    menus = _menus(runtime)
    assert set(menus) == set(languages.codes())
    assert set(menus.values()) <= set(fake_line.state.rich_menus)
    assert fake_line.state.default_menu == menus["ja"]
    for lang, menu_id in menus.items():
        image = Image.open(BytesIO(fake_line.state.menu_images[menu_id]))
        assert image.size == (2500, 1686) and image.format == "PNG"
        assert (tmp_path / f"richmenu-{lang}.png").exists()
    uploads = fake_line.calls("/content")
    assert len(uploads) == len(languages.codes()) and all(c["body"]["_type"] == "image/png" for c in uploads)


def test_each_area_is_a_postback_the_dialog_understands_from_every_step(runtime, fake_line):
    richmenu.deploy(runtime, ["vi"])
    menu = fake_line.state.rich_menus[_menus(runtime)["vi"]]
    script: Script = runtime.engine.script
    assert menu["chatBarText"] == "Menu" and len(menu["areas"]) == 5
    for area in menu["areas"]:
        trigger, _value, _state = postback.decode(area["action"]["data"])
        assert any(t["trigger"] == trigger and t["source"] == "*" for t in script.transitions), trigger
    assert {a["action"]["displayText"] for a in menu["areas"]} >= {"Nói chuyện với người", "Ngôn ngữ / Language"}


def test_a_redeploy_replaces_the_old_menus_and_relinks_residents(runtime, fake_line, resident):
    fake_line.state.languages[resident.user] = "vi"
    resident.follow()
    richmenu.deploy(runtime, ["ja", "vi"])
    first = _menus(runtime)
    assert fake_line.state.user_menus[resident.user] == first["vi"], "bulk-linked on deploy"
    richmenu.deploy(runtime, ["ja", "vi"])
    second = _menus(runtime)
    assert second["vi"] != first["vi"]
    assert first["vi"] not in fake_line.state.rich_menus, "the old menu was deleted"
    assert fake_line.state.user_menus[resident.user] == second["vi"]


def test_a_resident_is_linked_to_their_languages_menu_when_the_language_is_set(runtime, fake_line, new_resident):
    richmenu.deploy(runtime)
    menus = _menus(runtime)
    by_profile = new_resident()
    fake_line.state.languages[by_profile.user] = "vi"
    by_profile.follow()
    assert fake_line.state.user_menus[by_profile.user] == menus["vi"]
    by_text = new_resident()
    fake_line.state.languages[by_text.user] = None
    by_text.follow()
    by_text.say("Olá, preciso de ajuda, perdi meu emprego")
    assert fake_line.state.user_menus[by_text.user] == menus["pt-BR"]
    by_text.tap("Idioma / Language")
    by_text.tap("…")
    by_text.tap("မြန်မာဘာသာ")
    assert fake_line.state.user_menus[by_text.user] == menus["my"]


def test_without_deployed_menus_nothing_is_linked_and_the_chat_goes_on(fake_line, resident):
    fake_line.state.languages[resident.user] = "vi"
    resident.follow()
    assert "Cảm ơn bạn" in resident.texts()
    assert not fake_line.calls(f"/v2/bot/user/{resident.user}/richmenu")


def test_a_script_without_a_font_is_drawn_with_english_labels_and_said_so(monkeypatch):
    from bot.line import richmenu_draw
    monkeypatch.setattr(richmenu_draw, "font_path", lambda script: None if script == "myanmar" else font_path(script))
    png, note = draw_menu({"start": "တိုင်ပင်မှု", "person": "a", "places": "b", "visit": "c", "language": "d"},
                          {"start": "Start a consultation", "person": "a", "places": "b", "visit": "c",
                           "language": "d"})
    assert note and "Myanmar" in note and "English" in note
    assert Image.open(BytesIO(png)).size == (2500, 1686)


def test_the_cli_deploys_and_reports_each_language(runtime, settings, monkeypatch, tmp_path):
    from bot import cli
    monkeypatch.setenv("LINE_API_ENDPOINT", settings.line_api_endpoint)
    monkeypatch.setenv("LINE_CHANNEL_ACCESS_TOKEN", "test-token")
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    result = CliRunner().invoke(cli.main, ["richmenu", "deploy", "--lang", "ja", "--lang", "th",
                                           "--images", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output.count("richmenu-") == 2 and (tmp_path / "richmenu-th.png").exists()
    bad = CliRunner().invoke(cli.main, ["richmenu", "deploy", "--lang", "xx"])
    assert bad.exit_code != 0 and "unknown language" in bad.output


def test_menus_deployed_by_another_process_are_linked_after_the_next_version_check(
        runtime, settings, bundle, fake_line, new_resident):
    other = create_app({"settings": settings, "bundle": bundle})  # e.g. `madoguchi richmenu deploy`
    try:
        richmenu.deploy(other.extensions["madoguchi"], ["vi"])
    finally:
        other.extensions["madoguchi"].close()
    runtime.refresh_dialogs(force=True)
    resident = new_resident()
    fake_line.state.languages[resident.user] = None
    resident.follow()
    resident.say("Xin chào, tôi bị mất việc và không trả được tiền nhà")
    assert fake_line.state.user_menus.get(resident.user) == _menus(runtime)["vi"]


def test_a_turn_that_learns_a_language_reads_no_menu_from_the_database(runtime, fake_line, new_resident):
    richmenu.deploy(runtime, ["vi"])
    resident = new_resident()
    fake_line.state.languages[resident.user] = None
    resident.follow()
    seen: list[str] = []
    me = threading.get_ident()

    def note(_conn, _cursor, statement, *_rest):
        if threading.get_ident() == me:
            seen.append(statement)

    event.listen(runtime.db.engine, "before_cursor_execute", note)
    try:
        resident.say("Xin chào, tôi bị mất việc và không trả được tiền nhà")
    finally:
        event.remove(runtime.db.engine, "before_cursor_execute", note)
    assert fake_line.state.user_menus.get(resident.user) == _menus(runtime)["vi"]
    assert not [s for s in seen if "rich_menus" in s]
