"""A language's regexes run only on messages they can match. A keyword with a '*' gap needs its first words
in the message, so it runs only where one of their spellings appears; staff patterns are RE2, and one RE2
set match over the message says which of them match at all. Most messages match none: a worker no longer
runs some three hundred regexes per message to find nothing."""

from __future__ import annotations

import re
import threading
from typing import Iterable

import re2

from . import re2_budget
from .trie import Hit, Target, Trie, scan

# letters: a pattern whose first words are all this long runs on its own where one appears. One letter is enough:
# a try where 水 or 彼 appears reads a few letters (about a microsecond), while a set of a hundred patterns
# overflows RE2's DFA budget (8 MB) and rebuilds its automaton for every message (0.13 ms a message)
MIN_ANCHOR = 1
_PLAIN = re.compile(r"[^\\.\[\]{}()*+?^$|]+")  # characters that stand for themselves in a pattern


def _alternates_outside_groups(pattern: str) -> bool:
    """Whether a pattern has a | outside any group or class (a|b(c)): a match may then begin anywhere."""
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped or (in_class and char != "]"):
            escaped = False
            continue
        escaped, in_class = char == "\\", char == "[" or (in_class and char != "]")
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            return True
    return False


def leading_literals(pattern: str) -> list[str] | None:
    """The plain words one of which every match of a pattern begins with — its first group when each of its
    alternatives is plain text (「(屋上|おくじょう)(に|で)…」), or the whole pattern when it is plain — or None."""
    if _alternates_outside_groups(pattern):
        return None
    if pattern.startswith("(?:") or (pattern.startswith("(") and not pattern.startswith("(?")):
        close = pattern.find(")")
        body = pattern[3 if pattern.startswith("(?:") else 1:close]
        alternatives = body.split("|")
        if close < 0 or pattern[close + 1:close + 2] in ("?", "*", "{") or "(" in body:
            return None
        return alternatives if all(_PLAIN.fullmatch(word) for word in alternatives) else None
    return [pattern] if _PLAIN.fullmatch(pattern) else None


def _from(regex: re2._Regexp, form: str, starts: list[int]) -> Iterable:
    """The matches finditer would find, for a pattern whose every match begins at one of *starts*: each tried only
    there (an anchored match reads a few letters, not the whole message, and keeps its automaton small)."""
    end = 0
    for start in sorted(set(starts)):
        if start >= end and (match := regex.match(form, start)) is not None:
            end = match.end()
            yield match


class RegexHits:
    """Regexes with the literals they need (gap keywords) and staff RE2 patterns, matched as one."""

    def __init__(self) -> None:
        self._regexes: list[tuple[re.Pattern | re2._Regexp, Target]] = []
        self._anchors: Trie[int] = Trie()  # a gap keyword's first words → the index of its regex
        self._unanchored: list[int] = []
        self._at_words: set[int] = set()  # staff patterns matched only from where one of their first words begins
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
        """A staff pattern (compiled with RE2): one that begins with plain words runs where one of them appears, any
        other where the set of such patterns says it matches (a smaller set is a faster one)."""
        anchors = leading_literals(regex.pattern)
        if anchors and min(map(len, anchors)) >= MIN_ANCHOR:
            self._at_words.add(len(self._regexes))
            self.add_gap(regex, target, anchors)  # an RE2 regex finds as re does
            return
        self._patterns.append(len(self._regexes))
        self._regexes.append((regex, target))
        self._pattern_sources.append(regex)
        self._set_stale = True

    def _pattern_set(self) -> re2.Set | None:
        with self._lock:
            if self._set_stale:
                built = re2_budget.search_set()
                for source in self._pattern_sources:
                    built.Add(source.pattern)
                built.Compile()
                self._set, self._set_stale = built, False
        return self._set

    def hits(self, form: str) -> list[Hit]:
        """Every match of every regex in a folded message, with what it means."""
        chosen = set(self._unanchored)
        starts: dict[int, list[int]] = {}
        for start, _end, index in scan(self._anchors, form):
            chosen.add(index)
            starts.setdefault(index, []).append(start)
        if self._patterns:
            pattern_set = self._pattern_set() if self._set_stale else self._set
            matched = pattern_set.Match(form) if pattern_set is not None else None
            chosen.update(self._patterns[member] for member in matched or ())
        found: list[Hit] = []
        for index in sorted(chosen):
            regex, target = self._regexes[index]
            matches = _from(regex, form, starts[index]) if index in self._at_words else regex.finditer(form)
            found.extend((match.start(), match.end(), target) for match in matches)
        return found
