"""The report period in the office time zone, cut into pieces of constant month, weekday, hour and open state."""
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from handlers.office import DAYS, Office
from storage.repo_reports import Period, Piece

MAX_DAYS = 3 * 366
NIGHT_FROM, NIGHT_UNTIL = 22, 6  # late night and early morning, whatever the day


def period_of(first_day: date, last_day: date, tz: str) -> Period:
    """[first_day 00:00, the day after last_day 00:00) in the office time zone, as UTC instants."""
    zone = ZoneInfo(tz)
    start = datetime.combine(first_day, time(0), zone).astimezone(timezone.utc)
    end = datetime.combine(last_day + timedelta(days=1), time(0), zone).astimezone(timezone.utc)
    return Period(start, end)


def _boundaries(office: Office, period: Period, zone: ZoneInfo) -> list[datetime]:
    points = {period.start, period.end}
    hour = period.start.replace(minute=0, second=0, microsecond=0)
    while hour < period.end:  # UTC hours, and local hours (they differ in zones offset by :30 or :45)
        points.add(max(hour, period.start))
        local = hour.astimezone(zone)
        points.add(local.replace(minute=0).astimezone(timezone.utc))
        hour += timedelta(hours=1)
    day = period.start.astimezone(zone).date()
    while datetime.combine(day, time(0), zone) < period.end:
        for start, end in office.hours[DAYS[day.weekday()]]:
            for moment in (start, end):
                points.add(datetime.combine(day, moment, zone).astimezone(timezone.utc))
        day += timedelta(days=1)
    return sorted(p for p in points if period.start <= p <= period.end)


def pieces(office: Office, period: Period) -> list[Piece]:
    """The pieces covering *period*; whether the office is open comes from Office.is_open.

    Office.is_open looks up the public holidays on every call, so it is asked once per day, for the first
    piece inside that weekday's hours: the rest of the day's hours share its answer (a day is closed as a
    whole or not at all), and pieces outside the hours are closed.
    """
    zone = ZoneInfo(office.tz)
    points = _boundaries(office, period, zone)
    day_open: dict[date, bool] = {}
    out = []
    for start, end in zip(points, points[1:]):
        local = start.astimezone(zone)
        ranges = office.hours[DAYS[local.weekday()]]
        if ranges and local.date() not in day_open:  # a working weekday: is this date a holiday or closed day?
            day_open[local.date()] = office.is_open(datetime.combine(local.date(), ranges[0][0], zone))
        working_day = bool(ranges) and day_open[local.date()]
        is_open = working_day and any(s <= local.time() < e for s, e in ranges)
        out.append(Piece(start, end, local.strftime("%Y-%m"), local.weekday(), local.hour, is_open,
                         band_of(is_open, working_day, local.hour)))
    return out


def band_of(is_open: bool, working_day: bool, hour: int) -> str:
    """Which part of the closed week a local hour falls in."""
    if is_open:
        return "open"
    if hour >= NIGHT_FROM or hour < NIGHT_UNTIL:
        return "night"
    return "weekday" if working_day else "closed_day"


def open_hours(office: Office) -> set[tuple[int, int]]:
    """(weekday, hour) pairs in which the office is open for the whole hour in an ordinary week."""
    def minutes(t: time) -> int:
        return t.hour * 60 + t.minute

    return {(day, hour) for day, name in enumerate(DAYS) for hour in range(24)
            if any(minutes(s) <= hour * 60 and hour * 60 + 60 <= minutes(e) for s, e in office.hours[name])}
