"""Publishing visit slots: one-off slots, weekly patterns turned into slots ahead, a pattern ended, a slot
cancelled (its residents told)."""
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from handlers.bookings import NotFound, cancel
from storage import repo_booking
from storage.models import Booking, Slot, SlotPattern

HORIZON = timedelta(days=21)  # weekly patterns are turned into slots this far ahead
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def publish_slot(session: Session, values: dict, now: datetime) -> Slot:
    """Add a one-off slot."""
    return repo_booking.add_slot(session, {**values, "booked": 0, "status": "open", "created_at": now})


Closed = Callable[[date], bool] | None  # the office's closed days (handlers/office.py Office.closed_on)


def publish_pattern(session: Session, values: dict, tz: str, now: datetime, closed: Closed = None) -> SlotPattern:
    """Add a weekly pattern and create its slots for the weeks ahead."""
    pattern = repo_booking.add_pattern(session, {**values, "created_at": now})
    extend_patterns(session, tz, now, closed)
    return pattern


def extend_patterns(session: Session, tz: str, now: datetime, closed: Closed = None) -> int:
    """Create the slots of every weekly pattern up to the horizon, none on a day the office is *closed*
    (the year-end break, a public holiday); idempotent. Return how many were new."""
    zone = ZoneInfo(tz)
    today = now.astimezone(zone).date()
    until = (now + HORIZON).astimezone(zone).date()
    created = 0
    for pattern in repo_booking.patterns_to_extend(session, until):
        resume = pattern.materialized_until + timedelta(days=1) if pattern.materialized_until else today
        day = max(pattern.valid_from, today, resume)
        last = min(until, pattern.valid_until) if pattern.valid_until else until
        while day <= last:
            if day.weekday() == pattern.weekday and not (closed and closed(day)):
                created += repo_booking.insert_pattern_slot(session, {
                    "pattern_id": pattern.id, "meeting_point": pattern.meeting_point,
                    "starts_at": datetime.combine(day, time.fromisoformat(pattern.start_time), zone),
                    "ends_at": datetime.combine(day, time.fromisoformat(pattern.end_time), zone),
                    "counselor": pattern.counselor, "languages": list(pattern.languages or []),
                    "interpreter": pattern.interpreter, "capacity": pattern.capacity, "booked": 0,
                    "status": "open", "created_at": now})
            day += timedelta(days=1)
        pattern.materialized_until = until
    session.flush()
    return created


def end_pattern(session: Session, pattern_id: int, last_day: date | None, tz: str, now: datetime) -> list[Booking]:
    """Stop a weekly pattern after *last_day* (default: today); later slots are cancelled, residents told."""
    pattern = repo_booking.pattern_by_id(session, pattern_id)
    if pattern is None:
        raise NotFound(f"no slot pattern {pattern_id}")
    zone = ZoneInfo(tz)
    last_day = last_day or now.astimezone(zone).date()
    pattern.valid_until = last_day
    cut = datetime.combine(last_day + timedelta(days=1), time(0), zone)
    told = []
    for slot in repo_booking.slots_between(session, cut, cut + HORIZON + timedelta(days=400)):
        if slot.pattern_id == pattern.id and slot.status == "open":
            told += cancel_slot(session, slot.id, now, "pattern ended")
    return told


def cancel_slot(session: Session, slot_id: int, now: datetime, reason: str | None = None) -> list[Booking]:
    """Cancel one slot (a one-off cancellation); its bookings are cancelled and each resident is told."""
    slot = repo_booking.slot_by_id(session, slot_id)
    if slot is None:
        raise NotFound(f"no slot {slot_id}")
    slot.status, slot.cancel_reason = "cancelled", (reason or "")[:200] or None
    bookings = repo_booking.bookings_of_slot(session, slot.id)
    for booking in bookings:
        cancel(session, booking, "staff", now, reason)
    return bookings
