"""Office hours: open now?, when does it next open? — Japanese public holidays included."""
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from handlers import formatting, public_holidays
from handlers.datafile import BOOKKEEPING, DataError, line_of, load_file
from handlers.problems import Problem

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


ADDRESS_MAX = 100  # characters: LINE's limit for an address, and one line on a phone


def read_coordinates(lat, lon) -> tuple[float, float] | None | bool:
    """(latitude, longitude) when both are given and on the globe, None when neither is, False when they are wrong."""
    if lat in (None, "") and lon in (None, ""):
        return None
    try:
        pair = (float(lat), float(lon))
    except (TypeError, ValueError):
        return False
    return pair if -90 <= pair[0] <= 90 and -180 <= pair[1] <= 180 else False


def _parse_range(text: str) -> tuple[time, time]:
    start, end = (t.strip() for t in text.split("-"))
    return time.fromisoformat(start), time.fromisoformat(end)


@dataclass
class Office:
    """When the centre's counselors are at their desks."""

    hours: dict[str, list[tuple[time, time]]]
    closed_on_public_holidays: bool
    closed_days: set[str]
    phone: str
    tz: str = "Asia/Tokyo"
    address: str = ""  # where residents come (「みどりが丘市中央1-2-3 市役所2階」); empty: a counselor tells them
    coordinates: tuple[float, float] | None = None  # latitude, longitude of the door, for a map link

    @classmethod
    def from_data(cls, data, name: str, tz: str) -> "Office":
        """Build from parsed YAML, listing every problem with its line."""
        if not isinstance(data, dict):
            raise DataError([Problem("office.shape", where=name, line=1)])
        problems, hours = [], {}
        raw = data.get("hours") or {}
        if not isinstance(raw, dict):
            problems.append(Problem("office.hours_shape", where=name, line=line_of(data), days=", ".join(DAYS)))
            raw = {}
        for day in DAYS:
            ranges = []
            listed = raw.get(day) or []
            if not isinstance(listed, list):
                problems.append(Problem("office.day_list", where=name, line=line_of(raw), day=day))
                listed = []
            for text in listed:
                try:
                    start, end = _parse_range(str(text))
                    if end <= start:
                        raise ValueError
                    ranges.append((start, end))
                except ValueError:
                    problems.append(Problem("office.not_a_range", where=name, line=line_of(raw), day=day, text=text))
            hours[day] = ranges
        unknown = set(raw) - set(DAYS) - set(BOOKKEEPING)
        if unknown:
            problems.append(Problem("office.unknown_days", where=name, line=line_of(raw), unknown=sorted(unknown), days=", ".join(DAYS)))
        if not data.get("phone"):
            problems.append(Problem("office.phone_missing", where=name, line=line_of(data)))
        if not isinstance(data.get("closed_days", []), list):
            problems.append(Problem("office.closed_days", where=name, line=line_of(data)))
        address = str(data.get("address") or "").strip()
        if len(address) > ADDRESS_MAX:
            problems.append(Problem("office.address_long", where=name, line=line_of(data), most=ADDRESS_MAX))
        coordinates = read_coordinates(data.get("lat"), data.get("lon"))
        if coordinates is False:
            problems.append(Problem("office.coordinates", where=name, line=line_of(data)))
        if problems:
            raise DataError(problems)
        return cls(hours, bool(data.get("closed_on_public_holidays", True)),
                   {str(d) for d in data.get("closed_days", [])}, str(data["phone"]), tz, address,
                   coordinates if isinstance(coordinates, tuple) else None)

    @classmethod
    def load(cls, path: Path, tz: str) -> "Office":
        """Read and validate office.yaml."""
        return cls.from_data(load_file(path), path.name, tz)

    def _closed_date(self, local: datetime) -> bool:
        if local.strftime("%m-%d") in self.closed_days:
            return True
        return self.closed_on_public_holidays and local.date() in public_holidays.japan(local.year)

    def closed_on(self, day: date) -> bool:
        """True when *day* is one of the office's closed days (the year-end break, a public holiday)."""
        return self._closed_date(datetime.combine(day, time(12), ZoneInfo(self.tz)))

    def hours_on(self, day: date) -> list[tuple[time, time]]:
        """The office's opening hours on *day*: none on a closed day (a weekday without hours, a public holiday)."""
        return [] if self.closed_on(day) else list(self.hours[DAYS[day.weekday()]])

    def is_open(self, at: datetime) -> bool:
        """True when a counselor is at the desk at *at*."""
        local = at.astimezone(ZoneInfo(self.tz))
        if self._closed_date(local):
            return False
        return any(s <= local.time() < e for s, e in self.hours[DAYS[local.weekday()]])

    def next_opening(self, at: datetime) -> datetime:
        """The next moment the office opens after *at* (or *at* itself when open)."""
        if self.is_open(at):
            return at
        local = at.astimezone(ZoneInfo(self.tz))
        for offset in range(0, 31):
            day = (local + timedelta(days=offset)).date()
            probe = datetime.combine(day, time(12), ZoneInfo(self.tz))
            if self._closed_date(probe):
                continue
            for start, _end in self.hours[DAYS[day.weekday()]]:
                candidate = datetime.combine(day, start, ZoneInfo(self.tz))
                if candidate > local:
                    return candidate
        raise ValueError("the office has no opening hours in the next 31 days")

    def last_closing(self, at: datetime) -> datetime | None:
        """The most recent moment the office closed at or before *at* (None when it has not been open in 31 days)."""
        local = at.astimezone(ZoneInfo(self.tz))
        for offset in range(0, 31):
            day = (local - timedelta(days=offset)).date()
            if self._closed_date(datetime.combine(day, time(12), ZoneInfo(self.tz))):
                continue
            ends = [datetime.combine(day, end, ZoneInfo(self.tz)) for _start, end in self.hours[DAYS[day.weekday()]]]
            past = [end for end in ends if end <= local]
            if past:
                return max(past)
        return None

    def describe(self, lang: str) -> str:
        """The weekly hours in the resident's language, days with equal hours grouped: 'Mon–Wed 8:30–17:15'."""
        return formatting.weekly_hours([self.hours[day] for day in DAYS], lang)
