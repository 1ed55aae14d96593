"""Errors as coded problems (issue 19): a Problem reads as English for the API and the command line, and each
staff page says it in Japanese from locales/staff/ja.po — by its code, never by matching the English."""
import ast
from pathlib import Path

import pytest

from bot.admin import directory_forms
from bot.admin.views import problems_by_field
from handlers import bookings, hours, slot_input
from handlers.datafile import DataError, load_yaml
from handlers.problems import Problem, catalog, catalog_problems

PROJECT = Path(__file__).resolve().parent.parent


def codes_in_the_code() -> dict[str, str]:
    """Every literal Problem("code", …) in the project, with where it is."""
    found = {}
    for path in sorted(PROJECT.glob("*/**/*.py")):
        if ".venv" in path.parts or "tests" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Problem" and node.args \
                    and isinstance(node.args[0], ast.Constant):
                found[node.args[0].value] = f"{path.relative_to(PROJECT)}:{node.lineno}"
    return found


def test_every_code_the_program_uses_has_an_english_and_a_japanese_sentence():
    used = codes_in_the_code()
    assert len(used) > 80
    missing = {code: where for code, where in used.items() if code not in catalog("en") or code not in catalog("ja")}
    assert missing == {}
    assert catalog_problems() == []


def test_a_problem_is_its_english_sentence_and_says_itself_in_japanese():
    problem = Problem("booking.required", field="meeting_point")
    assert problem == "meeting_point: required" and isinstance(problem, str)
    assert problem.said("ja") == "入力してください。"
    located = Problem("data.anchors", where="office.yaml", line=3)
    assert located == "office.yaml:3: anchors and aliases (& and *) are not allowed; write the value out"
    assert located.said() == "「&」「*」（アンカーとエイリアス）は使えません。同じ内容でも、そのつど書いてください。"


def test_rewording_the_english_never_changes_the_japanese(monkeypatch):
    monkeypatch.setitem(catalog("en"), "booking.capacity", "capacity: pick 1 to 50 places")
    problem = Problem("booking.capacity", field="capacity")
    assert problem == "capacity: pick 1 to 50 places"
    assert problem.said("ja") == "1〜50 の整数で入力してください。"


def test_the_slot_form_places_each_problem_beside_its_field_in_japanese():
    with pytest.raises(bookings.BookingError) as caught:
        slot_input.parse_slot({"meeting_point": "", "counselor": "田中", "start": "soon", "capacity": 99}, "Asia/Tokyo")
    assert "meeting_point: required" in str(caught.value)  # the API's English
    fields = problems_by_field(caught.value)
    assert fields["meeting_point"] == ["入力してください。"]
    assert fields["capacity"] == ["1〜50 の整数で入力してください。"]
    assert fields["date"] == ["日付と時刻を正しく入力してください。"]


def test_a_directory_row_problem_is_said_in_japanese_beside_its_field():
    row = {"key": "Cafe A", "name": "カフェ", "kind": "cafe", "lat": "35.6", "lon": "139.7", "hours": "mon 10:00-26:00",
           "audience": "anyone", "cost": "free", "languages": "ja", "description_ja": "説明"}
    _values, errors = directory_forms.check("places", row)
    assert errors["key"] == ["キー「Cafe A」は半角の英小文字・数字・-・_ で、64文字以内にしてください。"]
    assert errors["hours"] == ["「mon 10:00-26:00」の「26:00」は 00:00〜24:00 の時刻ではありません。"]


def test_hours_problems_name_the_rule_in_both_languages():
    problem = hours.validate("sun 9:00-9:00")
    assert problem == "'9:00-9:00' in 'sun 9:00-9:00' opens and closes at the same time"
    assert problem.said("ja") == "「sun 9:00-9:00」の「9:00-9:00」は開く時刻と閉まる時刻が同じです。"


def test_a_yaml_mistake_is_coded_with_its_file_and_line():
    with pytest.raises(DataError) as caught:
        load_yaml("a: [1, 2\nb: 3\n", "office.yaml")
    [problem] = caught.value.problems
    assert problem.code == "data.not_yaml" and problem.where == "office.yaml" and problem.line
    assert "書き方（YAML）が正しくありません" in problem.said("ja")


def test_every_data_file_and_keyword_file_problem_is_coded(tmp_path):
    from dialogs.triage import Classifier, LexiconError
    from handlers.office import Office

    with pytest.raises(DataError) as caught:
        Office.from_data({"hours": {"mon": ["9-17"]}}, "office.yaml", "Asia/Tokyo")
    said = [problem.said("ja") for problem in caught.value.problems]
    assert "mon: 「9-17」は時間帯になっていません。09:00-17:00 のように書いてください。" in said
    assert "phone（窓口の電話番号）を書いてください。" in said
    (tmp_path / "en.yaml").write_text("language: en\nmatching: words\nscripts: [latin]\nmorphology: true\n",
                                      encoding="utf-8")
    with pytest.raises(LexiconError) as lexicon:
        Classifier.from_directory(tmp_path)
    [problem] = lexicon.value.problems
    assert problem == f"{tmp_path / 'en.yaml'}:4: morphology: only Japanese has a morphological dictionary"
    assert problem.said("ja") == "morphology が使えるのは日本語だけです（辞書があるのは日本語のみ）。"
