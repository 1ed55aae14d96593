"""Small-cell suppression: no figure may show, or let anyone work out, a group of fewer than 5 residents.

The rule, applied to each table on its own (one table = one group of cells and its total):

1. Primary: a cell counting 1–4 residents is suppressed. Zero is shown (it describes nobody).
2. Secondary: when a table has any primary cell and shows its total, the smallest cell of 5 or more residents
   is suppressed as well. A reader who subtracts the shown cells from the total learns only the sum of the
   suppressed cells, and since one of them may be any size ≥ 5, no suppressed cell can be pinned down.
   (Two small cells alone are not enough: 4 + 4 = 8 would give both away.)
3. When no cell of 5 or more is left to suppress, the total is suppressed too.
4. A total below 5 suppresses the whole table.

Cells are always counts of distinct residents, never of messages or conversations.
"""
MIN_RESIDENTS = 5


def protect(cells: dict, total: int | None) -> tuple[dict, int | None]:
    """The cells and total as they may be shown: suppressed values become None."""
    if total is not None and 0 < total < MIN_RESIDENTS:
        return {key: (0 if value == 0 else None) for key, value in cells.items()}, None
    shown = dict(cells)
    primary = [key for key, value in cells.items() if 0 < value < MIN_RESIDENTS]
    if not primary:
        return shown, total
    for key in primary:
        shown[key] = None
    candidates = sorted((value, index, key) for index, (key, value) in enumerate(cells.items())
                        if value >= MIN_RESIDENTS)
    if candidates:
        shown[candidates[0][2]] = None
        return shown, total
    return shown, None


def is_safe(cells: dict, shown: dict, total_shown: int | None) -> bool:
    """True when no suppressed cell can be worked out exactly from the shown cells and the total (a check for tests)."""
    hidden = [key for key, value in shown.items() if value is None]
    if any(value is not None and 0 < value < MIN_RESIDENTS for value in shown.values()):
        return False
    if not hidden or total_shown is None:
        return True
    if len(hidden) == 1:
        return False
    return any(cells[key] >= MIN_RESIDENTS for key in hidden)
