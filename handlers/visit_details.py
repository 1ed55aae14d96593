"""What the visit flow shows and keeps: the booking in progress, the resident's next visit, a slot and a booking in
the resident's language, the buttons to choose or change one."""
from handlers import bookings, formatting, postback
from handlers.replies import Option
from handlers.turn import Turn
from storage.models import Booking, Slot


def in_progress(turn: Turn) -> dict:
    """The booking in progress (kept in the conversation's working data)."""
    return turn.data.setdefault("visit", {})


def office_tz(turn: Turn) -> str:
    """The office's time zone."""
    return turn.services.office.tz


def _spoken(turn: Turn, slot: Slot) -> str:
    names = [formatting.language_name(code, turn.lang) for code in slot.languages or []]
    if slot.interpreter:
        names.append(turn.t("booking.interpreter"))
    return formatting.listing(names, turn.lang)


def meeting_point(turn: Turn, slot: Slot) -> str:
    """The slot's meeting point in the resident's language with the Japanese after it (signs, staff), when the
    visit data names it (else its romaji); as typed for Japanese readers, or with "(in Japanese)" when not listed."""
    book = turn.services.destinations
    if turn.lang.startswith("ja") or not _has_japanese(slot.meeting_point):
        return slot.meeting_point
    named = book.meeting_point(slot.meeting_point, turn.lang) if book else None
    if named is None:  # not listed: said to be Japanese, to show the staff
        return turn.t("booking.place_japanese", japanese=slot.meeting_point)
    return turn.t("booking.place_both", place=named[0], japanese=named[1])


def _has_japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text or "")


def slot_line(turn: Turn, slot: Slot) -> str:
    """'11月24日(火) 10:00–12:00 ／ 市役所1階 ／ 日本語、English' in the resident's language."""
    return turn.t("booking.slot_line", when=formatting.span(slot.starts_at, slot.ends_at, turn.lang, office_tz(turn)),
                  place=meeting_point(turn, slot), languages=_spoken(turn, slot))


def _destination_name(turn: Turn, booking: Booking) -> str:
    book = turn.services.destinations
    dest = book.by_id.get(booking.destination or "") if book else None
    return turn.t(dest.label) if dest else (booking.destination_text or turn.t("booking.dest_unknown"))


def details(turn: Turn, booking: Booking) -> dict:
    """Placeholders describing a booking: when, place, counselor, destination, what to bring."""
    slot = booking.slot
    bring = turn.t(turn.services.destinations.bring_for(booking.destination)) if turn.services.destinations else ""
    return {"when": formatting.span(slot.starts_at, slot.ends_at, turn.lang, office_tz(turn)),
            "place": meeting_point(turn, slot), "counselor": slot.counselor,
            "destination": _destination_name(turn, booking), "bring": bring}


def next_booking(turn: Turn) -> Booking | None:
    """The resident's next booked visit, if any."""
    return bookings.upcoming(turn.session, turn.resident.id, turn.now)


def slot_options(turn: Turn, slots: list[Slot]) -> list[Option]:
    """One button per slot, and 'another day' (LINE's date picker)."""
    tz = office_tz(turn)
    options = [Option(formatting.short_when(s.starts_at, turn.lang, tz), postback.encode("slot", str(s.id), "visit"),
                      display=formatting.span(s.starts_at, s.ends_at, turn.lang, tz)) for s in slots]
    options.append(Option(turn.t("booking.opt.other_day"), postback.encode("day", "", "visit"), kind="datetime"))
    return options


def change_buttons(turn: Turn) -> list[Option]:
    """'Change the time' and 'Cancel': they work from any step of the conversation."""
    return [Option(turn.t(label), postback.encode(trigger, "", "my_visit"), display=turn.t(label))
            for label, trigger in (("booking.opt.change", "move"), ("booking.opt.cancel", "cancel_visit"))]
