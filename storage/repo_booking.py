"""SQL for accompanied visits: slots, patterns and bookings (the place counter only moves atomically)."""
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.dialect import dialect_insert
from storage.models import Booking, Slot, SlotPattern


def slot_by_id(session: Session, slot_id: int) -> Slot | None:
    """One slot by id."""
    return session.get(Slot, slot_id)


def pattern_by_id(session: Session, pattern_id: int) -> SlotPattern | None:
    """One weekly slot pattern by id."""
    return session.get(SlotPattern, pattern_id)


def booking_by_id(session: Session, booking_id: int) -> Booking | None:
    """One booking by id."""
    return session.get(Booking, booking_id)


def add_slot(session: Session, values: dict) -> Slot:
    """Store a new slot (its id is known on return)."""
    slot = Slot(**values)
    session.add(slot)
    session.flush()
    return slot


def add_pattern(session: Session, values: dict) -> SlotPattern:
    """Store a new weekly slot pattern (its id is known on return)."""
    pattern = SlotPattern(**values)
    session.add(pattern)
    session.flush()
    return pattern


def add_booking(session: Session, values: dict) -> Booking | None:
    """Store a new booking; None (and nothing stored) when the resident already holds a place on the slot."""
    booking = Booking(**values)
    session.add(booking)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError:
        if booking in session:
            session.expunge(booking)
        return None
    return booking


def insert_pattern_slot(session: Session, values: dict) -> bool:
    """Create one slot of a weekly pattern unless it exists (safe when two processes extend at once)."""
    stmt = dialect_insert(session, Slot).values(**values).on_conflict_do_nothing(
        index_elements=["pattern_id", "starts_at"])
    return bool(session.execute(stmt).rowcount)


def patterns_to_extend(session: Session, until) -> list[SlotPattern]:
    """Weekly patterns whose slots do not reach *until* (a local date) yet."""
    stmt = select(SlotPattern).where(
        (SlotPattern.materialized_until.is_(None)) | (SlotPattern.materialized_until < until))
    return list(session.scalars(stmt))


def take_place(session: Session, slot_id: int, now: datetime) -> bool:
    """Take one place on an open, future slot that is not full; False when there is none (one UPDATE)."""
    stmt = (update(Slot)
            .where(Slot.id == slot_id, Slot.status == "open", Slot.booked < Slot.capacity, Slot.starts_at > now)
            .values(booked=Slot.booked + 1))
    return session.execute(stmt).rowcount == 1


def give_back_place(session: Session, slot_id: int) -> None:
    """Free one place on a slot (a booking was cancelled or moved)."""
    session.execute(update(Slot).where(Slot.id == slot_id, Slot.booked > 0).values(booked=Slot.booked - 1))


def open_slots(session: Session, after: datetime, before: datetime | None = None, limit: int = 200) -> list[Slot]:
    """Open slots with a free place starting after *after* (and before *before*), earliest first."""
    stmt = select(Slot).where(Slot.status == "open", Slot.booked < Slot.capacity, Slot.starts_at > after)
    if before is not None:
        stmt = stmt.where(Slot.starts_at < before)
    return list(session.scalars(stmt.order_by(Slot.starts_at, Slot.id).limit(limit)))


def slots_between(session: Session, start: datetime, end: datetime, limit: int = 1000) -> list[Slot]:
    """Every slot (open, full or cancelled) starting in [start, end), earliest first."""
    stmt = (select(Slot).where(Slot.starts_at >= start, Slot.starts_at < end)
            .order_by(Slot.starts_at, Slot.id).limit(limit))
    return list(session.scalars(stmt))


def active_bookings(session: Session, resident_id: int, now: datetime) -> list[Booking]:
    """A resident's bookings still to come, earliest first."""
    stmt = (select(Booking).join(Slot, Booking.slot_id == Slot.id)
            .where(Booking.resident_id == resident_id, Booking.status == "booked", Slot.ends_at > now)
            .order_by(Slot.starts_at, Booking.id))
    return list(session.scalars(stmt))


def bookings_of_slot(session: Session, slot_id: int) -> list[Booking]:
    """The active bookings on one slot."""
    stmt = select(Booking).where(Booking.slot_id == slot_id, Booking.status == "booked").order_by(Booking.id)
    return list(session.scalars(stmt))


def bookings_between(session: Session, start: datetime, end: datetime, statuses: tuple[str, ...],
                     limit: int = 1000) -> list[Booking]:
    """Bookings whose slot starts in [start, end), with the given statuses, earliest first."""
    stmt = (select(Booking).join(Slot, Booking.slot_id == Slot.id)
            .where(Slot.starts_at >= start, Slot.starts_at < end, Booking.status.in_(statuses))
            .order_by(Slot.starts_at, Booking.id).limit(limit))
    return list(session.scalars(stmt))


def patterns_in_week_order(session: Session) -> list[SlotPattern]:
    """Every weekly pattern, Monday first, then by start time."""
    return list(session.scalars(select(SlotPattern).order_by(SlotPattern.weekday, SlotPattern.start_time)))


def pattern_refs(session: Session) -> set[str]:
    """The refs of the weekly patterns that have one (demo data is added once per ref)."""
    return set(session.scalars(select(SlotPattern.ref).where(SlotPattern.ref.is_not(None))))
