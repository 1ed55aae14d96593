"""Accompanied visits (同行支援): publishing slots, booking, moving and cancelling — for the chat and the API."""
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from handlers import languages
from handlers.problems import Problem
from storage import repo, repo_booking
from storage.models import Booking, Slot, SlotPattern

HORIZON = timedelta(days=21)  # weekly patterns are turned into slots this far ahead
OFFER_LEAD = timedelta(hours=2)  # the chat offers no slot that starts sooner than this
OFFER_COUNT = 5
NOTICE_JOB = "visit_notice"
REMINDERS = (("day_before", timedelta(days=1)), ("two_hours", timedelta(hours=2)))
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


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


# --- input from staff (API, /admin) --------------------------------------------------------------
def _clock(value, field: str, problems: list[Problem]) -> str | None:
    try:
        return time.fromisoformat(str(value)).strftime("%H:%M")
    except ValueError:
        problems.append(Problem("booking.not_a_time", field=field, value=value))
        return None


def _moment(value, field: str, tz: str, problems: list[Problem]) -> datetime | None:
    try:
        dt = datetime.fromisoformat(str(value))
    except ValueError:
        problems.append(Problem("booking.not_a_moment", field=field, value=value))
        return None
    return dt.replace(tzinfo=ZoneInfo(tz)) if dt.tzinfo is None else dt


def _day(value, field: str, problems: list[Problem]) -> date | None:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        problems.append(Problem("booking.not_a_date", field=field, value=value))
        return None


def _common(data: dict, problems: list[Problem]) -> dict:
    """meeting_point, counselor, languages, interpreter, capacity — checked."""
    out = {}
    for key, limit in (("meeting_point", 200), ("counselor", 64)):
        value = str(data.get(key) or "").strip()
        if not value:
            problems.append(Problem("booking.required", field=key))
        elif len(value) > limit:
            problems.append(Problem("booking.too_long", field=key, limit=limit))
        out[key] = value
    langs = data.get("languages", ["ja"])
    if isinstance(langs, str):
        langs = [p.strip() for p in langs.split(",") if p.strip()]
    if not isinstance(langs, list) or not langs:
        problems.append(Problem("booking.languages_list", field="languages"))
        langs = []
    unknown = [code for code in langs if code not in languages.codes()]
    if unknown:
        problems.append(Problem("booking.languages_unknown", field="languages", codes=unknown,
                                known=", ".join(languages.codes())))
    out["languages"] = [str(code) for code in langs]
    interpreter = data.get("interpreter", False)
    if not isinstance(interpreter, bool):
        problems.append(Problem("booking.interpreter", field="interpreter"))
    out["interpreter"] = bool(interpreter)
    capacity = data.get("capacity", 1)
    if not isinstance(capacity, int) or isinstance(capacity, bool) or not 1 <= capacity <= 50:
        problems.append(Problem("booking.capacity", field="capacity"))
        capacity = 1
    out["capacity"] = capacity
    return out


def parse_slot(data: dict, tz: str) -> dict:
    """Check a one-off slot from staff; every problem is listed in one BookingError."""
    if not isinstance(data, dict):
        raise BookingError("send a JSON object")
    problems: list[Problem] = []
    values = _common(data, problems)
    start = _moment(data.get("start"), "start", tz, problems) if data.get("start") else None
    end = _moment(data.get("end"), "end", tz, problems) if data.get("end") else None
    if not data.get("start"):
        problems.append(Problem("booking.required", field="start"))
    if not data.get("end"):
        problems.append(Problem("booking.required", field="end"))
    if start and end and end <= start:
        problems.append(Problem("booking.end_after_start", field="end", other="start"))
    if problems:
        raise BookingError(problems=problems)
    values.update(starts_at=start, ends_at=end)
    return values


def parse_pattern(data: dict, tz: str, today: date) -> dict:
    """Check a weekly pattern from staff ({"weekly": {"weekday", "start", "end", "from", "until"}, …})."""
    problems: list[Problem] = []
    values = _common(data, problems)
    weekly = data.get("weekly")
    if not isinstance(weekly, dict):
        raise BookingError("weekly: give {\"weekday\": \"tue\", \"start\": \"10:00\", \"end\": \"12:00\"}")
    weekday = weekly.get("weekday")
    if isinstance(weekday, str) and weekday.lower()[:3] in WEEKDAYS:
        weekday = WEEKDAYS.index(weekday.lower()[:3])
    if not isinstance(weekday, int) or isinstance(weekday, bool) or not 0 <= weekday <= 6:
        problems.append(Problem("booking.weekday", field="weekly.weekday", days=", ".join(WEEKDAYS)))
    start = _clock(weekly.get("start"), "weekly.start", problems)
    end = _clock(weekly.get("end"), "weekly.end", problems)
    if start and end and end <= start:
        problems.append(Problem("booking.end_after_start", field="weekly.end", other="weekly.start"))
    valid_from = _day(weekly["from"], "weekly.from", problems) if weekly.get("from") else today
    valid_until = _day(weekly["until"], "weekly.until", problems) if weekly.get("until") else None
    if valid_from and valid_until and valid_until < valid_from:
        problems.append(Problem("booking.until_before_from", field="weekly.until"))
    if problems:
        raise BookingError(problems=problems)
    ref = str(data.get("ref") or "").strip()[:64] or None
    values.update(weekday=weekday, start_time=start, end_time=end, valid_from=valid_from,
                  valid_until=valid_until, ref=ref)
    return values


# --- publishing --------------------------------------------------------------------------------
def publish_slot(session: Session, values: dict, now: datetime) -> Slot:
    """Add a one-off slot."""
    return repo_booking.add_slot(session, {**values, "booked": 0, "status": "open", "created_at": now})


def publish_pattern(session: Session, values: dict, tz: str, now: datetime) -> SlotPattern:
    """Add a weekly pattern and create its slots for the weeks ahead."""
    pattern = repo_booking.add_pattern(session, {**values, "created_at": now})
    extend_patterns(session, tz, now)
    return pattern


def extend_patterns(session: Session, tz: str, now: datetime) -> int:
    """Create the slots of every weekly pattern up to the horizon; idempotent. Return how many were new."""
    zone = ZoneInfo(tz)
    today = now.astimezone(zone).date()
    until = (now + HORIZON).astimezone(zone).date()
    created = 0
    for pattern in repo_booking.patterns_to_extend(session, until):
        resume = pattern.materialized_until + timedelta(days=1) if pattern.materialized_until else today
        day = max(pattern.valid_from, today, resume)
        last = min(until, pattern.valid_until) if pattern.valid_until else until
        while day <= last:
            if day.weekday() == pattern.weekday:
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


# --- what the resident is offered ------------------------------------------------------------------
def fits(slot: Slot, lang: str) -> bool:
    """True when a counselor of the slot speaks *lang* (or an interpreter comes)."""
    if slot.interpreter:
        return True
    spoken = set(slot.languages or [])
    base = "ja" if lang == "ja-easy" else lang
    return base in spoken or base.split("-")[0] in {code.split("-")[0] for code in spoken}


@dataclass
class Offer:
    """Slots to offer, and whether they speak the resident's language."""

    slots: list[Slot]
    in_language: bool
    on_day: bool = True  # False when the day asked for had no slot and these are the nearest


def offer(session: Session, lang: str, tz: str, now: datetime, around: datetime | None = None,
          limit: int = OFFER_COUNT, exclude: tuple[int, ...] = ()) -> Offer:
    """The next open slots for this resident (never past, full or cancelled), nearest to *around* if given."""
    extend_patterns(session, tz, now)
    slots = [s for s in repo_booking.open_slots(session, now + OFFER_LEAD) if s.id not in exclude]
    fitting = [s for s in slots if fits(s, lang)]
    in_language = bool(fitting) or not slots
    pool = fitting or slots
    if around is None:
        return Offer(pool[:limit], in_language)
    zone = ZoneInfo(tz)
    wanted_day = around.astimezone(zone).date()
    same_day = [s for s in pool if s.starts_at.astimezone(zone).date() == wanted_day]
    if same_day:
        return Offer(sorted(same_day, key=lambda s: abs(s.starts_at - around))[:limit], in_language)
    nearest = sorted(pool, key=lambda s: abs(s.starts_at - around))[:limit]
    return Offer(sorted(nearest, key=lambda s: s.starts_at), in_language, on_day=False)


def bookable(session: Session, slot_id: int, now: datetime) -> Slot | None:
    """The slot when it can still be booked (open, not full, not begun)."""
    slot = repo_booking.slot_by_id(session, slot_id)
    if slot is None or slot.status != "open" or slot.booked >= slot.capacity or slot.starts_at <= now:
        return None
    return slot


# --- booking, moving, cancelling -------------------------------------------------------------------
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
    repo.cancel_jobs(session, _reminder_prefix(booking))
    return new


def cancel(session: Session, booking: Booking, by: str, now: datetime, reason: str | None = None) -> None:
    """Cancel a booking (by the resident or by staff); its reminders stop; staff cancellations are told."""
    if booking.status != "booked":
        return
    booking.status, booking.cancelled_by, booking.cancelled_at = "cancelled", by, now
    booking.cancel_reason = (reason or "")[:200] or None
    repo_booking.give_back_place(session, booking.slot_id)
    repo.cancel_jobs(session, _reminder_prefix(booking))
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
            repo.schedule_job(session, NOTICE_JOB, f"{_reminder_prefix(booking)}{which}", due,
                              booking.resident_id, {"booking_id": booking.id, "event": which}, now)


def tell(session: Session, booking: Booking, event: str, now: datetime) -> None:
    """Tell the resident about a change made by staff, as soon as the scheduler runs (exactly once)."""
    repo.schedule_job(session, NOTICE_JOB, f"booking:{booking.id}:{event}", now, booking.resident_id,
                      {"booking_id": booking.id, "event": event}, now)


# --- JSON for the API --------------------------------------------------------------------------
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
