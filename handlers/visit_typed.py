"""A day typed where visit times are offered (「来週の火曜日」「12月8日」 "tomorrow 3pm"): the one free time it matches is
taken, several are narrowed to that day's, a day with none is said so with the nearest free days."""
from zoneinfo import ZoneInfo

from handlers import formatting, offers
from handlers.registry import action, condition
from handlers.turn import Turn
from handlers.typed_dates import Reading
from handlers.visit import NARROWING, excluded
from handlers.visit_details import in_progress, office_tz
from storage.models import Slot


def _reading(turn: Turn) -> Reading | None:
    book = turn.services.dates
    if book is None or turn.inbound.kind != "text":
        return None
    today = turn.now.astimezone(ZoneInfo(office_tz(turn))).date()
    return book.read(turn.inbound.text, turn.lang, today)


def _matching(turn: Turn, reading: Reading) -> list[Slot]:
    """The free times on the days read (or, for a time alone, among those offered), at the time read if one is."""
    tz = office_tz(turn)
    found = offers.offer_to(turn, exclude=excluded(turn), days=reading.days)
    slots = found.slots if found.on_day else []
    if reading.hour is None:
        return slots if reading.days else []
    zone = ZoneInfo(tz)
    timed = [s for s in slots if (s.starts_at.astimezone(zone).hour, s.starts_at.astimezone(zone).minute)
             == (reading.hour, reading.minute or 0)]
    return timed or (slots if reading.days else [])


@condition("typed_one_slot")
def typed_one_slot(turn: Turn) -> bool:
    """True when the words name one day (and time) that has exactly one free time. Words that may mean several
    days (「来週の月曜日」 said on a Sunday) are shown their times instead, even one."""
    reading = _reading(turn)
    one_day = reading is not None and (len(reading.days) == 1 or (not reading.days and reading.hour is not None))
    return one_day and len(_matching(turn, reading)) == 1


@condition("typed_a_day")
def typed_a_day(turn: Turn) -> bool:
    """True when the words name a day (「あした」「火曜」「12月8日」 "next Tuesday"), or a time some offered ones have."""
    reading = _reading(turn)
    return reading is not None and (bool(reading.days) or reading.past or bool(_matching(turn, reading)))


@action("take_typed_slot")
def take_typed_slot(turn: Turn) -> None:
    """The one free time the words name is the one chosen (as if its button were tapped)."""
    reading = _reading(turn)
    slots = _matching(turn, reading) if reading else []
    turn.value = str(slots[0].id) if slots else ""
    if slots and not in_progress(turn).get("moving"):  # a moved visit is confirmed with its new time anyway
        tz = office_tz(turn)
        turn.say("booking.typed_slot", when=formatting.span(slots[0].starts_at, slots[0].ends_at, turn.lang, tz))


@action("show_typed_day")
def show_typed_day(turn: Turn) -> None:
    """Show the free times of the days the words name (several when they are ambiguous), or say there are none
    that day and show the nearest; a day gone by is said so."""
    v, reading = in_progress(turn), _reading(turn)
    for key in NARROWING:
        v.pop(key, None)
    if reading is None or reading.past:
        turn.say("booking.day_in_past")
        return
    matching = _matching(turn, reading)
    zone = ZoneInfo(office_tz(turn))
    days = reading.days or tuple(sorted({s.starts_at.astimezone(zone).date() for s in matching}))
    v["days"] = [day.isoformat() for day in days]
    if reading.hour is not None and matching:  # 「10時」: just the times at that hour
        v["at"] = [s.id for s in matching]
