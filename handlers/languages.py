"""The language registry (locales/languages.yaml): codes, Babel locales, native names, LINE tags."""
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
SOURCE = "ja"
# resident.lang_source of a language read from a newcomer's short message that several languages write ("ok",
# "hi", "Oi"): answered in it, but LINE's profile, asked after the answer, corrects it (bot/line/inbox.py)
GUESSED = "guessed"


@dataclass(frozen=True)
class Language:
    """One language a resident can use."""

    code: str
    babel: str
    native: str
    line: tuple[str, ...]
    staff: str = "none"  # who speaks it at the centre: speaks, interpreter or none
    when: str = "{day} {time}"  # a day and a time as they read in a sentence ("{day} a las {time}")


@lru_cache(maxsize=1)
def languages() -> tuple[Language, ...]:
    """All supported languages, in menu order."""
    rows = yaml.safe_load((LOCALES_DIR / "languages.yaml").read_text(encoding="utf-8"))
    return tuple(Language(r["code"], r["babel"], r["native"], tuple(r.get("line") or ()), str(r.get("staff") or "none"),
                          str(r.get("when") or "{day} {time}")) for r in rows)


def codes() -> list[str]:
    """The language codes, Japanese first."""
    return [lang.code for lang in languages()]


def get(code: str | None) -> Language:
    """The language for *code*, or Japanese when unknown."""
    for lang in languages():
        if lang.code == code:
            return lang
    return languages()[0]


def from_line_tag(tag: str | None) -> str | None:
    """Map a LINE profile language tag (BCP 47) to our code, or None when we do not speak it."""
    if not tag:
        return None
    low = tag.lower()
    for lang in languages():
        if low in (t.lower() for t in lang.line):
            return lang.code
    primary = low.split("-")[0]
    for lang in languages():
        if primary in (t.lower() for t in lang.line):
            return lang.code
    return None


_TRIAGE_TO_CODE = {"zh": "zh-Hans", "pt": "pt-BR", "fil": "tl"}


def from_triage_tag(tag: str | None) -> str | None:
    """Map the classifier's primary language tag to our code."""
    if not tag:
        return None
    code = _TRIAGE_TO_CODE.get(tag, tag)
    return code if code in codes() else None


EASY_SPACES = 2  # words set apart by spaces, as Easy Japanese is taught and written (わかち書き)
EASY_KANJI_SHARE = 0.2  # of the Japanese letters: more kanji than this is ordinary written Japanese


def written_in_easy_japanese(text: str) -> bool:
    """Japanese written the way a learner writes it: words set apart by spaces, mostly kana (「わたしは にほんごが
    すこし わかります」) — the answer should come in Easy Japanese (やさしい日本語)."""
    words = text.replace("\u3000", " ").split()
    letters = [c for c in text if "\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff"]
    if len(words) <= EASY_SPACES or len(letters) < 6:
        return False
    kanji = sum(1 for c in letters if "\u4e00" <= c <= "\u9fff")
    japanese_words = sum(1 for w in words if any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in w))
    return japanese_words > EASY_SPACES and kanji <= EASY_KANJI_SHARE * len(letters)
