"""Shared steps of the figure modules: order the counts by the known categories, then suppress."""
from handlers.reports.model import Cell
from handlers.reports.suppress import protect
from storage.repo_reports import NONE, OTHER


def cells_of(counts: dict, labels: dict, total: int | None, *, none_label: str | None = None,
             keep_zero: bool = True) -> tuple[list[Cell], int | None]:
    """Cells in the order of *labels* (then 'other', then 'none'), suppressed as one table with *total*."""
    names = dict(labels)
    if counts.get(OTHER):
        names[OTHER] = "その他"
    if none_label is not None:
        names[NONE] = none_label
    raw = {key: int(counts.get(key, 0)) for key in names if keep_zero or counts.get(key)}
    shown, total_shown = protect(raw, total)
    return [Cell(key, names[key], shown[key]) for key in raw], total_shown
