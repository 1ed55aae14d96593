"""Accompanied visits (同行支援) in the chat: choose a slot, where to go, consent, confirm; move, cancel, reminders."""
from datetime import datetime
from zoneinfo import ZoneInfo

from handlers import bookings, formatting, postback, privacy, registry, unmet
from handlers.registry import action, condition, job, provider, uses_state
from handlers.replies import Option
from handlers.turn import Turn
from storage import repo_booking
from storage.models import Booking, Slot

uses_state("visit", "handlers.visit (a slot taken meanwhile: back to choosing)")

SUGGEST_FOR = {"work", "money", "housing", "health", "family"}
FLOW_STATES = ("visit", "visit_where", "visit_consent")


def _v(turn: Turn) -> dict:
    """The booking in progress (kept in the conversation's working data)."""
    return turn.data.setdefault("visit", {})


def _tz(turn: Turn) -> str:
    return turn.services.office.tz


def _spoken(turn: Turn, slot: Slot) -> str:
    names = [formatting.language_name(code, turn.lang) for code in slot.languages or []]
    if slot.interpreter:
        names.append(turn.t("booking.interpreter"))
    return formatting.listing(names, turn.lang)


def slot_line(turn: Turn, slot: Slot) -> str:
    """'11月24日(火) 10:00–12:00 ／ 市役所1階 ／ 日本語、English' in the resident's language."""
    return turn.t("booking.slot_line", when=formatting.span(slot.starts_at, slot.ends_at, turn.lang, _tz(turn)),
                  place=slot.meeting_point, languages=_spoken(turn, slot))


def _destination_name(turn: Turn, booking: Booking) -> str:
    book = turn.services.destinations
    dest = book.by_id.get(booking.destination or "") if book else None
    return turn.t(dest.label) if dest else (booking.destination_text or turn.t("booking.dest_unknown"))


def details(turn: Turn, booking: Booking) -> dict:
    """Placeholders describing a booking: when, place, counselor, destination, what to bring."""
    slot = booking.slot
    bring = turn.t(turn.services.destinations.bring_for(booking.destination)) if turn.services.destinations else ""
    return {"when": formatting.span(slot.starts_at, slot.ends_at, turn.lang, _tz(turn)),
            "place": slot.meeting_point, "counselor": slot.counselor,
            "destination": _destination_name(turn, booking), "bring": bring}


def _next_booking(turn: Turn) -> Booking | None:
    return bookings.upcoming(turn.session, turn.resident.id, turn.now)


def _slot_options(turn: Turn, slots: list[Slot]) -> list[Option]:
    tz = _tz(turn)
    options = [Option(formatting.short_when(s.starts_at, turn.lang, tz), postback.encode("slot", str(s.id), "visit"),
                      display=formatting.span(s.starts_at, s.ends_at, turn.lang, tz)) for s in slots]
    options.append(Option(turn.t("booking.opt.other_day"), postback.encode("day", "", "visit"), kind="datetime"))
    return options


# --- entering the flow ---------------------------------------------------------------------------
@action("keep_words")
def keep_words(turn: Turn) -> None:
    """Words typed to reach the booking ('予約を変更したい') are kept for the counselor, like any others."""
    registry.ACTIONS["greet_first_contact"](turn)
    if turn.inbound.kind == "text":
        registry.ACTIONS["classify_text"](turn)
        book = turn.services.destinations
        named = book.named_in(turn.inbound.text) if book else None
        if named:
            turn.data["destination_named"] = named


@condition("destination_named")
def destination_named(turn: Turn) -> bool:
    """True when the resident already said where to go together."""
    book = turn.services.destinations
    return bool(book and turn.data.get("destination_named") in book.by_id)


@action("use_named_destination")
def use_named_destination(turn: Turn) -> None:
    """Where to go was said already: keep it (not asked again) and say what to bring."""
    if turn.goto:  # the slot was just taken: choosing again, the destination is kept for then
        return
    v, book = _v(turn), turn.services.destinations
    v["destination"], v["destination_text"] = turn.data.pop("destination_named"), None
    turn.say("booking.bring", items=turn.t(book.bring_for(v["destination"])))


@condition("has_booking")
def has_booking(turn: Turn) -> bool:
    """True when the resident has a visit booked that has not happened yet."""
    return _next_booking(turn) is not None


@action("start_booking")
def start_booking(turn: Turn) -> None:
    """Begin choosing a new visit."""
    turn.data["visit"] = {}


@action("start_moving")
def start_moving(turn: Turn) -> None:
    """Begin moving the next visit to another slot."""
    booking = _next_booking(turn)
    turn.data["visit"] = {"moving": booking.id if booking else None}


@condition("is_moving")
def is_moving(turn: Turn) -> bool:
    """True while the resident is choosing a new time for an existing visit."""
    moving = _v(turn).get("moving")
    booking = repo_booking.booking_by_id(turn.session, moving) if moving else None
    return booking is not None and booking.status == "booked"


@action("stop_moving")
def stop_moving(turn: Turn) -> None:
    """The resident keeps the visit as it is."""
    turn.data["visit"] = {}


@action("nothing_to_move")
def nothing_to_move(turn: Turn) -> None:
    """Asked to change a visit that does not exist: say so kindly, then offer to book one."""
    if turn.previous_state not in FLOW_STATES:
        turn.say("booking.nothing_to_change")


@action("nothing_to_cancel")
def nothing_to_cancel(turn: Turn) -> None:
    """Asked to cancel with no visit booked (in the middle of booking: stop booking)."""
    turn.data["visit"] = {}
    msg_id = "booking.flow_stopped" if turn.previous_state in FLOW_STATES else "booking.nothing_to_cancel"
    turn.say(msg_id)


@action("suggest_visit")
def suggest_visit(turn: Turn) -> None:
    """After triage: mention that a counselor can go along, when it fits the worries and a slot is open."""
    if not SUGGEST_FOR & set(turn.data.get("topics", [])) or _next_booking(turn):
        return
    if bookings.offer(turn.session, turn.lang, _tz(turn), turn.now, limit=1).slots:
        turn.say("booking.suggest")


# --- choosing a slot -----------------------------------------------------------------------------
@provider("visit_slots")
def visit_slots(turn: Turn):
    """The next open slots in the resident's language (or nearest the day they picked), and 'another day'."""
    v, tz = _v(turn), _tz(turn)
    around = datetime.fromisoformat(v["around"]) if v.get("around") else None
    moving = repo_booking.booking_by_id(turn.session, v["moving"]) if v.get("moving") else None
    exclude = tuple(v.get("exclude", [])) + ((moving.slot_id,) if moving else ())
    found = bookings.offer(turn.session, turn.lang, tz, turn.now, around=around, exclude=exclude)
    if not found.slots:
        unmet.note(turn, unmet.VISIT_NO_SLOT)
        return "booking.no_slots", {}, []
    if not found.in_language:
        unmet.note(turn, unmet.VISIT_NO_LANGUAGE)
    note = "" if found.in_language else "\n\n" + turn.t("booking.no_language_match")
    params = {"slots": "\n".join(slot_line(turn, s) for s in found.slots), "note": note}
    if around is not None:
        params["day"] = formatting.day(around, turn.lang, tz)
        msg = "booking.slots_that_day" if found.on_day else "booking.no_slot_that_day"
    elif moving is not None:
        params["current"] = formatting.span(moving.slot.starts_at, moving.slot.ends_at, turn.lang, tz)
        msg = "booking.choose_new_slot"
    else:
        msg = "booking.choose_slot"
    return msg, params, _slot_options(turn, found.slots)


@action("pick_day")
def pick_day(turn: Turn) -> None:
    """'Another day' from LINE's date-time picker: show the slots of that day, or the nearest ones."""
    v, zone = _v(turn), ZoneInfo(_tz(turn))
    v.pop("around", None)
    try:
        picked = datetime.fromisoformat(turn.value)
    except ValueError:
        turn.say("booking.day_unreadable")
        return
    picked = picked.replace(tzinfo=zone) if picked.tzinfo is None else picked
    if len(turn.value) <= 10:  # a date without a time: look from the start of the office day
        picked = picked.replace(hour=9)
    if picked.astimezone(zone).date() < turn.now.astimezone(zone).date():
        turn.say("booking.day_in_past")
        return
    v["around"] = max(picked, turn.now).isoformat()


@action("slot_hint")
def slot_hint(turn: Turn) -> None:
    """Words where a time was expected: keep them, and show how to choose."""
    keep_words(turn)
    turn.say("booking.slot_hint")


@action("hold_slot")
def hold_slot(turn: Turn) -> None:
    """Remember the chosen slot; if it has just been taken, offer the others at once."""
    slot = bookings.bookable(turn.session, int(turn.value), turn.now) if turn.value.isascii() and turn.value.isdigit() and len(turn.value) < 18 else None
    if slot is None:
        turn.say("booking.slot_gone")
        turn.goto = "visit"
        return
    _v(turn)["slot_id"] = slot.id
    _v(turn).pop("around", None)


# --- where, what to bring, consent --------------------------------------------------------------
@provider("visit_destinations")
def visit_destinations(turn: Turn):
    """One button per kind of place to go together; the resident may also write it in their own words."""
    book = turn.services.destinations
    options = [Option(turn.t(d.label), postback.encode("where", d.id, "visit_where"), display=turn.t(d.label))
               for d in (book.destinations if book else [])]
    return None, {}, options


@action("record_destination")
def record_destination(turn: Turn) -> None:
    """Keep where to go (a button or the resident's words) and say what to bring."""
    v, book = _v(turn), turn.services.destinations
    if turn.inbound.kind == "text":
        keep_words(turn)
        turn.data.pop("destination_named", None)  # answered in their own words, which are kept as written
        v["destination"], v["destination_text"] = None, turn.inbound.text.strip()[:500]
    else:
        v["destination"] = turn.value if book and turn.value in book.by_id else None
        v["destination_text"] = None
    if book:
        turn.say("booking.bring", items=turn.t(book.bring_for(v["destination"])))


@condition("said_yes_or_no")
def said_yes_or_no(turn: Turn) -> bool:
    """True when the typed answer reads as yes or no."""
    intents = set(turn.triage.intents) if turn.triage else set()
    return bool(intents & {"yes", "no"})


@action("confirm_booking")
def confirm_booking(turn: Turn) -> None:
    """Book the held slot (never beyond its capacity); if someone was faster, offer the next slots."""
    v = _v(turn)
    if turn.inbound.kind == "text":
        consent = "yes" in (turn.triage.intents if turn.triage else ())
    else:
        consent = turn.value == "yes"
    slot_id = v.get("slot_id")
    try:
        if slot_id is None:
            raise bookings.NotFound("no slot held")
        booking = bookings.book(turn.session, slot_id, turn.resident.id, turn.conversation.id, turn.now,
                                destination=v.get("destination"), destination_text=v.get("destination_text"),
                                consent=consent, lang=turn.lang, source="chat")
    except bookings.AlreadyBooked:
        turn.say("booking.already_have")
        return
    except bookings.BookingError:
        turn.say("booking.just_taken")
        turn.data["visit"] = {key: v[key] for key in ("destination", "destination_text") if key in v}
        turn.data["visit"]["consent"] = consent
        turn.goto = "visit"
        return
    privacy.record_consent(turn, "visit_share", consent, "booking.ask_consent", subject=f"booking:{booking.id}")
    turn.data["consent_to_share"] = consent
    if isinstance(turn.data.get("summary"), dict):
        turn.data["summary"]["consent_to_share"] = consent
    turn.data["visit"] = {"confirmed_at": turn.now.isoformat()}
    turn.say("booking.confirmed", **details(turn, booking))
    msg_id = "booking.consent_yes" if consent else "booking.consent_no"
    turn.say(msg_id)


@action("move_booking")
def move_booking(turn: Turn) -> None:
    """Move the visit to the chosen slot in one step; the old place is freed only when the new one is taken."""
    v = _v(turn)
    old = repo_booking.booking_by_id(turn.session, v.get("moving"))
    try:
        new = bookings.move(turn.session, old, int(turn.value), turn.now)
    except (bookings.BookingError, ValueError):
        turn.say("booking.slot_gone")
        turn.goto = "visit"
        return
    turn.data["visit"] = {"confirmed_at": turn.now.isoformat()}
    turn.say("booking.moved", **details(turn, new))


# --- the booked visit ------------------------------------------------------------------------------
@provider("my_visit_status")
def my_visit_status(turn: Turn):
    """The next visit (or that there is none); just after booking, only how to change it."""
    booking = _next_booking(turn)
    if booking is None:
        return "booking.none", {}, []
    if _v(turn).get("confirmed_at") == turn.now.isoformat():
        return "booking.after_confirm", {}, []
    return "booking.current", details(turn, booking), []


@provider("cancel_question")
def cancel_question(turn: Turn):
    """Ask before cancelling, naming the visit."""
    booking = _next_booking(turn)
    return "booking.ask_cancel", details(turn, booking) if booking else {"when": "", "place": ""}, []


@action("cancel_visit")
def cancel_visit(turn: Turn) -> None:
    """Cancel the next visit at the resident's wish; the place is freed and reminders stop."""
    booking = _next_booking(turn)
    if booking is None:
        turn.say("booking.nothing_to_cancel")
        return
    when = details(turn, booking)["when"]
    bookings.cancel(turn.session, booking, "resident", turn.now)
    turn.data["visit"] = {}
    turn.say("booking.cancelled", when=when)


def _change_buttons(turn: Turn) -> list[Option]:
    """'Change the time' and 'Cancel': they work from any step of the conversation."""
    return [Option(turn.t(label), postback.encode(trigger, "", "my_visit"), display=turn.t(label))
            for label, trigger in (("booking.opt.change", "move"), ("booking.opt.cancel", "cancel_visit"))]


# --- messages that come later (bot/app/scheduler.py runs them exactly once) ---------------------------
@job(bookings.NOTICE_JOB)
def visit_notice(turn: Turn, payload: dict) -> None:
    """Reminders the day before and two hours before; news of changes made by staff."""
    booking = repo_booking.booking_by_id(turn.session, payload.get("booking_id"))
    event = payload.get("event")
    if booking is None:
        return
    if event in ("day_before", "two_hours"):
        if booking.status == "booked" and booking.slot.starts_at > turn.now:
            turn.ask(f"booking.reminder.{event}", _change_buttons(turn), **details(turn, booking))
        return
    if event == "booked" and booking.status == "booked":
        turn.ask("booking.booked_by_staff", _change_buttons(turn), **details(turn, booking))
        return
    if event == "staff_cancel":
        turn.say("booking.cancelled_by_staff", when=details(turn, booking)["when"])
        if turn.conversation.status == "bot" and turn.enter is not None:
            turn.data["visit"] = {"exclude": [booking.slot_id]}
            turn.enter("visit")  # the next slots (not the one just cancelled), as buttons
            return
        found = bookings.offer(turn.session, turn.lang, _tz(turn), turn.now, exclude=(booking.slot_id,))
        if found.slots:
            turn.say("booking.alternatives", slots="\n".join(slot_line(turn, s) for s in found.slots))
