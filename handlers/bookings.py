"""Accompanied visits (同行支援): booking, moving and cancelling a place, and the resident's reminders — for the
chat and the API. Publishing slots is in handlers/slot_publishing.py, staff input in slot_input.py, what the chat offers
in offers.py, the API's JSON in booking_json.py."""
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from handlers.problems import Problem
from storage import repo, repo_booking, repo_jobs
from storage.models import Booking

NOTICE_JOB = "visit_notice"
REMINDERS = (("day_before", timedelta(days=1)), ("two_hours", timedelta(hours=2)))


class BookingError(ValueError):
    """A request about slots or bookings that cannot be done; `status` is the fitting HTTP status. Raised for
    staff input, it carries every Problem found (``problems``; the message joins their English)."""

    status = 400

    def __init__(self, message: str = "", problems: list[Problem] | None = None):
        self.problems = list(problems or [])
        super().__init__(message or "; ".join(self.problems))


class NotFound(BookingError):
    """No such slot, booking or conversation."""

    status = 404


class SlotFull(BookingError):
    """The slot has no free place (or is cancelled, or has begun)."""

    status = 409


class AlreadyBooked(BookingError):
    """The resident already holds a place on this slot."""

    status = 409


def book(session: Session, slot_id: int, resident_id: int, conversation_id: int | None, now: datetime, *,
         destination: str | None = None, destination_text: str | None = None, consent: bool = False,
         lang: str | None = None, source: str = "chat") -> Booking:
    """Take the slot's place for the resident; SlotFull when no place is left, whatever the concurrency."""
    if repo_booking.slot_by_id(session, slot_id) is None:
        raise NotFound(f"no slot {slot_id}")
    if any(b.slot_id == slot_id for b in repo_booking.active_bookings(session, resident_id, now)):
        raise AlreadyBooked("this resident already has a place on this slot")
    if not repo_booking.take_place(session, slot_id, now):
        raise SlotFull("this slot is full, cancelled or has already begun")
    booking = repo_booking.add_booking(session, {
        "slot_id": slot_id, "resident_id": resident_id, "conversation_id": conversation_id, "status": "booked",
        "destination": destination, "destination_text": (destination_text or "")[:1000] or None,
        "consent_to_share": bool(consent), "lang": lang, "source": source, "created_at": now})
    if booking is None:
        repo_booking.give_back_place(session, slot_id)
        raise AlreadyBooked("this resident already has a place on this slot")
    schedule_reminders(session, booking, now)
    return booking


def book_for_conversation(session: Session, slot_id: int, conversation_id: int, now: datetime,
                          **details) -> Booking:
    """Book for the resident of a conversation (staff and integrations through the API)."""
    conv = repo.conversation_by_id(session, conversation_id)
    if conv is None:
        raise NotFound(f"no conversation {conversation_id}")
    booking = book(session, slot_id, conv.resident_id, conv.id, now, lang=conv.resident.lang, source="api",
                   **details)
    tell(session, booking, "booked", now)
    return booking


def move(session: Session, booking: Booking, new_slot_id: int, now: datetime) -> Booking:
    """Move a booking to another slot in one transaction: the new place first, then the old one freed."""
    if booking.status != "booked":
        raise BookingError("this booking is no longer active")
    if new_slot_id == booking.slot_id:
        return booking
    new = book(session, new_slot_id, booking.resident_id, booking.conversation_id, now,
               destination=booking.destination, destination_text=booking.destination_text,
               consent=booking.consent_to_share, lang=booking.lang, source=booking.source)
    booking.status, booking.moved_to_id, booking.cancelled_at = "moved", new.id, now
    repo_booking.give_back_place(session, booking.slot_id)
    repo_jobs.cancel_jobs(session, _reminder_prefix(booking))
    return new


def cancel(session: Session, booking: Booking, by: str, now: datetime, reason: str | None = None) -> None:
    """Cancel a booking (by the resident or by staff); its reminders stop; staff cancellations are told."""
    if booking.status != "booked":
        return
    booking.status, booking.cancelled_by, booking.cancelled_at = "cancelled", by, now
    booking.cancel_reason = (reason or "")[:200] or None
    repo_booking.give_back_place(session, booking.slot_id)
    repo_jobs.cancel_jobs(session, _reminder_prefix(booking))
    if by == "staff":
        tell(session, booking, "staff_cancel", now)


def cancel_by_staff(session: Session, booking_id: int, now: datetime, reason: str | None = None) -> Booking:
    """A counselor cancels one booking; the resident is told kindly, with the next slots."""
    booking = repo_booking.booking_by_id(session, booking_id)
    if booking is None:
        raise NotFound(f"no booking {booking_id}")
    if booking.status != "booked":
        raise BookingError(f"booking {booking_id} is already {booking.status}")
    cancel(session, booking, "staff", now, reason)
    return booking


def upcoming(session: Session, resident_id: int, now: datetime) -> Booking | None:
    """The resident's next booking, if any."""
    found = repo_booking.active_bookings(session, resident_id, now)
    return found[0] if found else None


# --- messages to the resident (scheduled jobs, delivered by bot/app/scheduler.py) -----------------------
def _reminder_prefix(booking: Booking) -> str:
    return f"booking:{booking.id}:remind:"


def schedule_reminders(session: Session, booking: Booking, now: datetime) -> None:
    """Reminders the day before and two hours before (only those still ahead)."""
    slot = booking.slot or repo_booking.slot_by_id(session, booking.slot_id)
    for which, before in REMINDERS:
        due = slot.starts_at - before
        if due > now:
            repo_jobs.schedule_job(session, NOTICE_JOB, f"{_reminder_prefix(booking)}{which}", due,
                              booking.resident_id, {"booking_id": booking.id, "event": which}, now)


def remind_later(session: Session, booking: Booking, event: str, due: datetime, now: datetime) -> None:
    """The reminder *event* once more at *due* (it waited for an answer); stopped like the others by a move or cancel."""
    repo_jobs.schedule_job(session, NOTICE_JOB, f"{_reminder_prefix(booking)}{event}:at:{due.isoformat()}", due,
                           booking.resident_id, {"booking_id": booking.id, "event": event}, now)


def tell(session: Session, booking: Booking, event: str, now: datetime) -> None:
    """Tell the resident about a change made by staff, as soon as the scheduler runs (exactly once)."""
    repo_jobs.schedule_job(session, NOTICE_JOB, f"booking:{booking.id}:{event}", now, booking.resident_id,
                      {"booking_id": booking.id, "event": event}, now)
