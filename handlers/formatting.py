"""Dates, times, numbers and distances in the resident's own locale, through Babel."""
import re
from datetime import datetime, time
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import (
    format_date,
    format_datetime,
    format_skeleton,
    format_time,
    get_day_names,
)
from babel.lists import format_list
from babel.numbers import format_decimal
from babel.units import format_unit

from handlers import languages


def _locale(lang: str) -> str:
    return languages.get(lang).babel


DAY_SKELETON = "MMMMEEEEd"  # month, weekday and day in the order and words of each locale


def when(dt: datetime, lang: str, tz: str) -> str:
    """A date and time that reads inside a sentence, the weekday written out and joined as the language does
    (languages.yaml `when`): 'Tuesday, November 24 at 2:00 PM', 'martes, 24 de noviembre a las 14:00',
    'terça-feira, 24 de novembro, às 14:00', '11月24日(火) 14:00'."""
    local = dt.astimezone(ZoneInfo(tz))
    loc = _locale(lang)
    if loc == "ja":
        return format_datetime(local, "M月d日(E) H:mm", locale=loc)
    words = languages.get(lang).when
    return words.replace("{day}", long_day(dt, lang, tz)).replace("{time}", clock(dt, lang, tz))


def long_day(dt: datetime, lang: str, tz: str) -> str:
    """A weekday written out and the date, in the locale's order: 'Tuesday, November 24', 'martes, 24 de noviembre'."""
    local = dt.astimezone(ZoneInfo(tz))
    loc = _locale(lang)
    pattern = Locale.parse(loc).datetime_skeletons.get("MMMMEd")
    if pattern is None:
        return format_date(local, "full", locale=loc)
    # the skeleton's short weekday (E) widened to the full name (EEEE), outside quoted words ('de')
    parts = str(pattern.pattern).split("'")
    parts[::2] = [re.sub(r"(?<!E)E(?!E)", "EEEE", part) for part in parts[::2]]
    return format_date(local, "'".join(parts), locale=loc)


def day(dt: datetime, lang: str, tz: str) -> str:
    """A weekday and date: 'Tue, Nov 24', 'ter., 24 de novembro', '11月24日(火)'."""
    local = dt.astimezone(ZoneInfo(tz))
    loc = _locale(lang)
    if loc == "ja":
        return format_date(local, "M月d日(E)", locale=loc)
    return format_skeleton(DAY_SKELETON, local, locale=loc)


def clock(dt: datetime, lang: str, tz: str) -> str:
    """A time of day."""
    return format_time(dt.astimezone(ZoneInfo(tz)), "short", locale=_locale(lang))


def clock_of(t: time, lang: str) -> str:
    """A time of day without a date (opening hours)."""
    return format_time(t, "short", locale=_locale(lang))


def weekly_hours(week: list[tuple], lang: str, clock=clock_of) -> str:
    """Seven days of (start, end) ranges, Monday first, as words; equal neighbouring days grouped: 'Mon–Wed 8:30–17:15'."""
    names = get_day_names("abbreviated", locale=_locale(lang))
    groups: list[tuple[list[int], tuple]] = []
    for index, ranges in enumerate(week):
        ranges = tuple(ranges)
        if not ranges:
            continue
        if groups and groups[-1][1] == ranges and groups[-1][0][-1] == index - 1:
            groups[-1][0].append(index)
        else:
            groups.append(([index], ranges))
    parts = []
    for days, ranges in groups:
        span = names[days[0]] if len(days) == 1 else f"{names[days[0]]}–{names[days[-1]]}"
        parts.append(f"{span} " + day_hours(ranges, lang, clock))
    return listing(parts, lang)


def day_hours(ranges, lang: str, clock=clock_of) -> str:
    """One day's opening hours: '8:30–17:15', '9:00–12:00 / 13:00–17:00'."""
    return " / ".join(f"{clock(s, lang)}–{clock(e, lang)}" for s, e in ranges)


def weekday_name(weekday: int, lang: str) -> str:
    """A weekday written out, Monday = 0: '土曜日', 'Saturday', 'sábado'."""
    return get_day_names("wide", locale=_locale(lang))[weekday]


def distance(metres: float, lang: str) -> str:
    """A walking distance in the locale's words and digits: '350 m', '1,2 km', '1.2公里'."""
    loc = _locale(lang)
    if metres < 1000:
        return format_unit(round(metres / 10) * 10, "length-meter", length="short", locale=loc)
    return format_unit(round(metres / 1000, 1), "length-kilometer", length="short", format="#,##0.0", locale=loc)


def number(value: float, lang: str) -> str:
    """A number with the locale's separators: '12,345.6', '12.345,6'."""
    return format_decimal(value, locale=_locale(lang))


def listing(items: list[str], lang: str) -> str:
    """Join items as the language does: 'A, B and C', 'A、B、C'."""
    if not items:
        return ""
    return format_list(items, locale=_locale(lang))


def short_when(dt: datetime, lang: str, tz: str) -> str:
    """A compact weekday, date and time for a button (≤ 20 characters): '11/24(火) 10:00', 'Tue, 11/24 10:00 AM'."""
    local = dt.astimezone(ZoneInfo(tz))
    loc = _locale(lang)
    return f"{format_skeleton('MEd', local, locale=loc)} {format_time(local, 'short', locale=loc)}"


def span(start: datetime, end: datetime, lang: str, tz: str) -> str:
    """The full date, then the start and end time: '11月24日(火) 10:00–12:00', 'Thứ Năm, 26 tháng 11, 2026 10:00–12:00'."""
    local = start.astimezone(ZoneInfo(tz))
    loc = _locale(lang)
    date = format_date(local, "M月d日(E)", locale=loc) if loc == "ja" else format_date(local, "full", locale=loc)
    return f"{date} {clock(start, lang, tz)}–{clock(end, lang, tz)}"


def language_name(code: str, lang: str) -> str:
    """The name of language *code* in the resident's language: 'tiếng Nhật', 'japonês', '英語'."""
    target = Locale.parse(languages.get(code).babel)
    reader = Locale.parse(_locale(lang))
    if target.script:
        return Locale.parse(f"{target.language}_{target.script}").get_display_name(reader) or code
    return reader.languages.get(target.language, code)
