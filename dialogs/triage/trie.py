"""The character trie that finds every keyword of a language in one pass over a message, and what each
hit means (a label, an exclusion or a scope word, with the file entry that made it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Iterator, TypeVar

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
    """Keywords found in one pass over a message: every prefix of every key is kept in a set, and the
    complete keys map to their targets. A set of strings holds the same trie in about a third of the
    memory a tree of dictionaries takes (a worker carries twelve languages of keywords)."""

    __slots__ = ("prefixes", "ends")

    def __init__(self) -> None:
        self.prefixes: set[str] = set()
        self.ends: dict[str, list[T]] = {}

    def insert(self, key: str, target: T) -> None:
        """Add a key (and all its prefixes) with what it means."""
        for end in range(1, len(key) + 1):
            self.prefixes.add(key[:end])
        self.ends.setdefault(key, []).append(target)

    def keys(self) -> Iterator[str]:
        """Every complete key."""
        return iter(self.ends)


def scan(trie: Trie[T], text: str) -> Iterator[tuple[int, int, T]]:
    """Yield (start, end, target) for every trie keyword found anywhere in text."""
    length = len(text)
    prefixes, ends = trie.prefixes, trie.ends
    for start in range(length):
        end = start + 1
        while end <= length:
            piece = text[start:end]
            if piece not in prefixes:
                break
            targets = ends.get(piece)
            if targets:
                for target in targets:
                    yield start, end, target
            end += 1



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
    prefixes, ends = trie.prefixes, trie.ends
    for start in range(length):
        end = start + 1
        while end <= length:
            piece = text[start:end]
            opened = _opened(piece[-1]) if end - start >= 2 else None
            if opened is not None:
                for target in ends.get(piece[:-1] + opened, ()):
                    yield start, end, target
            if piece not in prefixes:
                break
            end += 1
