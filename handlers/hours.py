"""Opening hours in a staff-friendly text format: parsed, validated, and asked 'open now?' / 'opens when?'.

The format (one rule per ';' or line; later rules for the same day replace earlier ones):

    mon-fri 10:00-16:00; sat 10:00-12:00,13:00-15:00; sun closed; holidays closed
    fri 18:00-02:00                      (crossing midnight: open until 2 at night)
    2026-12-29..2027-01-03 closed        (dates closed)
    2026-12-27 10:00-14:00               (a date open with its own hours)

Days: mon tue wed thu fri sat sun (or 月火水木金土日), ranges 'mon-fri', lists 'mon,wed', 'daily';
'holidays' (祝) is Japan's public holidays; a day without a rule is closed. On a public holiday without
a 'holidays' rule the weekday's hours apply. Full-width digits, '〜' and '休み' are accepted.
"""
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from handlers import staff_input
from handlers.problems import Problem
from handlers.public_holidays import japan as japan_holidays

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_ALIASES = {"月": "mon", "火": "tue", "水": "wed", "木": "thu", "金": "fri", "土": "sat", "日": "sun",
                "祝": "holidays", "祝日": "holidays", "holiday": "holidays", "毎日": "daily"}
_CLOSED = {"closed", "休み", "休", "定休", "off"}
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
_DATE_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$")
Range = tuple[int, int]  # minutes from the day's midnight; end may pass 24:00 (crossing midnight)


class HoursError(ValueError):
    """The hours text is wrong; ``problem`` says where and why."""

    def __init__(self, problem: Problem):
        super().__init__(problem)
        self.problem = problem


@dataclass(frozen=True)
class Schedule:
    """A weekly schedule plus holiday hours and dated exceptions."""

    weekly: dict[str, tuple[Range, ...]] = field(default_factory=dict)
    holidays: tuple[Range, ...] | None = None  # None: public holidays follow the weekday
    dates: dict[date, tuple[Range, ...]] = field(default_factory=dict)
    text: str = ""

    def ranges_on(self, day: date) -> tuple[Range, ...]:
        """The opening ranges that start on *day* (a dated exception wins, then holidays, then the weekday)."""
        if day in self.dates:
            return self.dates[day]
        if self.holidays is not None and day in japan_holidays(day.year):
            return self.holidays
        return self.weekly.get(DAYS[day.weekday()], ())

    def intervals(self, start_day: date, days: int, tz: ZoneInfo):
        """(opens, closes) aware datetimes for ranges starting on *start_day* and the following days."""
        for offset in range(days):
            day = start_day + timedelta(days=offset)
            midnight = datetime.combine(day, time(0), tz)
            for begin, end in self.ranges_on(day):
                yield (_at(midnight, begin, tz), _at(midnight, end, tz))

    def state(self, at: datetime, tz: str, horizon_days: int = 14) -> tuple[bool, datetime | None, datetime | None]:
        """(open now, closes at when open, next opening when closed) at the aware datetime *at*."""
        zone = ZoneInfo(tz)
        local = at.astimezone(zone)
        upcoming = None
        for opens, closes in self.intervals(local.date() - timedelta(days=1), horizon_days + 1, zone):
            if opens <= local < closes:
                return True, closes, None
            if opens > local and (upcoming is None or opens < upcoming):
                upcoming = opens
        return False, None, upcoming

    @property
    def always_closed(self) -> bool:
        """True when no weekday has any hours (only dated openings, if any)."""
        return not any(self.weekly.values())


def _at(midnight: datetime, minutes: int, tz: ZoneInfo) -> datetime:
    naive = midnight.replace(tzinfo=None) + timedelta(minutes=minutes)
    return naive.replace(tzinfo=tz)


def _minutes(token: str, rule: str) -> int:
    match = _TIME.match(token)
    if not match:
        raise HoursError(Problem("hours.not_a_time", token=token, rule=rule))
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 24 or minutes > 59 or (hours == 24 and minutes):
        raise HoursError(Problem("hours.not_a_time_of_day", token=token, rule=rule))
    return hours * 60 + minutes


def _ranges(text: str, rule: str) -> tuple[Range, ...]:
    if text in _CLOSED:
        return ()
    out = []
    for part in text.split(","):
        part = part.strip()
        if part.count("-") != 1:
            raise HoursError(Problem("hours.not_a_range", token=part, rule=rule))
        start, end = (_minutes(p.strip(), rule) for p in part.split("-"))
        if start == end:
            raise HoursError(Problem("hours.same_time", token=part, rule=rule))
        if start == 24 * 60:
            raise HoursError(Problem("hours.open_at_24", token=part, rule=rule))
        if end < start:
            end += 24 * 60  # crosses midnight: open until that time the next morning
        out.append((start, end))
    out.sort()
    for (s1, e1), (s2, _e2) in zip(out, out[1:]):
        if s2 < e1:
            raise HoursError(Problem("hours.overlap", rule=rule))
    return tuple(out)


def _days(text: str, rule: str) -> list[str]:
    out: list[str] = []
    for part in text.split(","):
        part = _DAY_ALIASES.get(part.strip(), part.strip())
        if part == "daily":
            out += DAYS
        elif part == "holidays":
            out.append("holidays")
        elif "-" in part:
            first, last = (_DAY_ALIASES.get(p.strip(), p.strip()) for p in part.split("-", 1))
            if first not in DAYS or last not in DAYS:
                bad = first if first not in DAYS else last
                raise HoursError(Problem("hours.not_a_day", token=bad, rule=rule))
            i, j = DAYS.index(first), DAYS.index(last)
            out += [DAYS[(i + k) % 7] for k in range(((j - i) % 7) + 1)]
        elif part in DAYS:
            out.append(part)
        else:
            raise HoursError(Problem("hours.not_a_day_or_date", token=part, rule=rule))
    return out


def _normalise(text: str) -> str:
    text = staff_input.DASHES.sub("-", unicodedata.normalize("NFKC", text or ""))  # ー － ― from an IME
    return text.replace("〜", "-").replace("~", "-").replace("–", "-").replace("、", ",").replace("・", ",").lower()


def _split_rule(rule: str) -> tuple[str, str]:
    """'mon-fri 10:00-16:00' → ('mon-fri', '10:00-16:00'); also '月-金10:00-16:00'."""
    parts = rule.split(None, 1)
    if len(parts) == 2:
        return parts[0], parts[1].replace(" ", "")
    match = re.match(r"^(\D+?)(\d.*|closed|休み|休|定休)$", rule)
    if match:
        return match.group(1), match.group(2)
    raise HoursError(Problem("hours.needs_days_and_hours", rule=rule))


@lru_cache(maxsize=4096)
def parse(text: str) -> Schedule:
    """Parse the hours text; raise HoursError naming the first wrong rule. Empty text: always closed."""
    weekly: dict[str, tuple[Range, ...]] = {}
    dated: dict[date, tuple[Range, ...]] = {}
    holiday_ranges = None
    for raw in re.split(r"[;\n]", _normalise(text)):
        rule = raw.strip()
        if not rule:
            continue
        days_text, hours_text = _split_rule(rule)
        ranges = _ranges(hours_text.strip(), rule)
        dates = _DATE_RANGE.match(days_text)
        if dates:
            try:
                first = date.fromisoformat(dates.group(1))
                last = date.fromisoformat(dates.group(2)) if dates.group(2) else first
            except ValueError:
                raise HoursError(Problem("hours.not_a_real_date", token=days_text, rule=rule)) from None
            if last < first or (last - first).days > 366:
                raise HoursError(Problem("hours.not_a_date_range", token=days_text, rule=rule))
            for k in range((last - first).days + 1):
                dated[first + timedelta(days=k)] = ranges
            continue
        for day in _days(days_text, rule):
            if day == "holidays":
                holiday_ranges = ranges
            else:
                weekly[day] = ranges
    return Schedule(weekly, holiday_ranges, dated, text or "")


def validate(text: str) -> Problem | None:
    """None when *text* is valid opening hours, else the reason."""
    try:
        parse(text)
    except HoursError as exc:
        return exc.problem
    return None
