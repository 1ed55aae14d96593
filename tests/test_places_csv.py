"""CSV import/export of the directory: every bad row listed by line and reason; nothing stored on a mistake."""
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from bot.cli import main
from handlers import directory_csv, directory_export
from handlers.datafile import DataError
from storage import clock
from storage.models import Place, Resource

DATA = Path(__file__).resolve().parent.parent / "dialogs" / "data"
HEADER = ("key,name,kind,area,address,lat,lon,hours,audience,cost,languages,accessibility,phone,contact,url,"
          "description_ja,description_en\n")
GOOD = 'cafe-a,カフェA,cafe,central,中央1,35.6581,139.7017,"mon-fri 10:00-16:00",anyone,free,ja;en,,0120-000-999,,,説明,About\n'


def _count(runtime, model) -> int:
    with runtime.db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_the_sample_town_imports_and_exports_round_trip(runtime):
    with runtime.db.session() as session:
        counts = directory_csv.import_places(session, (DATA / "places.csv").read_text("utf-8"), clock.now())
        assert counts["added"] == 30
        exported = directory_export.export_places(session)
    with runtime.db.session() as session:
        again = directory_csv.import_places(session, exported, clock.now())
    assert again == {"added": 0, "updated": 0, "unchanged": 30, "deactivated": 0}


def test_several_bad_rows_are_all_reported_by_line_and_nothing_is_imported(runtime):
    text = (HEADER + GOOD
            + 'cafe-b,カフェB,castle,central,中央2,35.6,139.7,"mon-fri 10:00-16:00",anyone,free,ja,,,,,説明,\n'
            + 'cafe-c,カフェC,cafe,central,中央3,95,139.7,"mon-fry 10:00-16:00",everyone,free,ja,,,,,説明,\n'
            + 'cafe-a,カフェA2,cafe,central,中央4,35.6,139.7,"sun 10:00-12:00",anyone,lots,xx,,,,,,\n')
    with pytest.raises(DataError) as err, runtime.db.session() as session:
        directory_csv.import_places(session, text, clock.now())
    problems = err.value.problems
    assert "places.csv:3: kind 'castle' is not one of" in problems[0]
    by_line = {p.split(":")[1] for p in problems}
    assert by_line == {"3", "4", "5"}
    joined = "\n".join(problems)
    for reason in ("lat '95'", "'fry'", "audience 'everyone'", "key 'cafe-a' is used again (first on line 2)",
                   "cost 'lots'", "languages 'xx'", "description_ja is empty"):
        assert reason in joined
    assert _count(runtime, Place) == 0


def test_a_missing_column_and_an_unknown_one_are_named_at_line_1(runtime):
    text = "key,name,kind,colour\nx,y,cafe,red\n"
    with pytest.raises(DataError) as err:
        directory_csv.parse_places(text)
    joined = "\n".join(err.value.problems)
    assert "places.csv:1: unknown column 'colour'" in joined and "the column 'lat' is missing" in joined


def test_a_quoted_cell_over_two_lines_keeps_the_line_numbers_right(runtime):
    text = HEADER + GOOD.replace(",説明,", ',"説明\n二行目",') + GOOD.replace("cafe-a", "cafe-b").replace("cafe,", "pub,", 1)
    with pytest.raises(DataError) as err:
        directory_csv.parse_places(text)
    assert len(err.value.problems) == 1 and err.value.problems[0].startswith("places.csv:4: kind 'pub'")


def test_shift_jis_from_excel_is_read():
    assert directory_csv.decode((HEADER + GOOD).encode("cp932")).startswith("key,name")


def test_the_cli_lists_every_problem_and_exits_1(runtime, tmp_path, monkeypatch, database_url):
    monkeypatch.setenv("DATABASE_URL", database_url)
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + GOOD.replace("10:00-16:00", "10:00-26:00") + GOOD.replace("cafe-a", "Cafe A"), "utf-8")
    result = CliRunner().invoke(main, ["places", "import", str(bad)])
    assert result.exit_code == 1
    assert "bad.csv:2: hours:" in result.output and "bad.csv:3: key 'Cafe A'" in result.output
    assert "nothing was imported" in result.output
    good = tmp_path / "resources.csv"
    good.write_text((DATA / "resources.csv").read_text("utf-8"), "utf-8")
    result = CliRunner().invoke(main, ["resources", "import", str(good)])
    assert result.exit_code == 0, result.output
    assert _count(runtime, Resource) == 18
    exported = CliRunner().invoke(main, ["resources", "export"])
    assert exported.output.splitlines()[0].startswith("key,agency,agency_en,section,section_en,section_zh-Hans")
    assert len(exported.output.splitlines()) == 19


def test_replace_makes_rows_missing_from_the_file_inactive(runtime):
    with runtime.db.session() as session:
        directory_csv.import_places(session, HEADER + GOOD + GOOD.replace("cafe-a", "cafe-b"), clock.now())
    with runtime.db.session() as session:
        counts = directory_csv.import_places(session, HEADER + GOOD, clock.now(), replace=True)
        assert counts["deactivated"] == 1
        assert [p.key for p in session.scalars(select(Place).where(Place.active.is_(True)))] == ["cafe-a"]


def test_seed_demo_is_idempotent(runtime, monkeypatch, database_url):
    monkeypatch.setenv("DATABASE_URL", database_url)
    first = CliRunner().invoke(main, ["seed-demo"])
    second = CliRunner().invoke(main, ["seed-demo"])
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    assert "30 places (30 added)" in first.output and "18 resources (18 unchanged)" in second.output
    assert _count(runtime, Place) == 30 and _count(runtime, Resource) == 18
