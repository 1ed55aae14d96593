"""The character trie that finds every keyword of a language in one pass over a message, and what each
hit means (a label, an exclusion or a scope word, with the file entry that made it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Iterator, TypeVar

import ahocorasick

from .lexicon.spec import Phrase


@dataclass(frozen=True, eq=False)
class Target:
    """What a hit means: a label, or an exclusion for that label, and the entry that says so."""

    label: str
    exclude: bool = False
    phrase: Phrase | None = None
    kind: str = "keyword"  # keyword, reading, lemma, pattern, whole_message


Hit = tuple[int, int, Target]
T = TypeVar("T")


class Trie(Generic[T]):
    """Keywords found in one pass over a message by an Aho-Corasick automaton (pyahocorasick, in C): every
    occurrence of every key, overlapping ones included, in time linear in the message. The automaton is built
    on the first scan after keys were added (the keys are added once, when a language's keywords compile)."""

    __slots__ = ("ends", "_automaton")

    def __init__(self) -> None:
        self.ends: dict[str, list[T]] = {}
        self._automaton: ahocorasick.Automaton | None = None

    def insert(self, key: str, target: T) -> None:
        """Add a key with what it means."""
        if key not in self.ends:
            self.ends[key] = []
            self._automaton = None
        self.ends[key].append(target)

    def keys(self) -> Iterator[str]:
        """Every complete key."""
        return iter(self.ends)

    def automaton(self) -> ahocorasick.Automaton | None:
        """The automaton of the keys (None when there are none)."""
        automaton = self._automaton
        if automaton is None and self.ends:
            automaton = ahocorasick.Automaton()
            for key, targets in self.ends.items():
                automaton.add_word(key, (len(key), targets))
            automaton.make_automaton()
            self._automaton = automaton
        return automaton

    def begins(self, piece: str) -> bool:
        """Some key begins with *piece* (or is it)."""
        automaton = self.automaton()
        return automaton is not None and automaton.match(piece)


def scan(trie: Trie[T], text: str) -> Iterator[tuple[int, int, T]]:
    """Yield (start, end, target) for every trie keyword found anywhere in text, by start, then end."""
    automaton = trie.automaton()
    if automaton is None or not text:
        return
    found = sorted((last + 1 - length, last + 1, targets) for last, (length, targets) in automaton.iter(text))
    for start, end, targets in found:
        for target in targets:
            yield start, end, target


def _opened(char: str) -> str | None:
    """A Hangul syllable without its final consonant (릴 → 리, 었 → 어), or None when it has none."""
    code = ord(char) - 0xAC00
    if 0 <= code < 11172 and code % 28:
        return chr(0xAC00 + code - code % 28)
    return None


def batchim_scan(trie: Trie, text: str) -> Iterator[Hit]:
    """Korean stems: a keyword ending in an open syllable (뛰어내리, 목을 매) also found where that syllable
    carries a final consonant of an ending (뛰어내릴까, 목을 맨) — Hangul writes the ending into the syllable."""
    length = len(text)
    ends = trie.ends
    for start in range(length):
        end = start + 1
        while end <= length:
            piece = text[start:end]
            opened = _opened(piece[-1]) if end - start >= 2 else None
            if opened is not None:
                for target in ends.get(piece[:-1] + opened, ()):
                    yield start, end, target
            if not trie.begins(piece):
                break
            end += 1
