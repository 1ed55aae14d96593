"""CSV exports are safe to open in a spreadsheet: cells that would run as formulas are written as text,
and our own import reads them back unchanged."""
import csv
import io

from sqlalchemy import select

from handlers import directory_csv, directory_export, spreadsheet
from storage import clock
from storage.models import Place
from tests.places_support import seed_directory


def test_cells_starting_like_a_formula_are_written_as_text():
    buf = io.StringIO()
    spreadsheet.writer(buf).writerow(["=HYPERLINK(\"http://x\",\"click\")", "@SUM(A1)", "+cmd|' /C calc'!A0",
                                      "-2+3", "\tTAB", "\rCR", "ふつうの文", 42])
    cells = next(csv.reader(io.StringIO(buf.getvalue(), newline="")))
    assert all(cell.startswith("'") for cell in cells[:6])
    assert cells[6:] == ["ふつうの文", "42"]


def test_a_restored_cell_equals_what_was_written():
    for value in ["=1+1", "@x", "-33.8", "'quoted already", "plain", "", "\tTAB"]:
        assert spreadsheet.restore(spreadsheet.neutralise(value)) == value


def test_a_place_named_like_a_formula_round_trips_through_export_and_import(runtime):
    seed_directory(runtime)
    evil = '=HYPERLINK("http://evil.example","開く")'
    with runtime.db.session() as session:
        place = session.scalars(select(Place).order_by(Place.id)).first()
        key, place.name = place.key, evil
    with runtime.db.session() as session:
        exported = directory_export.export_places(session)
    cells = [cell for row in csv.reader(io.StringIO(exported)) for cell in row]
    assert "'" + evil in cells and evil not in cells
    with runtime.db.session() as session:
        directory_csv.import_places(session, exported, clock.now(), replace=True)
    with runtime.db.session() as session:
        assert session.scalars(select(Place.name).where(Place.key == key)).one() == evil
