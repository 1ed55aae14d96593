"""Kana readings of Japanese keywords (家賃 → やちん), so hiragana-only messages still match."""

from __future__ import annotations

from functools import lru_cache

MIN_READING_LENGTH = 3  # shorter readings (家 → いえ) would match inside unrelated words


def _has_kanji(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or c == "\u3005" for c in text)


@lru_cache(maxsize=1)
def _converter():
    import pykakasi  # imported here: loading its dictionaries takes a moment

    return pykakasi.kakasi()


def hiragana_reading(text: str) -> str | None:
    """The hiragana reading of a keyword with kanji, or None when it has none worth matching."""
    if len(text) < 2 or not _has_kanji(text):
        return None
    reading = "".join(part["hira"] for part in _converter().convert(text))
    if len(reading) < MIN_READING_LENGTH or _has_kanji(reading):
        return None
    return reading
