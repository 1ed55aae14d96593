"""The slot list's own 「ほかの日」 / "Another day" button always works: tapped where no date comes with it (a LINE
without the date picker), it asks which day suits the resident, in their language, and shows the next free times;
tapped again it goes on (never 「日にちを読み取れませんでした」, never the same answer in a loop); a typed day is read."""
import pytest
from sqlalchemy import select

from dialogs.catalog import Catalog
from handlers import languages
from storage.models import Resident as ResidentRow
from tests.booking_helpers import add_slot
from tests.support import move_clock_to

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

MONDAY_MORNING = "2026-12-07T10:00:00+09:00"
UNREADABLE = "booking.day_unreadable"


@pytest.fixture(scope="module")
def catalog():
    return Catalog.from_directory()


def _in_language(resident, lang: str) -> None:
    resident.follow()
    with resident.runtime.db.session() as s:
        row = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        row.lang, row.lang_source = lang, "chosen"


def _to_slots(runtime, resident, catalog, lang="ja", days=(1, 2, 3, 5, 8, 9, 10)) -> None:
    move_clock_to(MONDAY_MORNING)
    for day in days:
        add_slot(runtime, day, hour=10, languages=("ja", "en", "vi", "zh"), interpreter=True)
    _in_language(resident, lang)
    resident.tap(resident.buttons()[1])  # 「できることを見る」 (the greeting came before the language was set)
    resident.tap(catalog.text(lang, "opt.visit"))


def _first_line(catalog, lang: str, msg_id: str) -> str:
    return catalog.text(lang, msg_id, slots="", note="").split("\n")[0]


def test_a_resident_who_taps_hoka_no_hi_is_asked_which_day_suits_them_and_shown_the_next_times(runtime, resident, catalog):
    _to_slots(runtime, resident, catalog)
    first = resident.texts()
    resident.tap("ほかの日")
    answer = resident.texts()
    assert "読み取れません" not in answer
    assert "ご都合のよい日はいつですか" in answer
    assert "12月16日" in answer and "12月8日" not in answer  # the times after those shown, not the same list
    assert answer != first and "ほかの日" in resident.buttons()


def test_tapping_hoka_no_hi_again_goes_on_and_never_loops_on_an_error(runtime, resident, catalog):
    _to_slots(runtime, resident, catalog)
    resident.tap("ほかの日")
    second = resident.texts()
    resident.tap("ほかの日")  # nothing later: the nearest times again, said plainly
    third = resident.texts()
    assert "読み取れません" not in third and third != second
    assert "ご都合のよい日はいつですか" in third and "まだ空きがありません" in third and "12月8日" in third
    resident.tap("ほかの日")
    assert "読み取れません" not in resident.texts() and "12月16日" in resident.texts()


def test_after_tapping_hoka_no_hi_a_typed_day_shows_that_day(runtime, resident, catalog):
    _to_slots(runtime, resident, catalog)
    resident.tap("ほかの日")
    resident.say("12月14日がいい")
    answer = resident.texts()
    assert "12月14日" in answer and "12月15日" in answer  # none that day: said so, and the nearest
    assert "ご都合のよい日" not in answer


@pytest.mark.parametrize("lang", [code for code in languages.codes() if code != "ja"])
def test_the_another_day_button_asks_which_day_in_the_residents_language(runtime, resident, catalog, lang):
    _to_slots(runtime, resident, catalog, lang)
    label = catalog.text(lang, "booking.opt.other_day")
    resident.tap(label)
    answer = resident.texts()
    assert catalog.text(lang, UNREADABLE) not in answer
    assert _first_line(catalog, lang, "booking.which_day") in answer
    resident.tap(label)
    again = resident.texts()
    assert catalog.text(lang, UNREADABLE) not in again and again != answer
    assert _first_line(catalog, lang, "booking.which_day_no_more") in again
