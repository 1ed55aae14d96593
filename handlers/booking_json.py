"""Slots, weekly patterns and bookings as the API and the console show them (JSON)."""
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from handlers.slot_publishing import WEEKDAYS
from storage import repo
from storage.models import Booking, Slot, SlotPattern


def _iso(dt: datetime | None) -> str | None:
    return dt.astimezone(timezone.utc).isoformat().replace("+00:00", "Z") if dt else None


def slot_json(slot: Slot, tz: str) -> dict:
    """A slot as the API shows it (UTC plus office-local times)."""
    zone = ZoneInfo(tz)
    return {"id": slot.id, "start": _iso(slot.starts_at), "end": _iso(slot.ends_at),
            "start_local": slot.starts_at.astimezone(zone).isoformat(),
            "end_local": slot.ends_at.astimezone(zone).isoformat(),
            "meeting_point": slot.meeting_point, "counselor": slot.counselor, "languages": list(slot.languages),
            "interpreter": slot.interpreter, "capacity": slot.capacity, "booked": slot.booked,
            "remaining": max(slot.capacity - slot.booked, 0) if slot.status == "open" else 0,
            "status": slot.status, "pattern_id": slot.pattern_id}


def pattern_json(pattern: SlotPattern) -> dict:
    """A weekly pattern as the API shows it."""
    return {"id": pattern.id, "ref": pattern.ref, "weekday": WEEKDAYS[pattern.weekday],
            "start": pattern.start_time, "end": pattern.end_time, "from": pattern.valid_from.isoformat(),
            "until": pattern.valid_until.isoformat() if pattern.valid_until else None,
            "meeting_point": pattern.meeting_point, "counselor": pattern.counselor,
            "languages": list(pattern.languages), "interpreter": pattern.interpreter, "capacity": pattern.capacity}


def booking_json(session: Session, booking: Booking, tz: str) -> dict:
    """A booking as counselors see it; the intake summary only when the resident agreed to share it."""
    conv = repo.conversation_by_id(session, booking.conversation_id) if booking.conversation_id else None
    summary = (conv.data or {}).get("summary") if conv and booking.consent_to_share else None
    return {"id": booking.id, "status": booking.status, "slot": slot_json(booking.slot, tz),
            "slot_id": booking.slot_id, "conversation_id": booking.conversation_id,
            "resident_id": booking.resident_id, "lang": booking.lang, "destination": booking.destination,
            "destination_text": booking.destination_text, "consent_to_share": booking.consent_to_share,
            "summary": summary, "source": booking.source, "created_at": _iso(booking.created_at),
            "cancelled_at": _iso(booking.cancelled_at), "cancelled_by": booking.cancelled_by,
            "moved_to_id": booking.moved_to_id}
