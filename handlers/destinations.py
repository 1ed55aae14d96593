"""Where a counselor can go with a resident, and what to bring there (dialogs/data/visit_destinations.yaml)."""
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from handlers.datafile import BOOKKEEPING, DataError, line_of, load_file
from handlers.problems import Problem

ID = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


@dataclass(frozen=True)
class Destination:
    """One place to go together: an agency kind with its button label and what-to-bring message."""

    id: str
    label: str  # message id
    bring: str  # message id
    words: tuple[str, ...] = ()  # words that name it in a message (「ハローワークに一緒に行って」)


@dataclass(frozen=True)
class MeetingPoint:
    """A meeting point as staff type it (Japanese), how to read it, and its name in other languages."""

    ja: str
    romaji: str
    names: dict = field(default_factory=dict)


def _key(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


@dataclass
class DestinationBook:
    """The destinations offered in the booking chat, in order, and the meeting points' names."""

    destinations: list[Destination]
    other_bring: str
    by_id: dict[str, Destination] = field(default_factory=dict)
    meeting_points: dict[str, MeetingPoint] = field(default_factory=dict)  # by the Japanese, spaces ignored

    def __post_init__(self):
        self.by_id = {d.id: d for d in self.destinations}

    @classmethod
    def from_data(cls, data, name: str, known_message=lambda m: True) -> "DestinationBook":
        """Build from parsed YAML, listing every problem with its line."""
        if not isinstance(data, dict):
            raise DataError([Problem("destinations.shape", where=name, line=1)])
        problems, found = [], []
        for row in data.get("destinations") or []:
            if not isinstance(row, dict) or not all(row.get(k) for k in ("id", "label", "bring")):
                problems.append(Problem("destinations.incomplete", where=name, line=line_of(row, line_of(data))))
                continue
            dest = Destination(str(row["id"]), str(row["label"]), str(row["bring"]),
                               tuple(str(w) for w in row.get("words") or ()))
            if not ID.match(dest.id):
                problems.append(Problem("destinations.id", where=name, line=line_of(row, line_of(data)), id=dest.id))
            for msg_id in (dest.label, dest.bring):
                if not known_message(msg_id):
                    problems.append(Problem("data.message_unknown", where=name, line=line_of(row, line_of(data)), owner=dest.id, id=msg_id))
            found.append(dest)
        if not found and not problems:
            problems.append(Problem("destinations.none", where=name, line=line_of(data)))
        if len({d.id for d in found}) != len(found):
            problems.append(Problem("destinations.same_id", where=name, line=line_of(data)))
        other = str(data.get("other_bring") or "")
        if not other or not known_message(other):
            problems.append(Problem("destinations.other_bring", where=name, line=line_of(data), id=other))
        points = _meeting_points(data, name, problems)
        if problems:
            raise DataError(problems)
        return cls(found, other, meeting_points=points)

    @classmethod
    def load(cls, path: Path, known_message=lambda m: True) -> "DestinationBook":
        """Read and validate the destinations file."""
        return cls.from_data(load_file(path), path.name, known_message)

    def named_in(self, text: str) -> str | None:
        """The id of the destination a message names, if it names one."""
        folded = text.casefold()
        return next((d.id for d in self.destinations if any(w.casefold() in folded for w in d.words)), None)

    def meeting_point(self, text: str, lang: str) -> tuple[str, str] | None:
        """(the name in *lang*, else its romaji; the Japanese) of a listed meeting point, None when not listed."""
        point = self.meeting_points.get(_key(text))
        if point is None:
            return None
        return point.names.get(lang) or point.romaji, text

    def bring_for(self, destination_id: str | None) -> str:
        """The what-to-bring message id for a destination (the general one for the resident's own words)."""
        dest = self.by_id.get(destination_id or "")
        return dest.bring if dest else self.other_bring


def _meeting_points(data: dict, name: str, problems: list) -> dict[str, MeetingPoint]:
    """The `meeting_points` list: each needs its Japanese and romaji; names only in known languages."""
    from handlers import languages

    points: dict[str, MeetingPoint] = {}
    for row in data.get("meeting_points") or []:
        names = row.get("names") if isinstance(row, dict) else None
        if not isinstance(row, dict) or not row.get("ja") or not row.get("romaji") or not isinstance(names or {}, dict):
            problems.append(Problem("destinations.meeting_point", where=name, line=line_of(row, line_of(data))))
            continue
        names = {k: v for k, v in (names or {}).items() if k not in BOOKKEEPING}
        unknown = sorted(set(names) - set(languages.codes()))
        if unknown:
            problems.append(Problem("destinations.meeting_point_language", where=name, line=line_of(row, line_of(data)),
                                    unknown=unknown))
        points[_key(str(row["ja"]))] = MeetingPoint(str(row["ja"]), str(row["romaji"]),
                                                    {str(k): str(v) for k, v in names.items()})
    return points
