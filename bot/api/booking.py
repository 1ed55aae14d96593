"""/api/v1 slots and bookings for accompanied visits (同行支援): JSON for staff tools, scripts and the console.

Every view is a thin wrapper over handlers/ (bookings, slot_publishing, slot_input, offers, booking_json) and needs a bearer token (`madoguchi staff token NAME`):
counselors and admins book, list and cancel visits and see a slot with its bookings; editors and admins publish
and cancel slots and end weekly patterns; all three list slots and patterns (no resident data there). No token: 401; the wrong role: 403.
"""
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from flask import Blueprint, Response, jsonify, request

from bot.api.auth import json_errors, optional_object, token_required
from bot.app.current import current_runtime
from bot.app.http_safety import MAX_ID
from handlers import booking_json, bookings, ics, offers, slot_input, slot_publishing
from storage import clock, repo, repo_booking
from storage.models import Booking

bp = Blueprint("api_booking", __name__, url_prefix="/api/v1")
MAX_RANGE = timedelta(days=366)
json_errors(bp)
BOOKERS = ("counselor", "admin")  # book, list and cancel visits; read slots
PUBLISHERS = ("editor", "admin")  # publish and cancel slots, end patterns
READERS = ("counselor", "editor", "admin")  # the slot list and patterns (no resident data)



def _tz() -> str:
    return current_runtime().settings.tz


def _error(message: str, status: int, **extra):
    return jsonify(error=message, **extra), status


def _body() -> dict:
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise bookings.BookingError("send a JSON object (Content-Type: application/json)")
    return data


def _is_id(value) -> bool:
    """A whole number a database id can be (JSON's true is not one, nor 10**30)."""
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_ID


FIRST_YEAR, LAST_YEAR = 2000, 2100  # dates a calendar of visits can mean; beyond them times overflow


def _range() -> tuple[datetime, datetime]:
    """?from=&to= as dates (office time) or date-times; default: from now, four weeks."""
    zone, now = ZoneInfo(_tz()), clock.now()

    def parse(name: str, default: datetime) -> datetime:
        raw = request.args.get(name)
        if not raw:
            return default
        try:
            if len(raw) == 10:
                value = datetime.combine(date.fromisoformat(raw), datetime.min.time(), zone)
            else:
                value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            raise bookings.BookingError(f"{name}: '{raw}' is not a date like 2026-12-01") from None
        if not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise bookings.BookingError(f"{name}: give a date between {FIRST_YEAR} and {LAST_YEAR}")
        return value.replace(tzinfo=zone) if value.tzinfo is None else value

    start = parse("from", now)
    end = parse("to", start + timedelta(days=28))
    if end <= start or end - start > MAX_RANGE:
        raise bookings.BookingError("to: must be after from, and at most a year later")
    return start, end


def destination_label(booking: Booking) -> str:
    """Where the visit goes, in Japanese for staff."""
    rt = current_runtime()
    dest = rt.bundle.destinations.by_id.get(booking.destination or "") if rt.bundle.destinations else None
    return rt.catalog.text("ja", dest.label) if dest else (booking.destination_text or "")


def _kick_scheduler() -> None:
    """Deliver what staff changes tell residents now, rather than at the next sweep."""
    rt = current_runtime()
    rt.background.run(rt.scheduler.run_due)


@bp.errorhandler(bookings.BookingError)
def _booking_error(exc: bookings.BookingError):
    return _error(str(exc), exc.status)


# --- slots --------------------------------------------------------------------------------------
@bp.get("/slots")
@token_required(*READERS)
def list_slots():
    """Slots from ?from= to ?to= (default: the next four weeks); ?open=1 only those with a free place."""
    start, end = _range()
    only_open = request.args.get("open") in ("1", "true", "yes")
    lang = request.args.get("lang")
    with current_runtime().db.session() as session:
        if only_open:
            slots = repo_booking.open_slots(session, max(start, clock.now()), end)
        else:
            slots = repo_booking.slots_between(session, start, end)
        if lang:
            slots = [s for s in slots if offers.fits(s, lang)]
        return jsonify(slots=[booking_json.slot_json(s, _tz()) for s in slots])


@bp.post("/slots")
@token_required(*PUBLISHERS)
def create_slots():
    """A one-off slot {start, end, meeting_point, counselor, languages, interpreter, capacity}, or a
    weekly pattern with {"weekly": {"weekday", "start", "end", "from"?, "until"?}} plus the same fields."""
    data, now = _body(), clock.now()
    with current_runtime().db.session() as session:
        if "weekly" in data:
            values = slot_input.parse_pattern(data, _tz(), now.astimezone(ZoneInfo(_tz())).date())
            pattern = slot_publishing.publish_pattern(session, values, _tz(), now, current_runtime().bundle.office.closed_on)
            slots = [s for s in repo_booking.slots_between(session, now, now + slot_publishing.HORIZON)
                     if s.pattern_id == pattern.id]
            return jsonify(pattern=booking_json.pattern_json(pattern),
                           slots=[booking_json.slot_json(s, _tz()) for s in slots]), 201
        slot = slot_publishing.publish_slot(session, slot_input.parse_slot(data, _tz()), now)
        return jsonify(booking_json.slot_json(slot, _tz())), 201


@bp.get("/slots/<int:slot_id>")
@token_required(*BOOKERS)
def get_slot(slot_id: int):
    """One slot with its active bookings."""
    with current_runtime().db.session() as session:
        slot = repo_booking.slot_by_id(session, slot_id)
        if slot is None:
            return _error(f"no slot {slot_id}", 404)
        out = booking_json.slot_json(slot, _tz())
        out["bookings"] = [booking_json.booking_json(session, b, _tz())
                           for b in repo_booking.bookings_of_slot(session, slot_id)]
        return jsonify(out)


@bp.post("/slots/<int:slot_id>/cancel")
@token_required(*PUBLISHERS)
def cancel_slot(slot_id: int):
    """Cancel one slot {"reason"?}; its residents are told kindly and offered the next slots."""
    data = optional_object()
    with current_runtime().db.session() as session:
        told = slot_publishing.cancel_slot(session, slot_id, clock.now(), str(data.get("reason") or ""))
        out = booking_json.slot_json(repo_booking.slot_by_id(session, slot_id), _tz())
        out["cancelled_bookings"] = [b.id for b in told]
    _kick_scheduler()
    return jsonify(out)


@bp.get("/slot-patterns")
@token_required(*READERS)
def list_patterns():
    """The weekly patterns."""
    with current_runtime().db.session() as session:
        patterns = repo_booking.patterns_in_week_order(session)
        return jsonify(patterns=[booking_json.pattern_json(p) for p in patterns])


@bp.post("/slot-patterns/<int:pattern_id>/end")
@token_required(*PUBLISHERS)
def end_pattern(pattern_id: int):
    """Stop a weekly pattern after {"last_day"?: "2026-12-31"} (default today); later slots are cancelled."""
    data = optional_object()
    last_day = None
    if data.get("last_day"):
        try:
            last_day = date.fromisoformat(str(data["last_day"]))
        except ValueError:
            return _error(f"last_day: '{data['last_day']}' is not a date like 2026-12-31", 400)
    with current_runtime().db.session() as session:
        told = slot_publishing.end_pattern(session, pattern_id, last_day, _tz(), clock.now())
        out = booking_json.pattern_json(repo_booking.pattern_by_id(session, pattern_id))
        out["cancelled_bookings"] = [b.id for b in told]
    _kick_scheduler()
    return jsonify(out)


# --- bookings -----------------------------------------------------------------------------------
@bp.post("/bookings")
@token_required(*BOOKERS)
def create_booking():
    """{"slot_id", "conversation_id", "destination"?, "destination_text"?, "consent_to_share"?} → 201;
    409 with the next open slots when the slot is full (never double-booked)."""
    data = _body()
    slot_id, conversation_id = data.get("slot_id"), data.get("conversation_id")
    if not _is_id(slot_id) or not _is_id(conversation_id):
        return _error("slot_id and conversation_id are required (numbers)", 400)
    details = {"destination": data.get("destination"), "destination_text": data.get("destination_text"),
               "consent": bool(data.get("consent_to_share", False))}
    known = current_runtime().bundle.destinations.by_id if current_runtime().bundle.destinations else {}
    if details["destination"] is not None and (not isinstance(details["destination"], str)
                                               or details["destination"] not in known):
        return _error(f"destination: use one of {', '.join(sorted(known))}, or destination_text", 400)
    if details["destination_text"] is not None and not isinstance(details["destination_text"], str):
        return _error("destination_text: must be text", 400)
    try:
        with current_runtime().db.session() as session:
            booking = bookings.book_for_conversation(session, slot_id, conversation_id, clock.now(), **details)
            out = booking_json.booking_json(session, booking, _tz())
    except bookings.SlotFull as exc:
        with current_runtime().db.session() as session:
            conv = repo.conversation_by_id(session, conversation_id)
            lang = (conv.resident.lang if conv else None) or "ja"
            nxt = offers.offer(session, lang, _tz(), clock.now(), exclude=(slot_id,),
                               closed=current_runtime().bundle.office.closed_on).slots
            return _error(str(exc), 409, next_slots=[booking_json.slot_json(s, _tz()) for s in nxt])
    _kick_scheduler()
    return jsonify(out), 201


@bp.get("/bookings")
@token_required(*BOOKERS)
def list_bookings():
    """Bookings whose slot starts between ?from= and ?to=; ?status=booked,cancelled,moved (default booked)."""
    start, end = _range()
    statuses = tuple(s for s in (request.args.get("status") or "booked").split(",") if s)
    unknown = set(statuses) - {"booked", "cancelled", "moved"}
    if unknown:
        return _error(f"status: unknown {sorted(unknown)}; use booked, cancelled, moved", 400)
    with current_runtime().db.session() as session:
        found = repo_booking.bookings_between(session, start, end, statuses)
        return jsonify(bookings=[booking_json.booking_json(session, b, _tz()) for b in found])


@bp.get("/bookings.ics")
@token_required(*BOOKERS)
def bookings_calendar():
    """The visits between ?from= and ?to= as an iCalendar file (cancelled and moved ones as CANCELLED)."""
    start, end = _range()
    with current_runtime().db.session() as session:
        found = repo_booking.bookings_between(session, start, end, ("booked", "cancelled", "moved"))
        body = ics.calendar([ics.booking_event(b, clock.now(), destination_label(b)) for b in found])
    return calendar_response(body, "madoguchi-visits.ics")


@bp.get("/bookings/<int:booking_id>")
@token_required(*BOOKERS)
def get_booking(booking_id: int):
    """One booking."""
    with current_runtime().db.session() as session:
        booking = repo_booking.booking_by_id(session, booking_id)
        if booking is None:
            return _error(f"no booking {booking_id}", 404)
        return jsonify(booking_json.booking_json(session, booking, _tz()))


@bp.get("/bookings/<int:booking_id>.ics")
@token_required(*BOOKERS)
def booking_calendar(booking_id: int):
    """One booking as an iCalendar file."""
    with current_runtime().db.session() as session:
        booking = repo_booking.booking_by_id(session, booking_id)
        if booking is None:
            return _error(f"no booking {booking_id}", 404)
        body = ics.calendar([ics.booking_event(booking, clock.now(), destination_label(booking))])
    return calendar_response(body, f"madoguchi-visit-{booking_id}.ics")


@bp.post("/bookings/<int:booking_id>/cancel")
@token_required(*BOOKERS)
def cancel_booking(booking_id: int):
    """A counselor cancels {"reason"?}; the resident is told kindly, with the next slots."""
    data = optional_object()
    with current_runtime().db.session() as session:
        booking = bookings.cancel_by_staff(session, booking_id, clock.now(), str(data.get("reason") or ""))
        out = booking_json.booking_json(session, booking, _tz())
    _kick_scheduler()
    return jsonify(out)


def calendar_response(body: str, filename: str) -> Response:
    """An iCalendar download."""
    return Response(body.encode("utf-8"), mimetype="text/calendar",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"',
                             "Content-Type": "text/calendar; charset=utf-8"})
