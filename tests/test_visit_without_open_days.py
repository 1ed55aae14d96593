"""With no open day to book, words typed at the visit step are not told "choose a date from the buttons below" — there
are none; the resident is told a date can be set with a counselor (found by a tester)."""
from tests.booking_helpers import add_slot
from tests.support import move_clock_to

TUESDAY_10AM = "2026-12-08T10:00:00+09:00"


def _at_visit(resident) -> str:
    move_clock_to(TUESDAY_10AM)
    resident.follow()
    resident.tap("できることを見る")
    return resident.texts(resident.tap("一緒に行ってほしい"))


def test_words_at_the_visit_step_with_no_open_day_are_not_pointed_at_buttons_that_are_not_there(resident):
    assert "予約できる日がありません" in _at_visit(resident)
    said = resident.texts(resident.say("外に出られないんです"))
    assert "日時は下のボタンから選べます" not in said and "相談員と話して" in said, said


def test_words_at_the_visit_step_with_open_days_still_point_at_the_days(runtime, resident):
    add_slot(runtime, 3, hour=10)
    _at_visit(resident)
    said = resident.texts(resident.say("外に出られないんです"))
    assert "日時は下のボタンから選べます" in said, said
