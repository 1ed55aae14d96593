"""What a report figure is made of: cells, the figure with its table, the labels and the context it is built in."""
from dataclasses import dataclass, field
from datetime import date

SUPPRESSED = "秘匿"  # how a suppressed cell reads, in the page and in the CSV alike


@dataclass(frozen=True)
class Cell:
    """One category of a figure: its key, Japanese label and number of residents (None: suppressed)."""

    key: object
    label: str
    value: int | None


@dataclass
class Figure:
    """A chart with its table: bars (categories), columns (months) or heatmap (weekday × hour)."""

    id: str
    title: str
    about: str
    kind: str
    cells: list[Cell]
    total: int | None
    total_label: str = "合計（実人数）"
    unit: str = "人"
    stats: list[tuple[str, str]] = field(default_factory=list)
    open_cells: frozenset = frozenset()  # heatmap cells when the office is open (drawn apart, always 0)

    def value_of(self, key) -> int | None:
        """The shown value of the cell *key* (None when suppressed)."""
        return next(c.value for c in self.cells if c.key == key)

    @property
    def has_data(self) -> bool:
        """False when the period has nobody in this figure. A suppressed number (None) is somebody: a small count
        hidden to protect them, so the page must not say there is nothing to count above a 秘匿 row."""
        return self.total is None or bool(self.total) or any(c.value is None or c.value for c in self.cells)

    def table(self) -> tuple[list[str], list[list[str]]]:
        """The header and rows exactly as the page's table and the CSV show them."""
        if self.kind == "heatmap":
            hours = sorted({c.key[1] for c in self.cells})
            header = ["曜日"] + [f"{h}時" for h in hours]
            rows = []
            for day in sorted({c.key[0] for c in self.cells}):
                line = [c for c in self.cells if c.key[0] == day]
                rows.append([WEEKDAYS[day]] + [show(c.value) for c in sorted(line, key=lambda c: c.key[1])])
            rows.append([self.total_label, show(self.total)] + [""] * (len(hours) - 1))
            return header, rows
        rows = [[c.label, show(c.value)] for c in self.cells]
        rows.append([self.total_label, show(self.total)])
        return ["項目", f"人数（{self.unit}）"], rows


@dataclass(frozen=True)
class Labels:
    """Japanese names of the categories (from the console and the catalogs) and the lists of known keys."""

    topics: dict
    crisis: dict
    areas: dict
    languages: dict
    channels: dict
    outcomes: dict


@dataclass(frozen=True)
class Context:
    """What a figure needs: the database session, the period and the labels."""

    session: object
    period: object  # storage.repo_reports.Period
    first_day: date
    last_day: date
    office: object  # handlers.office.Office
    labels: Labels


WEEKDAYS = ("月", "火", "水", "木", "金", "土", "日")


def show(value: int | None) -> str:
    """A count as the table prints it."""
    return SUPPRESSED if value is None else str(value)
