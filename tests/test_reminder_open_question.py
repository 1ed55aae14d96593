"""A reminder never cuts into a question about the visit: while the resident is answering 「キャンセルしますか」 (or
choosing a new time), the day-before reminder waits and comes once the question is answered — not at all when the
visit is cancelled; sent while such a question was left open long ago, it closes it, so a 「はい」 to the reminder
is not a yes to the cancel question (found by a tester: the reminder arrived under the cancel question and a
「はい」 then cancelled the visit)."""
from datetime import timedelta

import pytest

from storage import clock
from tests.booking_helpers import active_bookings, add_slot, book_in_chat, slot
from tests.companion_support import TUESDAY_AFTERNOON
from tests.support import move_clock_to

REMINDER = "明日は同行支援の日です"
CANCEL_QUESTION = "キャンセルしますか"


@pytest.fixture
def booked(runtime, resident):
    move_clock_to(TUESDAY_AFTERNOON)
    slot_id = add_slot(runtime, 2)
    book_in_chat(resident)
    return resident, slot(runtime, slot_id).starts_at


def at(moment) -> None:
    clock.shift(moment - clock.now())


def pushed(runtime, resident) -> str:
    runtime.scheduler.run_due()
    return resident.texts(resident.wait())


def test_the_reminder_waits_while_the_cancel_question_is_answered_and_never_comes_for_a_cancelled_visit(runtime, booked):
    resident, starts = booked
    at(starts - timedelta(days=1, minutes=5))
    assert CANCEL_QUESTION in resident.texts(resident.say("予約をキャンセルしたい"))
    at(starts - timedelta(days=1, minutes=-1))
    assert REMINDER not in pushed(runtime, resident)
    assert "キャンセルしました" in resident.texts(resident.say("はい"))
    assert not active_bookings(runtime)
    at(starts - timedelta(hours=20))
    assert pushed(runtime, resident) == ""


def test_kept_after_the_question_the_reminder_comes_once_a_little_later(runtime, booked):
    resident, starts = booked
    at(starts - timedelta(days=1, minutes=5))
    resident.say("予約をキャンセルしたい")
    at(starts - timedelta(days=1, minutes=-1))
    assert REMINDER not in pushed(runtime, resident)
    resident.tap("予約はそのまま")
    at(starts - timedelta(days=1, minutes=-30))
    assert REMINDER in pushed(runtime, resident)
    at(starts - timedelta(hours=20))
    assert REMINDER not in pushed(runtime, resident)  # once


def test_a_reminder_after_a_question_left_open_closes_it_so_a_yes_is_not_a_cancel(runtime, booked):
    resident, starts = booked
    at(starts - timedelta(days=1, hours=3))
    resident.say("予約をキャンセルしたい")
    at(starts - timedelta(days=1, minutes=-1))
    reminder = pushed(runtime, resident)
    assert REMINDER in reminder and CANCEL_QUESTION not in reminder
    resident.say("はい")  # "yes, I know": the answer to the reminder
    assert active_bookings(runtime), "a yes to the reminder cancelled the visit"


def test_answering_for_hours_does_not_hold_the_reminder_back_past_the_visit(runtime, booked):
    resident, starts = booked
    at(starts - timedelta(hours=2, minutes=5))
    resident.say("予約をキャンセルしたい")
    seen = ""
    for minutes in range(0, 60, 10):
        at(starts - timedelta(hours=2) + timedelta(minutes=minutes))
        resident.say("えっと")  # still at the question
        seen += pushed(runtime, resident)
    assert "あと2時間ほど" in seen


def test_the_reminder_of_a_visit_being_moved_waits_and_is_not_sent_for_the_old_time(runtime, booked):
    resident, starts = booked
    add_slot(runtime, 4, hour=14)
    at(starts - timedelta(days=1, minutes=5))
    assert "新しい日時を選んでください" in resident.texts(resident.say("予約を変更したい"))
    at(starts - timedelta(days=1, minutes=-1))
    assert REMINDER not in pushed(runtime, resident)
    moved = resident.texts(resident.tap(next(b for b in resident.buttons() if "14:00" in b)))
    assert "予約を変更しました" in moved
    at(starts - timedelta(hours=20))
    assert REMINDER not in pushed(runtime, resident)  # the old time is not reminded of
