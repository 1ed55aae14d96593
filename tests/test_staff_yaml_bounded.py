"""Staff-edited YAML cannot blow up: anchors and aliases (the 'billion laughs') and oversized files or
test lists are refused quickly with a reason, in the editor too, and never stored as a draft."""
import time

import pytest

from bot.admin.dialogs import preview
from handlers import datafile
from tests.console_fixtures import sign_in

LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
    f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(9))


def test_nested_aliases_are_refused_before_anything_is_built():
    started = time.process_time()
    with pytest.raises(datafile.DataError, match="anchors and aliases"):
        datafile.load_yaml(LAUGHS, "intake.yaml")
    assert time.process_time() - started < 5  # generous: refusing reads a few hundred bytes of events


def test_an_oversized_file_and_one_with_too_many_values_are_refused():
    with pytest.raises(datafile.DataError, match="too large"):
        datafile.load_yaml("x: " + "a" * (datafile.MAX_CHARS + 1), "office.yaml")
    many = "\n".join(f"- {i}" for i in range(datafile.MAX_NODES + 1))
    with pytest.raises(datafile.DataError, match="too many values"):
        datafile.load_yaml(many, "office.yaml")


def test_ordinary_staff_yaml_still_loads_with_its_lines():
    data = datafile.load_yaml("hours:\n  mon: '08:30-17:15'\n", "office.yaml")
    assert data["hours"]["mon"] == "08:30-17:15" and data["__line__"] == 1


def test_transcript_tests_with_aliases_or_too_many_tests_are_refused_in_plain_words():
    with pytest.raises(ValueError, match="アンカーとエイリアス"):
        preview.parse_tests("- &t {name: a, steps: [{say: こんにちは}]}\n- *t\n")
    many = "\n".join(f"- {{name: t{i}, steps: [{{say: hi}}]}}" for i in range(preview.MAX_TESTS + 1))
    with pytest.raises(ValueError, match="件までです"):
        preview.parse_tests(many)


def test_the_editor_refuses_an_aliased_file_with_a_reason_and_keeps_no_draft(app, make_staff, runtime):
    make_staff("hana", "editor")
    client = app.test_client()
    csrf = sign_in(client, "hana")
    page = client.post("/admin/dialogs/file/data/office.yaml", data={"text": LAUGHS, "csrf_token": csrf})
    assert "アンカーとエイリアス" in page.get_data(as_text=True)
    again = client.get("/admin/dialogs/file/data/office.yaml").get_data(as_text=True)
    assert "*a, *a" not in again


def test_the_preview_refuses_aliased_tests_and_keeps_the_previous_ones(app, make_staff):
    make_staff("hana", "editor")
    client = app.test_client()
    csrf = sign_in(client, "hana")
    page = client.post("/admin/dialogs/preview", data={"tests": LAUGHS, "csrf_token": csrf}, follow_redirects=True)
    assert "テストを保存しませんでした" in page.get_data(as_text=True)
