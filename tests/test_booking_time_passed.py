"""A resident who comes back to a visit they were booking after its time has gone by is told the time has passed
(not that someone else took it) and is shown the free times of now."""
from datetime import timedelta

from storage import clock
from tests.booking_helpers import active_bookings, add_slot
from tests.support import move_clock_to


def _hold_the_first_slot(runtime, resident) -> int:
    move_clock_to("2026-11-24T09:00:00+09:00")  # a Tuesday morning
    first = add_slot(runtime, 0, hour=14)
    add_slot(runtime, 5, hour=14)
    resident.follow()
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    resident.tap(resident.buttons()[0])
    resident.tap("ハローワーク")
    assert "伝えてよい" in resident.buttons()
    return first


def test_a_resident_who_comes_back_after_the_held_time_is_told_it_has_passed(runtime, resident):
    _hold_the_first_slot(runtime, resident)
    clock.shift(timedelta(days=2))
    resident.say("こんにちは")
    resident.tap("続きから")
    said = resident.texts()
    assert "もう過ぎて" in said and "ほかの方の予約" not in said
    assert any("11/29" in label for label in resident.buttons()), "the free times of now"
    assert active_bookings(runtime) == []


def test_confirming_a_held_time_that_has_passed_says_it_has_passed(runtime, resident):
    _hold_the_first_slot(runtime, resident)
    clock.shift(timedelta(hours=6))  # past 14:00, long before the 24-hour welcome back
    resident.tap("伝えてよい")
    said = resident.texts()
    assert "もう過ぎて" in said and "ほかの方の予約" not in said
    assert any("11/29" in label for label in resident.buttons())
    assert active_bookings(runtime) == []


def test_a_held_time_someone_else_took_is_still_called_taken(runtime, resident):
    from handlers import bookings

    held = _hold_the_first_slot(runtime, resident)
    with runtime.db.session() as session:
        bookings.book(session, held, _other_resident(session), None, clock.now())
    resident.tap("伝えてよい")
    assert "ほかの方の予約" in resident.texts()


def _other_resident(session):
    from storage.models import Resident
    other = Resident(channel="line", external_id="Uother", created_at=clock.now())
    session.add(other)
    session.flush()
    return other.id
