"""Japanese morphology: a message split into words (tokens) with their lemmas and readings.

SudachiPy (Apache-2.0) with its small dictionary, installed from PyPI and read offline. Keywords are
matched only where a word begins or ends (家賃 in 家賃滞納, 痛 in 腰痛), so 蹴って no longer fires inside
でてけって nor 生きる inside 学生きた; each
token's lemma (normalised dictionary form: しに → 死ぬ, 払え → 払う) gives a second text on which keywords
match whatever the conjugation or spelling; and readings of kanji keywords (家賃 → やちん) come from
the same dictionary, so a message typed in hiragana still matches.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from .normalise import ANYWHERE, fold_letters

DICTIONARY = "small"  # sudachidict_small: ~110 MB on disk, memory-mapped (pages shared between workers)
UNSAID = ("助詞", "補助記号", "空白")  # particles are often dropped in chat: the lemma text leaves them out
SEPARATOR = "\x1f"  # joins lemmas into one text; never inside a cleaned message
_local = threading.local()  # a Sudachi tokenizer is not safe to share between threads
# (surface, normalised form, reading, part of speech, known, in dictionary form) of each morpheme
Morpheme = tuple[str, str, str, str, bool, bool]
# the keywords' analyses, shipped (keyword_analyses.py) and used while a classifier is built: compiling the
# keyword lists then reads nothing of the dictionary, whose pages stay out of the worker's memory
_precomputed: dict[str, list] = {}
_recorder: set[str] | None = None


@lru_cache(maxsize=1)
def _dictionary():
    from sudachipy import Dictionary  # imported here: the dictionary loads on first use

    return Dictionary(dict=DICTIONARY)


def _tokenizer():
    tokenizer = getattr(_local, "tokenizer", None)
    if tokenizer is None:
        from sudachipy import SplitMode

        tokenizer = _local.tokenizer = _dictionary().tokenizer(mode=SplitMode.A)
    return tokenizer


HONORIFICS = ("お", "ご")
SMALL_VOWELS = frozenset("ァィゥェォ")  # ファ, ティ, ウィ in katakana: sounds of loanwords, in no reading of a kanji word


def _katakana_to_hiragana(text: str) -> str:
    return fold_letters(text, ANYWHERE)


@dataclass(frozen=True)
class Token:
    """One word of a message: where it is in the folded text, its lemma, reading and part of speech."""

    start: int
    end: int
    surface: str
    lemma: str
    reading: str
    pos: str
    known: bool
    whole: bool = True  # written in its dictionary form (ない, 死ぬ), not a conjugated stem (食べれ, しに)


@dataclass(frozen=True)
class Analysis:
    """A message as words: the folded text (no spaces), the positions where words begin, the lemma text."""

    form: str
    tokens: tuple[Token, ...]
    starts: frozenset[int]
    ends: dict[int, int]  # where a word ends → where it begins
    lemma_form: str  # lemmas joined by SEPARATOR, which also opens and closes it
    lemma_spans: tuple[tuple[int, int, int], ...]  # (start in lemma_form, surface start, surface end)
    breaks: frozenset[int] = frozenset()  # where a sentence ended before a space or punctuation (gone from the form)
    # words spelt with a small vowel (ファンデ, ティッシュ): a loanword's sound, never a kanji word typed in kana
    loanwords: tuple[tuple[int, int], ...] = ()

    def breaks_within(self, start: int, end: int) -> bool:
        """Whether a span of the form runs across a place where the message had a break."""
        return any(start < position < end for position in self.breaks)

    def surface_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the folded text covered by the lemmas in a span of the lemma text."""
        covered = [(low, high) for at, low, high in self.lemma_spans if start <= at < end]
        if not covered:
            return 0, len(self.form)
        return covered[0][0], covered[-1][1]

    def on_word(self, start: int, end: int) -> bool:
        """Whether a span begins a word, or is the tail of one word (痛 in 腰痛, not けって in でてけって)."""
        return start in self.starts or self.ends.get(end, end) <= start

    def in_loanword(self, start: int, end: int) -> bool:
        """Whether a span lies in a word spelt with a small vowel kana (ファンデ: no kanji reading holds ふぁ)."""
        return any(low <= start and end <= high for low, high in self.loanwords)

    def particles_only(self, start: int, end: int) -> bool:
        """Whether a span is made only of particles and endings (に·と, where ニート folds to にと)."""
        covered = [token for token in self.tokens if start <= token.start and token.end <= end]
        return bool(covered) and covered[0].start == start and covered[-1].end == end and all(
            token.pos in ("助詞", "助動詞") for token in covered)

    def after_honorific(self, start: int) -> bool:
        """Whether a word at *start* follows the honorific お/ご (おとうさん, おかあさん): a kanji word typed in kana
        there is not one read by its sound (お·とうさん is a father, never 倒産 "bankruptcy")."""
        return any(token.end == start and token.pos == "接頭辞" and token.surface in HONORIFICS
                   for token in self.tokens)

    def lemma_starts(self) -> frozenset[int]:
        """Positions in the lemma text where a lemma begins."""
        return frozenset(start for start, _, _ in self.lemma_spans)


def _fold_token(surface: str) -> str:
    return _katakana_to_hiragana(surface).replace(" ", "")


@contextmanager
def precomputed(table: dict[str, list]) -> Iterator[None]:
    """While building: take the analyses of these texts from the table instead of the dictionary."""
    global _precomputed
    previous, _precomputed = _precomputed, table
    try:
        yield
    finally:
        _precomputed = previous


@contextmanager
def recording(texts: set[str]) -> Iterator[None]:
    """While building: note every text the dictionary is asked to analyse (to write the table)."""
    global _recorder
    previous, _recorder = _recorder, texts
    try:
        yield
    finally:
        _recorder = previous


def morphemes(cleaned: str) -> list[Morpheme]:
    """The dictionary's morphemes of a cleaned text (from the shipped table while a classifier is built)."""
    rows = _precomputed.get(cleaned)
    if rows is not None:
        return [tuple(row) for row in rows]
    if _recorder is not None:
        _recorder.add(cleaned)
    return [(m.surface(), m.normalized_form(), m.reading_form(), m.part_of_speech()[0], not m.is_oov(),
             m.surface() == m.dictionary_form()) for m in _tokenizer().tokenize(cleaned)]


def analyse(cleaned: str) -> Analysis:
    """Split a cleaned message into words; offsets refer to the folded text this returns."""
    return _analyse(cleaned)


@lru_cache(maxsize=64)  # a message read twice in one turn (and keywords while the matcher is built); 512 held ~4 MB
def _analyse(cleaned: str) -> Analysis:
    tokens: list[Token] = []
    starts, ends, spans, breaks, loanwords = set(), {}, [], set(), []
    form_parts, lemma_parts = [], [SEPARATOR]
    position, lemma_position = 0, 1
    for written, normalised, read, pos, known, whole in morphemes(cleaned):
        surface = _fold_token(written)
        if not surface:
            # a sentence ended (…ました。, …がない。): a space after a word stem does not
            if tokens and (tokens[-1].pos == "助動詞" or tokens[-1].surface in ("ない", "無い") and tokens[-1].pos == "形容詞"):
                breaks.add(position)
            continue
        lemma = _fold_token(normalised) or surface
        token = Token(position, position + len(surface), surface, lemma, _katakana_to_hiragana(read), pos, known, whole)
        tokens.append(token)
        if SMALL_VOWELS.intersection(written):
            loanwords.append((token.start, token.end))
        starts.add(position)
        ends[token.end] = token.start
        form_parts.append(surface)
        position += len(surface)
        if token.pos not in UNSAID:  # 生きるのしんどい and 生きるのがしんどい read the same
            spans.append((lemma_position, token.start, token.end))
            lemma_parts.append(lemma + SEPARATOR)
            lemma_position += len(lemma) + 1
    return Analysis("".join(form_parts), tuple(tokens), frozenset(starts), ends, "".join(lemma_parts), tuple(spans),
                    frozenset(breaks), tuple(loanwords))


def reading(text: str) -> str:
    """The hiragana reading of a (cleaned) keyword, as the dictionary reads it (家賃 → やちん)."""
    return "".join(token.reading for token in _analyse(text).tokens)


def lemmas(text: str) -> tuple[str, ...]:
    """The lemmas of a (cleaned) keyword's words, particles left out (家賃を払う → 家賃, 払う)."""
    return tuple(token.lemma for token in _analyse(text).tokens if token.pos not in UNSAID)


CONJUGATING = ("動詞", "形容詞", "助動詞")
NEGATIONS = frozenset({"無い", "ない", "ぬ", "ず", "ん"})  # lemmas that turn the words before them around
# Endings whose lemma loses what they say (たら, ば: "if"; た: past): a phrase is not matched by its
# lemmas through them (死ねたら as 死ぬ·た would find 死んだ, "died").
TENSE_ENDINGS = frozenset({"た", "だ", "て", "で", "ば", "たら", "ら", "う", "よう", "ます", "です"})


def is_function_word(pos: str) -> bool:
    """Particles, auxiliaries, conjunctions and symbols: words that say nothing alone."""
    return pos in ("助詞", "助動詞", "接続詞", "補助記号", "空白", "記号")
