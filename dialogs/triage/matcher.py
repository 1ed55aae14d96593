"""Compile one language's keyword spec into a fast matcher, and find the labels a message carries.

Plain keywords go into a character trie (one pass over the message finds every keyword, overlapping
ones included); keywords with an inner ``*`` gap and staff regular expressions run as regexes.
Every hit has a span, so an ``exclude`` phrase cancels exactly the hits of its label that overlap it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator

from .lexicon import WILDCARD, LabelRules, LexiconSpec, Phrase
from .normalise import WORDS, clean, fold
from .readings import hiragana_reading

GAP_WORDS = 3  # "pay * rent": up to this many words in between
GAP_CHARACTERS = 10  # "家賃*払え": up to this many characters in between
_END = ""  # trie key marking "a keyword ends here"


@dataclass(frozen=True)
class _Target:
    """What a hit means: a label, or an exclusion for that label."""

    label: str
    exclude: bool = False


Hit = tuple[int, int, _Target]


def _scan(trie: dict, text: str) -> Iterator[Hit]:
    """Yield (start, end, target) for every trie keyword found anywhere in text."""
    length = len(text)
    for start in range(length):
        node = trie.get(text[start])
        end = start + 1
        while node is not None:
            targets = node.get(_END)
            if targets:
                for target in targets:
                    yield start, end, target
            if end >= length:
                break
            node = node.get(text[end])
            end += 1


def _insert(trie: dict, key: str, target) -> None:
    node = trie
    for char in key:
        node = node.setdefault(char, {})
    node.setdefault(_END, []).append(target)


def _closure(implies: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """Follow implies rules transitively (a → b → c gives a → {b, c})."""
    closed = {}
    for label in implies:
        seen: set[str] = set()
        todo = list(implies[label])
        while todo:
            target = todo.pop()
            if target not in seen:
                seen.add(target)
                todo.extend(implies.get(target, ()))
        closed[label] = frozenset(seen)
    return closed


class Matcher:
    """The compiled keyword data of one language."""

    def __init__(self, spec: LexiconSpec):
        self.lang = spec.lang
        self.scripts = spec.scripts
        self.mode = spec.matching
        self.marker_letters = frozenset(spec.marker_letters)
        self._characters = spec.fold_characters
        self._readings = spec.kana_readings
        self._implies = _closure(spec.implies)
        self._trie: dict = {}
        self._whole: dict[str, list[_Target]] = defaultdict(list)
        self._regexes: list[tuple[re.Pattern, _Target]] = []
        self._markers: dict = {}
        for rules in spec.rules:
            self._add_rules(rules)
        for marker in spec.markers:
            self._add_keyword(self._markers, marker, _Target("marker"))

    # -- building ---------------------------------------------------------------------------------

    def _add_rules(self, rules: LabelRules) -> None:
        match, exclude = _Target(rules.label), _Target(rules.label, exclude=True)
        for phrase in rules.keywords:
            self._add_keyword(self._trie, phrase, match)
        for phrase in rules.exclude:
            self._add_keyword(self._trie, phrase, exclude)
        for phrase in rules.whole_message:
            for variant in self._variants(clean(phrase.text)):
                self._whole[fold(variant, self.mode, self._characters)].append(match)
        for phrase in rules.patterns:
            self._regexes.append((phrase.regex, match))

    def _variants(self, cleaned: str) -> list[str]:
        """The cleaned text, plus its kana reading when this language asks for readings."""
        reading = hiragana_reading(cleaned) if self._readings else None
        return [cleaned, reading] if reading else [cleaned]

    def _fold_part(self, part: str) -> list[str]:
        return [fold(variant, self.mode, self._characters).strip() for variant in self._variants(clean(part))]

    def _add_keyword(self, trie: dict, phrase: Phrase, target: _Target) -> None:
        parts = phrase.text.split(WILDCARD)
        leading, trailing = not parts[0].strip(), not parts[-1].strip()
        inner = [part for part in parts if part.strip()]
        words = self.mode == WORDS
        if len(inner) == 1:
            for core in self._fold_part(inner[0]):
                key = core if not words else ("" if leading else " ") + core + ("" if trailing else " ")
                _insert(trie, key, target)
            return
        self._regexes.append((self._gap_regex(parts, leading, trailing), target))

    def _gap_regex(self, parts: list[str], leading: bool, trailing: bool) -> re.Pattern:
        """A keyword with '*' between words ("pay * rent") or characters ("家賃*払え")."""
        words = self.mode == WORDS
        pieces = []
        for index, part in enumerate(parts):
            if not part.strip():
                continue
            if pieces:
                spaced = parts[index - 1].endswith(" ") or part.startswith(" ")
                if not words:
                    pieces.append(f".{{0,{GAP_CHARACTERS}}}?")
                elif spaced:
                    pieces.append(f"(?: \\S+){{0,{GAP_WORDS}}} ")
                else:
                    pieces.append("\\S*")
            pieces.append("(?:" + "|".join(re.escape(core) for core in self._fold_part(part)) + ")")
        if words:
            pieces.insert(0, "\\S*" if leading else " ")
            pieces.append("" if trailing else "(?= )")
        return re.compile("".join(pieces))

    # -- matching ---------------------------------------------------------------------------------

    def form(self, cleaned: str) -> str:
        """The message as this language's keywords are matched against it."""
        return fold(cleaned, self.mode, self._characters)

    def labels(self, form: str) -> set[str]:
        """Every label whose keywords occur in the form (exclusions applied, implied labels added)."""
        hits: list[Hit] = list(_scan(self._trie, form))
        for regex, target in self._regexes:
            hits.extend((found.start(), found.end(), target) for found in regex.finditer(form))
        hits.extend((0, len(form), target) for target in self._whole.get(form, ()))
        excluded = defaultdict(list)
        for start, end, target in hits:
            if target.exclude:
                excluded[target.label].append((start, end))
        found = set()
        for start, end, target in hits:
            if target.exclude or target.label in found:
                continue
            if not any(low < end and start < high for low, high in excluded.get(target.label, ())):
                found.add(target.label)
        for label in list(found):
            found |= self._implies.get(label, frozenset())
        return found

    def marker_score(self, cleaned: str, form: str) -> int:
        """How strongly a message looks like this language: marker words plus marker letters."""
        letters = sum(1 for char in cleaned if char in self.marker_letters) if self.marker_letters else 0
        return letters + sum(1 for _ in _scan(self._markers, form))
