"""A language's regexes run only on messages they can match. A keyword with a '*' gap needs its first words
in the message, so it runs only where one of their spellings appears; staff patterns are RE2, and one RE2
set match over the message says which of them match at all. Most messages match none: a worker no longer
runs some three hundred regexes per message to find nothing."""

from __future__ import annotations

import re
import threading
from typing import Iterable

import re2

from .trie import Hit, Target, Trie, scan


class RegexHits:
    """Regexes with the literals they need (gap keywords) and staff RE2 patterns, matched as one."""

    def __init__(self) -> None:
        self._regexes: list[tuple[re.Pattern | re2._Regexp, Target]] = []
        self._anchors: Trie[int] = Trie()  # a gap keyword's first words → the index of its regex
        self._unanchored: list[int] = []
        self._patterns: list[int] = []  # indices of staff patterns, in the order of the set's members
        self._pattern_sources: list[re2._Regexp] = []
        self._set: re2.Set | None = None
        self._set_stale = False
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._regexes)

    def add_gap(self, regex: re.Pattern, target: Target, anchors: Iterable[str]) -> None:
        """A regex that can match only where one of *anchors* (its first words, folded) appears."""
        index = len(self._regexes)
        self._regexes.append((regex, target))
        spellings = sorted(set(anchors))
        if not spellings or "" in spellings:
            self._unanchored.append(index)
            return
        for anchor in spellings:
            self._anchors.insert(anchor, index)

    def add_pattern(self, regex: re2._Regexp, target: Target) -> None:
        """A staff pattern (compiled with RE2), run where the set of all patterns says it matches."""
        self._patterns.append(len(self._regexes))
        self._regexes.append((regex, target))
        self._pattern_sources.append(regex)
        self._set_stale = True

    def _pattern_set(self) -> re2.Set | None:
        with self._lock:
            if self._set_stale:
                built = re2.Set.SearchSet(self._pattern_sources[0].options)
                for source in self._pattern_sources:
                    built.Add(source.pattern)
                built.Compile()
                self._set, self._set_stale = built, False
        return self._set

    def hits(self, form: str) -> list[Hit]:
        """Every match of every regex in a folded message, with what it means."""
        chosen = set(self._unanchored)
        chosen.update(index for _start, _end, index in scan(self._anchors, form))
        if self._patterns:
            pattern_set = self._pattern_set() if self._set_stale else self._set
            matched = pattern_set.Match(form) if pattern_set is not None else None
            chosen.update(self._patterns[member] for member in matched or ())
        found: list[Hit] = []
        for index in sorted(chosen):
            regex, target = self._regexes[index]
            found.extend((match.start(), match.end(), target) for match in regex.finditer(form))
        return found
