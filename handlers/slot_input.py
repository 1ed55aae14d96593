"""Slots and weekly patterns as staff send them (API, /admin): checked, with every problem listed at once."""
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from handlers import languages
from handlers.bookings import BookingError
from handlers.problems import Problem
from handlers.slot_publishing import WEEKDAYS


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
