"""Text normalisation: the one place that decides how messages and keywords are simplified.

Messages and keywords go through the same functions, so a keyword written with kanji, full-width
letters, katakana or accents still matches a message typed another way.

- ``clean``            NFKC, lowercase, emoji/punctuation/symbols become spaces, apostrophes vanish
- ``fold`` (anywhere)  for languages matched anywhere in the text (ja, zh, ko, th, my, ne):
                       spaces removed, katakana→hiragana, "ー" dropped, small vowels enlarged
- ``fold`` (words)     for languages written with spaces (en, vi, es…): accents removed (unless
                       the language keeps them, see ``accents`` in the data files), text padded
                       with one space on each side so " word " marks a whole word
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Mapping

ANYWHERE = "anywhere"
WORDS = "words"
MATCHING_MODES = (ANYWHERE, WORDS)
ACCENTS_IGNORED = "ignore"
ACCENTS_EXACT = "exact_when_written"
ACCENT_MODES = (ACCENTS_IGNORED, ACCENTS_EXACT)

_APOSTROPHES = "'\u2019\u2018`\u00b4\u02bc"
LONG_VOWEL = _LONG_VOWEL = "\u30fc"  # ー (also what NFKC makes of the half-width ｰ)
_SMALL_VOWELS = str.maketrans("ぁぃぅぇぉ", "あいうえお")
_KATAKANA_START, _KATAKANA_END = 0x30A1, 0x30F6
_KANA_OFFSET = 0x60
_REPEATS = re.compile(r"([^\W\d])\1{2,}")  # "soooo" → "so"; digits ("1000") are kept
_SPACES = re.compile(r"\s+")


class _NoiseTable(dict):
    """str.translate table that maps punctuation, symbols, emoji and controls to a space (cached per character)."""

    def __missing__(self, code: int):
        char = chr(code)
        if char in _APOSTROPHES:
            value = None
        else:
            category = unicodedata.category(char)
            value = " " if category[0] in "PSZC" else char
        self[code] = value
        return value


class _LatinFoldTable(dict):
    """str.translate table that strips accents from Latin letters only (Devanagari, Thai… keep their marks)."""

    def __missing__(self, code: int):
        char = chr(code)
        value = char
        if 0xC0 <= code <= 0x24F or 0x1E00 <= code <= 0x1EFF:
            base = unicodedata.normalize("NFD", char)[0]
            if base.isascii():
                value = base
        if char == "đ":
            value = "d"
        self[code] = value
        return value


@lru_cache(maxsize=1)
def _noise_table() -> _NoiseTable:
    return _NoiseTable()


@lru_cache(maxsize=1)
def _latin_fold_table() -> _LatinFoldTable:
    return _LatinFoldTable()


def clean(text: str) -> str:
    """NFKC-normalise, lowercase, turn emoji/punctuation/symbols into single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(_noise_table())
    return _SPACES.sub(" ", text).strip()


def katakana_to_hiragana(text: str) -> str:
    """Write katakana as hiragana (クビ → くび)."""
    return "".join(
        chr(ord(c) - _KANA_OFFSET) if _KATAKANA_START <= ord(c) <= _KATAKANA_END else c for c in text
    )


def fold_letters(
    text: str, mode: str, characters: Mapping[int, str] | None = None, keep_accents: bool = False
) -> str:
    """Fold letters only (no spacing changes): kana or accents, plus a language's own character map."""
    if characters:
        text = text.translate(characters)
    if mode == ANYWHERE:
        return katakana_to_hiragana(text).replace(_LONG_VOWEL, "").translate(_SMALL_VOWELS)
    return text if keep_accents else text.translate(_latin_fold_table())


def has_accents(cleaned: str) -> bool:
    """Whether a cleaned text has any accented Latin letter (é, ã, ệ, đ…)."""
    return cleaned.translate(_latin_fold_table()) != cleaned


def fold(
    cleaned: str, mode: str, characters: Mapping[int, str] | None = None, keep_accents: bool = False
) -> str:
    """Fold an already ``clean``ed text into the form keywords of a language are matched against."""
    text = _REPEATS.sub(r"\1", fold_letters(cleaned, mode, characters, keep_accents))
    if mode == ANYWHERE:
        return text.replace(" ", "")
    return f" {text} " if text else ""


def normalise(
    text: str, mode: str, characters: Mapping[int, str] | None = None, keep_accents: bool = False
) -> str:
    """``clean`` then ``fold``: the matching form of a message or of a keyword."""
    return fold(clean(text), mode, characters, keep_accents)


_DRAWN_OUT = str.maketrans({c: _LONG_VOWEL for c in "~〜～…‥-－ｰ・"})
_DOTS = re.compile(r"[.。、,]{2,}")  # "hmm..." 「嗯。。」: trailing off (one full stop ends a sentence: 「嗯。」 is a yes)
_SAME_RUN = re.compile(r"(.)\1+")


def filler_form(text: str) -> str:
    """The form a hesitation (「うーん」 "hmm…" 「嗯…」) is compared in: like ``clean`` but a drawn-out sound is kept
    as one "ー" (so 「うーん」 is not 「うん」), spaces and other marks dropped, a letter held longer counted once."""
    text = _DOTS.sub(_LONG_VOWEL, unicodedata.normalize("NFKC", text).casefold()).translate(_DRAWN_OUT)
    text = katakana_to_hiragana("".join(c for c in text if c == _LONG_VOWEL or unicodedata.category(c)[0] not in "PSZC"))
    return _SAME_RUN.sub(r"\1", text)
