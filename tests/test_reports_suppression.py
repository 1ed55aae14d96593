"""The suppression rule: no cell under 5 residents is shown, and none can be worked out from the totals."""
import itertools
import random

import pytest

from handlers.reports.suppress import MIN_RESIDENTS, is_safe, protect


def candidates(cells: dict, shown: dict, total: int | None) -> dict:
    """For each suppressed cell, every value it could have given the shown cells and total (brute force)."""
    hidden = [k for k, v in shown.items() if v is None]
    if total is None or not hidden:
        return {k: None for k in hidden}  # unconstrained
    rest = total - sum(v for v in shown.values() if v is not None)
    possible = {k: set() for k in hidden}
    for combo in itertools.product(range(1, rest + 1), repeat=len(hidden)):
        if sum(combo) != rest:
            continue
        trial = dict(shown) | dict(zip(hidden, combo))
        if protect(trial, total) == (shown, total):  # would the rule have hidden exactly these cells?
            for k, v in zip(hidden, combo):
                possible[k].add(v)
    return possible


@pytest.mark.parametrize("cells", [
    {"a": 1, "b": 40, "c": 12},
    {"a": 4, "b": 4, "c": 30},
    {"a": 1, "b": 1, "c": 7, "d": 9},
    {"a": 3, "b": 0, "c": 5},
    {"a": 2, "b": 3},
    {"a": 4, "b": 4},
])
def test_no_suppressed_cell_can_be_worked_out_from_the_total(cells):
    total = sum(cells.values())  # exclusive categories: the cells add up to the total
    shown, total_shown = protect(cells, total)
    assert all(v is None or v == 0 or v >= MIN_RESIDENTS for v in shown.values())
    for key, values in candidates(cells, shown, total_shown).items():
        assert values is None or len(values) > 1, f"{key} is recoverable: {values}"
    assert is_safe(cells, shown, total_shown)


def test_a_small_cell_hides_the_next_smallest_cell_of_five_or_more():
    shown, total = protect({"a": 2, "b": 30, "c": 6, "d": 8}, 46)
    assert shown == {"a": None, "b": 30, "c": None, "d": 8} and total == 46


def test_without_a_cell_of_five_or_more_the_total_goes_too():
    shown, total = protect({"a": 4, "b": 4}, 8)
    assert shown == {"a": None, "b": None} and total is None


def test_a_total_under_five_hides_everything_but_zeros():
    assert protect({"a": 3, "b": 0}, 3) == ({"a": None, "b": 0}, None)


def test_nothing_is_hidden_when_every_cell_has_five_or_more_or_none():
    cells = {"a": 5, "b": 0, "c": 17}
    assert protect(cells, 22) == (cells, 22)


def test_random_tables_never_show_a_small_cell_nor_a_recoverable_one():
    rng = random.Random(5)
    for _ in range(400):
        cells = {k: rng.choice([0, 1, 2, 3, 4, 5, 6, 9, 15, 40]) for k in "abcdef"[:rng.randint(1, 5)]}
        total = sum(cells.values())
        shown, total_shown = protect(cells, total)
        assert is_safe(cells, shown, total_shown), (cells, shown, total_shown)
        if 0 < total < MIN_RESIDENTS:
            assert total_shown is None
