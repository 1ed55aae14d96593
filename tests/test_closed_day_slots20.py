"""A weekly pattern never makes a visit slot on a day the office is closed (the year-end break, a public holiday),
and a resident is never offered one — also a slot made before the office's closed days were known. Found by a
tester: a Tuesday pattern offered and booked 29 December, a closed day in office.yaml."""
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from handlers import offers, slot_publishing
from storage import clock, repo_booking
from storage.models import Slot, SlotPattern
from tests.support import Resident, move_clock_to

TOKYO = ZoneInfo("Asia/Tokyo")
MID_DECEMBER = "2026-12-15T10:00:00+09:00"  # a Tuesday; the pattern's next Tuesdays: 22, 29 Dec, 5 Jan


def _tuesday_pattern(session, now) -> SlotPattern:
    pattern = SlotPattern(ref="tue", weekday=1, start_time="10:00", end_time="12:00", meeting_point="駅 北口",
                          counselor="田中", languages=["ja"], interpreter=False, capacity=2,
                          valid_from=date(2026, 12, 1), created_at=now)
    session.add(pattern)
    session.flush()
    return pattern


def _days(session) -> list[date]:
    return [s.starts_at.astimezone(TOKYO).date() for s in session.scalars(select(Slot).order_by(Slot.starts_at))]


def test_the_office_knows_its_year_end_break_and_public_holidays(runtime):
    office = runtime.bundle.office
    assert office.closed_on(date(2026, 12, 29)) and office.closed_on(date(2027, 1, 2))
    assert office.closed_on(date(2027, 1, 11))  # 成人の日
    assert not office.closed_on(date(2026, 12, 22))


def test_a_weekly_pattern_skips_the_year_end_break(runtime):
    move_clock_to(MID_DECEMBER)
    with runtime.db.session() as session:
        _tuesday_pattern(session, clock.now())
        created = slot_publishing.extend_patterns(session, "Asia/Tokyo", clock.now(), runtime.bundle.office.closed_on)
        days = _days(session)
    assert date(2026, 12, 22) in days and date(2027, 1, 5) in days
    assert date(2026, 12, 29) not in days and created == len(days)


def test_the_sweeper_makes_no_slot_on_a_closed_day(runtime):
    move_clock_to(MID_DECEMBER)
    with runtime.db.session() as session:
        _tuesday_pattern(session, clock.now())
    runtime.sweep_once()
    with runtime.db.session() as session:
        assert date(2026, 12, 29) not in _days(session) and date(2026, 12, 22) in _days(session)


def test_a_pattern_slot_already_made_on_a_closed_day_is_never_offered(runtime):
    move_clock_to(MID_DECEMBER)
    with runtime.db.session() as session:
        pattern = _tuesday_pattern(session, clock.now())
        slot_publishing.extend_patterns(session, "Asia/Tokyo", clock.now())  # as before the fix: 29 Dec made
        assert date(2026, 12, 29) in _days(session)
        offered = offers.offer(session, "ja", "Asia/Tokyo", clock.now(), days=(date(2026, 12, 29),),
                               closed=runtime.bundle.office.closed_on)
        assert all(s.starts_at.astimezone(TOKYO).date() != date(2026, 12, 29) for s in offered.slots)
        assert not offered.on_day
        # a one-off slot staff publish on a closed day on purpose is theirs to offer
        one_off = repo_booking.add_slot(session, {
            "starts_at": datetime(2026, 12, 29, 14, tzinfo=TOKYO), "ends_at": datetime(2026, 12, 29, 15, tzinfo=TOKYO),
            "meeting_point": "駅 北口", "counselor": "田中", "languages": ["ja"], "interpreter": False, "capacity": 1,
            "booked": 0, "status": "open", "created_at": clock.now()})
        offered = offers.offer(session, "ja", "Asia/Tokyo", clock.now(), days=(date(2026, 12, 29),),
                               closed=runtime.bundle.office.closed_on)
        assert [s.id for s in offered.slots] == [one_off.id] and pattern.id


def test_a_resident_booking_in_late_december_is_not_offered_the_twenty_ninth(app, fake_line, runtime):
    move_clock_to("2026-12-24T10:00:00+09:00")
    with runtime.db.session() as session:
        _tuesday_pattern(session, clock.now())
    resident = Resident(app, fake_line)
    resident.follow()
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    shown = " ".join(resident.buttons()) + resident.texts()
    assert "12/29" not in shown and "12月29日" not in shown
    assert "1/5" in shown or "1月5日" in shown, shown
