"""The hotline table: which lines fit a crisis sign, a language and the hour."""
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from handlers import hours as opening_hours
from handlers import languages
from handlers.datafile import DataError, line_of, load_file
from handlers.problems import Problem

SIGNALS = ("suicide", "violence", "no_food", "no_shelter", "lifeline")
KINDS = ("phone", "chat", "email")  # chat and email: lines to write to, for someone who cannot phone
TOPICS = ("work", "money", "housing", "family", "health", "isolation", "any")
# Situations the classifier reads beyond the sign (dialogs/triage/labels.py CONCEPTS): a line may be only for one
SITUATIONS = ("child_at_risk", "domestic_violence", "danger_now", "someone_else", "medical_emergency", "help_cry",
              "coercive_control", "labour_exploitation", "cut_soon", "parent_harm", "outside_home")


@dataclass(frozen=True)
class Hotline:
    """One phone line residents can call."""

    id: str
    name: str  # message id
    number: str
    signals: frozenset[str]
    languages: frozenset[str]
    hours: tuple[tuple[time, time], ...] | None  # None: 24 hours
    priority: int
    kind: str = "phone"  # phone, or chat (SNS/web chat) / email: lines to write to, for those who cannot phone
    topics: frozenset[str] = frozenset()  # what it helps with when there is no crisis sign ("any": everything)
    first_for: frozenset[str] = frozenset()  # signs for which this line comes first (violence: the DV lines)
    emergency: bool = False  # 110/119: for its signs, in every list at every hour, never cut by a limit
    only_when: frozenset[str] = frozenset()  # shown only when the words show one of these situations (189)
    schedule: opening_hours.Schedule | None = None  # hours by weekday ("mon-fri 09:00-17:00"); then hours is ()
    first_unless: frozenset[str] = frozenset()  # not first when the words show one of these (a boss, a stranger)…
    first_when: frozenset[str] = frozenset()  # …and first, for its signs, when they show one of these

    def open_at(self, at: datetime, tz: str) -> bool:
        """True when the line answers at *at* (its weekdays and public holidays too, when it has a schedule)."""
        if self.hours is None:
            return True
        if self.schedule is not None:
            return self.schedule.state(at, tz, horizon_days=1)[0]
        now = at.astimezone(ZoneInfo(tz)).time()
        return any(s <= now < e for s, e in self.hours)

    def speaks(self, lang: str) -> bool:
        """True when the line is staffed in *lang*."""
        return "all" in self.languages or lang in self.languages

    def fits(self, signals, situations=()) -> bool:
        """True when the line helps with one of these signs (and, if it is only for a situation, that one)."""
        return bool(self.signals & set(signals)) and (not self.only_when or bool(self.only_when & set(situations)))

    def rank(self, signals, situations=()) -> tuple:
        """Sort key for these signs: the emergency number first when the danger is under way (danger_now), then
        lines first for one of the signs, then by priority. Violence by a boss or a stranger (outside_home) puts the
        DV lines after the police consultation line — unless the words show violence at home as well."""
        urgent = self.emergency and "danger_now" in situations
        shown = set(situations)
        demoted = bool(self.first_unless & shown) and "domestic_violence" not in shown
        first = (bool(self.first_for & set(signals)) and not demoted) or (
            bool(self.first_when & shown) and bool(self.signals & set(signals)))
        return (0 if urgent else 1, 0 if first else 1, self.priority, self.id)


@dataclass
class HotlineBook:
    """All hotlines, chosen by signal, language and hour."""

    lines: list[Hotline]
    tz: str = "Asia/Tokyo"

    @classmethod
    def from_data(cls, rows, name: str, tz: str, known_message=lambda msg_id: True) -> "HotlineBook":
        """Build from parsed YAML, listing every problem with its line."""
        problems, lines = [], []
        codes = set(languages.codes()) | {"all"}
        if not isinstance(rows, list):
            raise DataError([Problem("hotlines.shape", where=name, line=1)])
        for row in rows:
            try:
                signals = frozenset(row["signals"])
                langs = frozenset(row["languages"])
                schedule = _schedule(row["hours"])
                hours = None if row["hours"] == "24h" else () if schedule else tuple(
                    tuple(time.fromisoformat(p.strip()) for p in r.split("-")) for r in row["hours"])
                line = Hotline(str(row["id"]), str(row["name"]), str(row["number"]), signals, langs, hours,
                               int(row.get("priority", 5)), str(row.get("kind", "phone")),
                               frozenset(row.get("topics") or ()), frozenset(row.get("first_for") or ()),
                               _flag(row.get("emergency", False)), frozenset(row.get("only_when") or ()), schedule,
                               frozenset(row.get("first_unless") or ()), frozenset(row.get("first_when") or ()))
            except opening_hours.HoursError as exc:
                problems.append(Problem("hotlines.hours", where=name, line=line_of(row), id=row.get("id"),
                                        detail=exc.problem.code))
                continue
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                problems.append(Problem("hotlines.malformed", where=name, line=line_of(row), detail=exc))
                continue
            if signals - set(SIGNALS):
                problems.append(Problem("hotlines.unknown_signals", where=name, line=line_of(row), id=line.id, unknown=sorted(signals - set(SIGNALS))))
            if line.kind not in KINDS:
                problems.append(Problem("hotlines.kind", where=name, line=line_of(row), id=line.id, choices=list(KINDS)))
            if line.topics - set(TOPICS):
                problems.append(Problem("hotlines.unknown_topics", where=name, line=line_of(row), id=line.id, unknown=sorted(line.topics - set(TOPICS))))
            if line.first_for - signals:
                problems.append(Problem("hotlines.first_for", where=name, line=line_of(row), id=line.id, unknown=sorted(line.first_for - signals)))
            unknown_situations = (line.only_when | line.first_unless | line.first_when) - set(SITUATIONS)
            if unknown_situations:
                problems.append(Problem("hotlines.unknown_situations", where=name, line=line_of(row), id=line.id, unknown=sorted(unknown_situations), choices=list(SITUATIONS)))
            if line.emergency and line.hours is not None:
                problems.append(Problem("hotlines.emergency_hours", where=name, line=line_of(row), id=line.id))
            if langs - codes:
                problems.append(Problem("hotlines.unknown_languages", where=name, line=line_of(row), id=line.id, unknown=sorted(langs - codes)))
            if not known_message(line.name):
                problems.append(Problem("data.message_unknown", where=name, line=line_of(row), owner=line.id, id=line.name))
            lines.append(line)
        if problems:
            raise DataError(problems)
        return cls(lines, tz)

    @classmethod
    def load(cls, path: Path, tz: str, known_message=lambda msg_id: True) -> "HotlineBook":
        """Read and validate hotlines.yaml."""
        return cls.from_data(load_file(path), path.name, tz, known_message)

    def choose(self, signals: list[str], lang: str, at: datetime, limit: int = 4, kinds=("phone",),
               situations=()) -> list[Hotline]:
        """The lines for these signs that answer now, in the resident's language (else Japanese), in the signs'
        order; the emergency numbers for the signs are always among them, whatever the limit."""
        fitting = [h for h in self.lines if h.fits(signals, situations) and h.open_at(at, self.tz) and h.kind in kinds]
        return self._pick(fitting, signals, lang, limit, situations)

    def _pick(self, fitting: list[Hotline], signals, lang: str, limit: int, situations=()) -> list[Hotline]:
        """Lines for the language (else Japanese), the emergency ones kept, the rest cut to *limit*."""
        specific = [h for h in fitting if "all" not in h.languages]
        own = [h for h in specific if h.speaks(lang)] or [h for h in specific if h.speaks("ja")]
        chosen = sorted(own + [h for h in fitting if "all" in h.languages], key=lambda h: h.rank(signals, situations))
        pinned = [h for h in chosen if h.emergency]
        rest = [h for h in chosen if not h.emergency][:max(0, limit - len(pinned))]
        return sorted(rest + pinned, key=lambda h: h.rank(signals, situations))

    def around_the_clock(self, lang: str, limit: int = 2, topics=(), signals=(), situations=()) -> list[Hotline]:
        """24-hour phone lines in the resident's language for out-of-hours messages, fitting the crisis signs
        (with their emergency numbers) or the topics (a line for everything, then lines for the topics: no DV
        line for a lost job)."""
        if signals:
            fitting = [h for h in self.lines if h.hours is None and h.kind == "phone" and h.fits(signals, situations)]
            return self._pick(fitting, signals, lang, limit, situations)

        def fits(h: Hotline) -> bool:
            return "any" in h.topics or bool(h.topics & set(topics)) or not any(x.topics for x in self.lines)
        lines = [h for h in self.lines if h.hours is None and h.kind == "phone" and h.speaks(lang)
                 and "all" not in h.languages and fits(h)]
        lines.sort(key=lambda h: (h.priority, h.id))
        return lines[:limit]

    def text_lines(self, lang: str, at: datetime, signals=(), situations=(), limit: int = 3) -> list[Hotline]:
        """Chat/SNS lines for someone who cannot phone, in the resident's language (else Japanese): those fitting the
        signs (any, without one), open now first; a closed one keeps its place with its hours shown."""
        fitting = [h for h in self.lines if h.kind != "phone" and (not signals or h.fits(signals, situations))
                   and not h.only_when]
        own = [h for h in fitting if h.speaks(lang)] or [h for h in fitting if h.speaks("ja")]
        own.sort(key=lambda h: (not h.open_at(at, self.tz), h.rank(signals, situations)))
        return own[:limit]

    def for_conversation(self, signals, topics, lang: str, at: datetime, limit: int = 5, situations=()) -> list[Hotline]:
        """Phone and chat lines open now that fit the signs (else the topics), in the resident's language first."""
        if signals:
            return self.choose(list(signals), lang, at, limit, kinds=KINDS, situations=situations)
        fitting = [h for h in self.lines if h.open_at(at, self.tz) and "all" not in h.languages and not h.only_when
                   and ("any" in h.topics or h.topics & set(topics))]
        chosen = [h for h in fitting if h.speaks(lang)] or [h for h in fitting if h.speaks("ja")]
        chosen.sort(key=lambda h: (h.priority, h.id))
        return chosen[:limit]


def _schedule(value) -> opening_hours.Schedule | None:
    """Hours written by weekday ("mon-fri 09:00-17:00; holidays closed", the places' format), else None ("24h" or a
    list of daily ranges)."""
    if isinstance(value, str) and value != "24h":
        return opening_hours.parse(value)
    return None


def _flag(value) -> bool:
    """A yes/no field: true/false only (a typo is an error, not 'yes')."""
    if not isinstance(value, bool):
        raise ValueError(f"emergency: true or false, not {value!r}")
    return value
