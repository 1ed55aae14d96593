"""Accompanied visits (同行支援) in the chat: entering the flow (book, move or cancel) and choosing a slot. Where to
go, consent and confirming are in visit_confirm.py; the booked visit, cancelling and reminders in visit_booked.py."""
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from handlers import formatting, offers, registry, unmet
from handlers.registry import action, condition, provider, uses_state
from handlers.turn import Turn
from handlers.visit_details import in_progress, next_booking, office_tz, slot_line, slot_options
from storage import repo_booking

uses_state("visit", "handlers.visit (a slot taken meanwhile: back to choosing)")

SUGGEST_FOR = {"work", "money", "housing", "health", "family"}
FLOW_STATES = ("visit", "visit_where", "visit_consent")
# what narrows the times shown: a day picked or typed (around, days), a time typed (at), 'later than those shown'
NARROWING = ("around", "days", "at", "after")


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
    v, book = in_progress(turn), turn.services.destinations
    v["destination"], v["destination_text"] = turn.data.pop("destination_named"), None
    turn.say("booking.bring", items=turn.t(book.bring_for(v["destination"])))


@condition("has_booking")
def has_booking(turn: Turn) -> bool:
    """True when the resident has a visit booked that has not happened yet."""
    return next_booking(turn) is not None


@action("start_booking")
def start_booking(turn: Turn) -> None:
    """Begin choosing a new visit."""
    turn.data["visit"] = {}


@action("start_moving")
def start_moving(turn: Turn) -> None:
    """Begin moving the next visit to another slot."""
    booking = next_booking(turn)
    turn.data["visit"] = {"moving": booking.id if booking else None}


@condition("is_moving")
def is_moving(turn: Turn) -> bool:
    """True while the resident is choosing a new time for an existing visit."""
    moving = in_progress(turn).get("moving")
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
    if not SUGGEST_FOR & set(turn.data.get("topics", [])) or next_booking(turn):
        return
    if offers.offer_to(turn, limit=1).slots:
        turn.say("booking.suggest")


# --- choosing a slot -----------------------------------------------------------------------------
def excluded(turn: Turn) -> tuple[int, ...]:
    """Slots not to offer: those refused before, and the one of the visit being moved."""
    v = in_progress(turn)
    moving = repo_booking.booking_by_id(turn.session, v["moving"]) if v.get("moving") else None
    return tuple(v.get("exclude", [])) + ((moving.slot_id,) if moving else ())



@provider("visit_slots")
def visit_slots(turn: Turn):
    """The next open slots in the resident's language (or nearest the day they picked), and 'another day'."""
    v, tz = in_progress(turn), office_tz(turn)
    around = datetime.fromisoformat(v["around"]) if v.get("around") else None
    moving = repo_booking.booking_by_id(turn.session, v["moving"]) if v.get("moving") else None
    days = tuple(date.fromisoformat(day) for day in v.get("days", []))
    after = datetime.fromisoformat(v["after"]) if v.get("after") else None
    found = offers.offer_to(turn, around=around, exclude=excluded(turn), days=days,
                         after=after)
    nothing_later = after is not None and not found.slots
    if nothing_later:  # 「ほかの日」 past the last free time: the first ones again, and said so
        found = offers.offer_to(turn, exclude=excluded(turn))
    if v.get("at"):  # a time was typed: just the times at that hour
        found.slots = [s for s in found.slots if s.id in v["at"]] or found.slots
    if not found.slots:
        unmet.note(turn, unmet.VISIT_NO_SLOT)
        return "booking.no_slots", {}, []
    if not found.in_language:
        unmet.note(turn, unmet.VISIT_NO_LANGUAGE)
    v["shown_until"] = max(s.starts_at for s in found.slots).isoformat()  # 「ほかの日」 shows the times after these
    note = "" if found.in_language else "\n\n" + turn.t("booking.no_language_match")
    params = {"slots": "\n".join(slot_line(turn, s) for s in found.slots), "note": note}
    if days:  # the days typed (「来週の火曜日」): those that have a free time, else the first one asked for
        shown = [s.starts_at for s in found.slots] if found.on_day else [datetime.combine(days[0], time(9), ZoneInfo(tz))]
        names = dict.fromkeys(formatting.day(moment, turn.lang, tz) for moment in sorted(shown))
        params["day"] = formatting.listing(list(names), turn.lang)
        msg = "booking.slots_that_day" if found.on_day else "booking.no_slot_that_day"
    elif around is not None:
        params["day"] = formatting.day(around, turn.lang, tz)
        msg = "booking.slots_that_day" if found.on_day else "booking.no_slot_that_day"
    elif after is not None:  # 「ほかの日」 tapped without a day (no date picker): which day suits, and the next times
        msg = "booking.which_day_no_more" if nothing_later else "booking.which_day"
    elif moving is not None:
        params["current"] = formatting.span(moving.slot.starts_at, moving.slot.ends_at, turn.lang, tz)
        msg = "booking.choose_new_slot"
    else:
        msg = "booking.choose_slot"
    return msg, params, slot_options(turn, found.slots)


@action("pick_day")
def pick_day(turn: Turn) -> None:
    """'Another day' from LINE's date-time picker: show the slots of that day, or the nearest ones. Tapped where
    no picker opens (no day comes with it): ask which day suits them (a typed day is read: visit_typed.py) and show
    the free times after those shown — tapped again, the next ones, never an error about a day not read."""
    v, zone = in_progress(turn), ZoneInfo(office_tz(turn))
    for key in NARROWING:
        v.pop(key, None)
    if not turn.value:
        v["after"] = v.get("shown_until") or turn.now.isoformat()
        return
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


SLOT_HINT = {True: "booking.slot_hint", False: "booking.slot_hint_noted"}


@action("slot_hint")
def slot_hint(turn: Turn) -> None:
    """Words where a time was expected: keep them, and show how to choose."""
    keep_words(turn)
    if not offers.offer_to(turn, limit=1).slots:
        turn.say("booking.slot_hint_none")  # no day to tap: "choose below" would point at nothing
        return
    # 「相談員にも伝わります」 only where a counselor will read it: the queue, or a counselor holding it
    turn.say_fresh(SLOT_HINT[turn.conversation.status in ("waiting", "active")])


@action("hold_slot")
def hold_slot(turn: Turn) -> None:
    """Remember the chosen slot; if it has just been taken, offer the others at once."""
    slot = offers.bookable(turn.session, int(turn.value), turn.now) if turn.value.isascii() and turn.value.isdigit() and len(turn.value) < 18 else None
    if slot is None:
        turn.say("booking.slot_gone")
        turn.goto = "visit"
        return
    in_progress(turn)["slot_id"] = slot.id
    for key in NARROWING:
        in_progress(turn).pop(key, None)


@condition("held_slot_passed")
def held_slot_passed(turn: Turn) -> bool:
    """True when the step to come back to holds a slot whose time has come or gone meanwhile."""
    slot_id = in_progress(turn).get("slot_id")
    if turn.data.get("return_to") not in FLOW_STATES or slot_id is None:
        return False
    return offers.why_not_bookable(turn.session, slot_id, turn.now) == "passed"


@action("forget_passed_slot")
def forget_passed_slot(turn: Turn) -> None:
    """Coming back after the held time: say it has passed; the current free times follow (where to go is kept)."""
    in_progress(turn).pop("slot_id", None)
    turn.data.pop("return_to", None)
    turn.say("booking.time_passed")
