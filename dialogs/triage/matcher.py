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

from .lexicon import WILDCARD, LabelRules, LexiconSpec, Phrase, compile_pattern
from .normalise import ACCENTS_EXACT, WORDS, clean, fold, has_accents
from .readings import hiragana_reading, prepare as prepare_readings

GAP_WORDS = 3  # "pay * rent": up to this many words in between
GAP_CHARACTERS = 10  # "家賃*払え": up to this many characters in between
_END = ""  # trie key marking "a keyword ends here"


@dataclass(frozen=True)
class _Target:
    """What a hit means: a label, or an exclusion for that label."""

    label: str
    exclude: bool = False


Hit = tuple[int, int, _Target]
_MARKER = _Target("marker")


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


def _insert(trie: dict, key: str, target: _Target) -> None:
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


class _Index:
    """A language's keywords compiled for one way of folding text (accents ignored or kept)."""

    def __init__(self, spec: LexiconSpec, keep_accents: bool):
        self.mode = spec.matching
        self.keep_accents = keep_accents
        self._characters = spec.fold_characters
        self._readings = spec.kana_readings
        self.trie: dict = {}
        self.whole: dict[str, list[_Target]] = defaultdict(list)
        self.regexes: list[tuple[re.Pattern, _Target]] = []
        for rules in spec.rules:
            self._add_rules(rules)

    def form(self, cleaned: str, characters: dict[int, str] | None = None) -> str:
        """A cleaned text folded the way this index's keywords are."""
        table = self._characters if characters is None else characters
        return fold(cleaned, self.mode, table, self.keep_accents)

    def _add_rules(self, rules: LabelRules) -> None:
        match, exclude = _Target(rules.label), _Target(rules.label, exclude=True)
        for phrase in rules.keywords:
            self.add_keyword(self.trie, phrase, match)
        for phrase in rules.exclude:
            self.add_keyword(self.trie, phrase, exclude)
        for phrase in rules.whole_message:
            for variant in self._variants(clean(phrase.text)):
                self.whole[self.form(variant)].append(match)
        for phrase in rules.patterns:
            regex = compile_pattern(phrase.text, self.mode, self._characters, self.keep_accents)
            self.regexes.append((regex, match))

    def _variants(self, cleaned: str) -> list[str]:
        """The cleaned text, plus its kana reading when this language asks for readings."""
        reading = hiragana_reading(cleaned) if self._readings else None
        return [cleaned, reading] if reading else [cleaned]

    def fold_part(self, part: str, characters: dict[int, str] | None = None) -> list[str]:
        """One piece of a keyword as it is matched (plus its kana reading), without padding."""
        return [self.form(variant, characters).strip() for variant in self._variants(clean(part))]

    def add_keyword(
        self, trie: dict, phrase: Phrase, target: _Target, characters: dict[int, str] | None = None
    ) -> None:
        """Put a keyword into the trie, or compile it as a regex when it has an inner '*' gap."""
        parts = phrase.text.split(WILDCARD)
        leading, trailing = not parts[0].strip(), not parts[-1].strip()
        inner = [part for part in parts if part.strip()]
        if len(inner) == 1:
            for core in self.fold_part(inner[0], characters):
                if self.mode == WORDS:
                    core = ("" if leading else " ") + core + ("" if trailing else " ")
                _insert(trie, core, target)
            return
        self.regexes.append((self._gap_regex(parts, leading, trailing), target))

    def _gap_regex(self, parts: list[str], leading: bool, trailing: bool) -> re.Pattern:
        """A keyword with an inner '*': alone between words it spans up to GAP_WORDS words
        ("pay * rent"); attached to a word it is any ending ("end* my life"); in languages
        matched anywhere it spans up to GAP_CHARACTERS characters ("家賃*払え")."""
        words = self.mode == WORDS
        pieces = []
        for index, part in enumerate(parts):
            if not part.strip():
                continue
            if pieces:
                before, after = parts[index - 1].endswith(" "), part.startswith(" ")
                if not words:
                    pieces.append(f".{{0,{GAP_CHARACTERS}}}?")
                elif before and after:
                    pieces.append(f" (?:\\S+ ){{0,{GAP_WORDS}}}")
                else:
                    pieces.append((" " if before else "") + "\\S*" + (" " if after else ""))
            pieces.append("(?:" + "|".join(re.escape(core) for core in self.fold_part(part)) + ")")
        if words:
            pieces.insert(0, "\\S*" if leading else " ")
            pieces.append("" if trailing else "(?= )")
        return re.compile("".join(pieces))

    def labels(self, form: str) -> set[str]:
        """Every label whose keywords occur in the form, exclusions applied."""
        hits: list[Hit] = list(_scan(self.trie, form))
        for regex, target in self.regexes:
            hits.extend((found.start(), found.end(), target) for found in regex.finditer(form))
        hits.extend((0, len(form), target) for target in self.whole.get(form, ()))
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
        return found


def _reading_candidates(spec: LexiconSpec) -> set[str]:
    """Every keyword piece whose kana reading the indexes will ask for."""
    phrases = [*spec.markers]
    for rules in spec.rules:
        phrases += [*rules.keywords, *rules.exclude]
    texts = {clean(part) for phrase in phrases for part in phrase.text.split(WILDCARD) if part.strip()}
    return texts | {clean(phrase.text) for rules in spec.rules for phrase in rules.whole_message}


class Matcher:
    """The compiled keyword data of one language."""

    def __init__(self, spec: LexiconSpec):
        self.lang = spec.lang
        self.scripts = spec.scripts
        self.mode = spec.matching
        self.marker_letters = frozenset(spec.marker_letters)
        self._implies = _closure(spec.implies)
        if spec.kana_readings:
            prepare_readings(_reading_candidates(spec))
        self._loose = _Index(spec, keep_accents=False)
        self._exact = _Index(spec, keep_accents=True) if spec.accents == ACCENTS_EXACT else None
        self._markers: dict = {}
        for marker in spec.markers:
            self._loose.add_keyword(self._markers, marker, _MARKER, characters={})
        self._markers_folded = bool(spec.fold_characters)

    def form(self, cleaned: str) -> str:
        """The message folded as this language's keywords are (accents ignored)."""
        return self._loose.form(cleaned)

    def labels(self, cleaned: str, form: str | None = None) -> set[str]:
        """Every label this language's keywords find in a cleaned message, implied labels added.

        With ``accents: exact_when_written`` a message typed with accents must match the accents
        of the keywords (Vietnamese "nợ" is not "nó"); a message typed without any is matched
        with accents ignored on both sides.
        """
        if self._exact is not None and has_accents(cleaned):
            found = self._exact.labels(self._exact.form(cleaned))
        else:
            found = self._loose.labels(form if form is not None else self.form(cleaned))
        for label in list(found):
            found |= self._implies.get(label, frozenset())
        return found

    def marker_score(self, cleaned: str, form: str) -> int:
        """How strongly a message looks like this language: marker words plus marker letters.

        Markers are matched as written, without ``fold_characters`` (a traditional character that
        Japanese shares must not count as a Chinese marker once folded to its simplified form).
        """
        letters = sum(1 for char in cleaned if char in self.marker_letters) if self.marker_letters else 0
        marker_form = self._loose.form(cleaned, characters={}) if self._markers_folded else form
        return letters + sum(1 for _ in _scan(self._markers, marker_form))
