"""Days and times a resident types where visit times are offered (「来週の火曜日」「12月8日」 "tomorrow 3pm"), read with
the words of dialogs/data/dates.yaml (checked on load)."""
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from handlers.datafile import DataError, key_line, line_of, load_file
from handlers.language_names import fold, pattern
from handlers.languages import codes
from handlers.problems import Problem

LISTS = ("days", "weeks", "weekday_weeks")
FORMS = {"dates": ("d", "m", "month"), "times": ("h", "min"), "pm_times": ("h", "min")}
SLOT = re.compile(r"\{([a-z]+)\}")
PAST_GRACE = 31  # days: 「12月1日」 written on December 6 is a day gone by, not next year's
_DIGITS = {"d": r"(?P<d>\d{1,2})", "m": r"(?P<m>\d{1,2})", "h": r"(?P<h>\d{1,2})", "min": r"(?P<min>\d{2})"}


@dataclass(frozen=True)
class Reading:
    """The days a message may mean (in order; several when it is ambiguous), a time if one is written, and whether
    the date written has gone by."""

    days: tuple[date, ...] = ()
    hour: int | None = None
    minute: int | None = None
    past: bool = False


@dataclass(frozen=True)
class _Found:
    kind: str  # date, time, pm_time, day, week, weekday_week, weekday
    start: int
    end: int
    rank: int
    match: re.Match
    value: int = 0


class DateWords:
    """Every language's words for days, weeks, weekdays, months and the forms of a date or a time."""

    def __init__(self, rows: dict[str, list[tuple[str, int, re.Pattern]]], months: dict[str, int]):
        self.rows = rows  # language → (kind, value, pattern)
        self.months = months  # a month's name (folded) → its number

    @classmethod
    def from_data(cls, data, name: str) -> "DateWords":
        """Check and compile the parsed file; DataError lists every problem with its line."""
        if not isinstance(data, dict):
            raise DataError([Problem("dates.shape", where=name, line=1)])
        problems: list[Problem] = []
        rows, months = {}, {}
        for lang, spec in data.items():
            if lang in ("__line__", "__keys__"):
                continue
            line = key_line(data, lang, line_of(data))
            if lang not in codes() or not isinstance(spec, dict):
                problems.append(Problem("dates.language", where=name, line=line, lang=lang))
                continue
            rows[lang] = _compile(spec, lang, name, line, problems, months)
        if problems:
            raise DataError(problems)
        return cls(rows, months)

    @classmethod
    def load(cls, path: Path) -> "DateWords":
        """Read and check dates.yaml."""
        return cls.from_data(load_file(path), path.name)

    def read(self, text: str, lang: str, today: date) -> Reading | None:
        """What day (and time) *text* names, seen from *today*; None when it names none."""
        folded = fold(text)
        order = sorted(self.rows, key=lambda code: (code != lang, code.split("-")[0] != lang.split("-")[0]))
        found = [_Found(kind, m.start(), m.end(), rank, m, value)
                 for rank, code in enumerate(order) for kind, value, compiled in self.rows[code]
                 for m in compiled.finditer(folded)]
        kept: list[_Found] = []
        for item in sorted(found, key=lambda f: (f.start - f.end, f.rank)):  # the longest first, then own language
            if not any(_clash(item, other) for other in kept):
                kept.append(item)
        kept.sort(key=lambda f: f.start)
        hour, minute = _time(kept)
        days, past = _days(kept, today, self.months)
        if not days and not past and hour is None:
            return None
        return Reading(days, hour, minute, past)


def _clash(item: _Found, kept: _Found) -> bool:
    """True when *item* lies within a longer word already read, or overlaps one of its kind (「下周二」 is 「下周」 and
    「周二」: next week's Tuesday; 「minggu depan」 is next week, not Sunday)."""
    inside = kept.start <= item.start and item.end <= kept.end
    overlaps = item.start < kept.end and kept.start < item.end
    return inside or (overlaps and item.kind == kept.kind)


def _compile(spec: dict, lang: str, name: str, line: int, problems: list, month_numbers: dict) -> list:
    rows: list[tuple[str, int, re.Pattern]] = []
    for key in LISTS:
        numbered = spec.get(key) or {}
        if not isinstance(numbered, dict) or not all(isinstance(n, int) and 0 <= n <= 7 and _words(w)
                                                      for n, w in numbered.items() if n not in ("__line__", "__keys__")):
            problems.append(Problem("dates.numbered", where=name, line=key_line(spec, key, line), lang=lang, key=key))
            continue
        rows += [(key[:-1], n, pattern(fold(w))) for n, words in numbered.items() if isinstance(n, int) for w in words]
    weekdays, months = spec.get("weekdays"), spec.get("months") or []
    if not isinstance(weekdays, list) or len(weekdays) != 7 or not all(_words(w) for w in weekdays):
        problems.append(Problem("dates.lists", where=name, line=key_line(spec, "weekdays", line), lang=lang,
                                key="weekdays", count=7))
    else:
        rows += [("weekday", n, pattern(fold(w))) for n, words in enumerate(weekdays) for w in words]
    if not isinstance(months, list) or len(months) not in (0, 12) or not all(_words(w) for w in months):
        problems.append(Problem("dates.lists", where=name, line=key_line(spec, "months", line), lang=lang,
                                key="months", count=12))
        months = []
    names = sorted(((fold(w), n + 1) for n, words in enumerate(months) for w in words), key=lambda p: -len(p[0]))
    month_numbers.update(names)
    suffixes = "|".join(re.escape(fold(s)) for s in spec.get("day_suffixes") or [])
    for key, allowed in FORMS.items():
        forms = spec.get(key) or []
        for form in forms if isinstance(forms, list) else [None]:
            slots = SLOT.findall(form) if isinstance(form, str) else None
            if not slots or set(slots) - set(allowed) or ("month" in slots and not names) or \
                    not {"d", "h"} & set(slots):
                problems.append(Problem("dates.form", where=name, line=key_line(spec, key, line), lang=lang,
                                        form=form, allowed=", ".join("{" + a + "}" for a in allowed)))
                continue
            rows.append((key[:-1] if key != "dates" else "date", 0, _form(form, names, suffixes)))
    return rows


def _words(words) -> bool:
    return isinstance(words, list) and all(isinstance(w, str) and w.strip() for w in words)


def _form(form: str, months: list[tuple[str, int]], suffixes: str) -> re.Pattern:
    """A form such as "{month} {d}" as a pattern; numbers never run into other digits, words into other letters."""
    parts = []
    for index, piece in enumerate(SLOT.split(form)):
        if index % 2:
            if piece == "month":
                parts.append("(?P<month>" + "|".join(re.escape(m) for m, _n in months) + ")")
            else:
                parts.append(_DIGITS[piece] + (f"(?:{suffixes})?" if piece == "d" and suffixes else ""))
        else:
            lead, trail = piece[:len(piece) - len(piece.lstrip())], piece[len(piece.rstrip()):]
            parts.append(re.escape((" " if lead else "") + fold(piece) + (" " if trail and piece.strip() else "")))
    body = "".join(parts)
    return re.compile(r"(?<![0-9a-z])" + body + r"(?![0-9a-z])")


def _time(kept: list[_Found]) -> tuple[int | None, int | None]:
    for item in kept:
        if item.kind in ("time", "pm_time"):
            hour = int(item.match.group("h"))
            minute = int(item.match.group("min")) if "min" in item.match.groupdict() and item.match.group("min") else None
            hour += 12 if item.kind == "pm_time" and hour < 12 else 0
            if hour < 24 and (minute is None or minute < 60):
                return hour, minute
    return None, None


def _days(kept: list[_Found], today: date, months: dict[str, int]) -> tuple[tuple[date, ...], bool]:
    """The days named: a written date first, else a weekday (in the week named), else a week, else today + n."""
    dates = [d for d in (_date(item.match, today, months) for item in kept if item.kind == "date") if d is not None]
    if dates:
        coming = tuple(d for d in dates if d >= today)
        return coming, not coming
    weeks = [item.value for item in kept if item.kind in ("week", "weekday_week")]
    weekdays = [item.value for item in kept if item.kind == "weekday"]
    if weekdays:
        days = [day for wd in weekdays for day in _weekday(wd, weeks[0] if weeks else None, today)]
        return tuple(sorted(set(days))), False
    whole = [item.value for item in kept if item.kind == "week"]
    if whole:
        return tuple(d for d in sorted(set(_week(whole[0], today))) if d >= today), False
    return tuple(sorted({today + timedelta(days=item.value) for item in kept if item.kind == "day"})), False


def _date(match: re.Match, today: date, months: dict[str, int]) -> date | None:
    groups = match.groupdict()
    day = int(groups["d"])
    month = int(groups["m"]) if groups.get("m") else months.get(groups.get("month") or "")
    try:
        if month is None:  # 「8日」: this month's, or next month's when it has gone by
            found = today.replace(day=day)
            if found < today:
                found = (today.replace(day=1) + timedelta(days=32)).replace(day=day)
            return found
        found = date(today.year, month, day)
    except ValueError:
        return None
    if found < today - timedelta(days=PAST_GRACE):
        found = found.replace(year=today.year + 1)
    return found


def _weekday(weekday: int, week: int | None, today: date) -> list[date]:
    if week is None:  # the next one; "Tuesday" said on a Tuesday may be today or in a week
        ahead = (weekday - today.weekday()) % 7
        return [today + timedelta(days=ahead)] + ([today + timedelta(days=7)] if ahead == 0 else [])
    return [day for day in _week(week, today) if day.weekday() == weekday and day >= today]


def _week(week: int, today: date) -> list[date]:
    """The days of the week *week* weeks from this one — counted from Monday and from Sunday, which differ on a
    Sunday (「来週」 said on a Sunday may mean tomorrow's week or the one after)."""
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=week)
    sunday = today - timedelta(days=(today.weekday() + 1) % 7) + timedelta(weeks=week)
    return [start + timedelta(days=n) for start in (monday, sunday) for n in range(7)]
