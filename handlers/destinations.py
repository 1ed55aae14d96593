"""Where a counselor can go with a resident, and what to bring there (dialogs/data/visit_destinations.yaml)."""
import re
from dataclasses import dataclass, field
from pathlib import Path

from handlers.datafile import DataError, line_of, load_file

ID = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


@dataclass(frozen=True)
class Destination:
    """One place to go together: an agency kind with its button label and what-to-bring message."""

    id: str
    label: str  # message id
    bring: str  # message id
    words: tuple[str, ...] = ()  # words that name it in a message (「ハローワークに一緒に行って」)


@dataclass
class DestinationBook:
    """The destinations offered in the booking chat, in order."""

    destinations: list[Destination]
    other_bring: str
    by_id: dict[str, Destination] = field(default_factory=dict)

    def __post_init__(self):
        self.by_id = {d.id: d for d in self.destinations}

    @classmethod
    def from_data(cls, data, name: str, known_message=lambda m: True) -> "DestinationBook":
        """Build from parsed YAML, listing every problem with its line."""
        if not isinstance(data, dict):
            raise DataError([f"{name}:1: expected 'destinations' and 'other_bring'"])
        problems, found = [], []
        for row in data.get("destinations") or []:
            where = f"{name}:{line_of(row, line_of(data))}"
            if not isinstance(row, dict) or not all(row.get(k) for k in ("id", "label", "bring")):
                problems.append(f"{where}: a destination needs id, label and bring")
                continue
            dest = Destination(str(row["id"]), str(row["label"]), str(row["bring"]),
                               tuple(str(w) for w in row.get("words") or ()))
            if not ID.match(dest.id):
                problems.append(f"{where}: id '{dest.id}' must be lower-case letters, digits or _ (≤ 32)")
            for msg_id in (dest.label, dest.bring):
                if not known_message(msg_id):
                    problems.append(f"{where}: {dest.id}: message id '{msg_id}' is not in the catalog")
            found.append(dest)
        if not found and not problems:
            problems.append(f"{name}:{line_of(data)}: list at least one destination")
        if len({d.id for d in found}) != len(found):
            problems.append(f"{name}:{line_of(data)}: two destinations share an id")
        other = str(data.get("other_bring") or "")
        if not other or not known_message(other):
            problems.append(f"{name}:{line_of(data)}: other_bring '{other}' is not a message id in the catalog")
        if problems:
            raise DataError(problems)
        return cls(found, other)

    @classmethod
    def load(cls, path: Path, known_message=lambda m: True) -> "DestinationBook":
        """Read and validate the destinations file."""
        return cls.from_data(load_file(path), path.name, known_message)

    def named_in(self, text: str) -> str | None:
        """The id of the destination a message names, if it names one."""
        folded = text.casefold()
        return next((d.id for d in self.destinations if any(w.casefold() in folded for w in d.words)), None)

    def bring_for(self, destination_id: str | None) -> str:
        """The what-to-bring message id for a destination (the general one for the resident's own words)."""
        dest = self.by_id.get(destination_id or "")
        return dest.bring if dest else self.other_bring
