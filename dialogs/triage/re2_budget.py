"""How much memory RE2 may give each automaton. A worker holds some 1,600 staff and dialect patterns; at RE2's
default budget (8 MB each) their lazily built DFAs grew a worker by ~35 MB over a few thousand messages. A single
pattern that outgrows a small budget still matches correctly (RE2 falls back to its NFA), so patterns get a small
one; a set keeps the default, because a set that cannot build its DFA matches nothing."""

from __future__ import annotations

import re2

PATTERN_MEMORY = 256 << 10  # bytes for one pattern's program and DFA cache
SET_MEMORY = 8 << 20  # RE2's default


def _options(max_mem: int) -> "re2.Options":
    options = re2.Options()
    options.log_errors = False  # a refused pattern is reported by the validator, not on stderr
    options.max_mem = max_mem
    return options


PATTERN_OPTIONS = _options(PATTERN_MEMORY)
SET_OPTIONS = _options(SET_MEMORY)


def compile_pattern(pattern: str) -> "re2._Regexp":
    """One RE2 pattern on the small budget; a pattern whose program alone outgrows it gets the default budget."""
    try:
        return re2.compile(pattern, PATTERN_OPTIONS)
    except re2.error:
        return re2.compile(pattern, SET_OPTIONS)  # a pattern RE2 refuses at any size raises here, as before


def search_set() -> "re2.Set":
    """An empty search set on the default budget."""
    return re2.Set.SearchSet(SET_OPTIONS)
