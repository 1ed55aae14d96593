"""Tell which language a message is written in: first by script, then by marker words.

Kana means Japanese, Hangul Korean, Thai script Thai, and so on. Where several languages share a
script (Latin: en, vi, tl, pt, es, id; Han: zh and ja) each language scores its marker words and
letters plus the labels its keywords find; the highest wins. A tie goes to the caller's hint, then
to a language written mainly in that script, then to the order of the files.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .labels import SITUATIONS
from .matcher import Matcher
from .message import Message
from .normalise import has_accents

DEFAULT_LANG = "ja"
LINGUA_FRANCA = "en"  # the words residents of every language type in Latin letters ("no", "ok", "yes")
TOKEN_TOO_SHORT = 3  # one word of this many letters or fewer ("OK", "NG", "hi", "SOS") tells no language
STRONG_EVIDENCE = 2  # a hint is overruled only by at least this many markers of another language
# the hint stands while its own evidence is at least a quarter of the best language's: two English-looking words in
# a Vietnamese sentence full of its letters and keywords (「Tôi không có gì để ăn hôm nay」) do not make it English
OVERRULED_BELOW = 4
SHORT_WORDS = 3  # a message this short is another language only when all its words are that language's ("see ya")
SITUATIONS_SET = frozenset(SITUATIONS)
_WEIGHTS = {"kana": 2, "han": 3, "hangul": 3}  # one CJK character says about as much as a short word
_RANGES = (
    ("kana", 0x3040, 0x30FF),
    ("kana", 0x31F0, 0x31FF),
    ("han", 0x3400, 0x4DBF),
    ("han", 0x4E00, 0x9FFF),
    ("han", 0xF900, 0xFAFF),
    ("han", 0x3005, 0x3007),
    ("han", 0x20000, 0x2FFFF),
    ("hangul", 0xAC00, 0xD7AF),
    ("hangul", 0x1100, 0x11FF),
    ("hangul", 0x3130, 0x318F),
    ("thai", 0x0E00, 0x0E7F),
    ("myanmar", 0x1000, 0x109F),
    ("myanmar", 0xA9E0, 0xA9FF),
    ("myanmar", 0xAA60, 0xAA7F),
    ("devanagari", 0x0900, 0x097F),
    ("latin", 0x0061, 0x007A),
    ("latin", 0x00C0, 0x024F),
    ("latin", 0x1E00, 0x1EFF),
)


@dataclass(frozen=True)
class Detection:
    """The language a message is read as, and every language whose keywords should be tried."""

    lang: str
    lexicons: tuple[str, ...]
    # False when nothing in the words tells the language: letters of a shared script without one marker
    # word ("OK", "NG", a name, a URL, "xxxx"), or no letters at all. Such a message never changes the
    # resident's language and is read in the hinted one.
    sure: bool = True
    # True when the letters alone tell the language, however short the message: a script only one of our
    # languages writes (Hangul, Thai, Devanagari, Myanmar), or Han without kana holding a character or word
    # only Chinese uses (我, 吗, 们). Kana is not: 「はい」 is typed by every resident in Japan.
    decisive: bool = False


@lru_cache(maxsize=8192)
def script_of(char: str) -> str | None:
    """The script of one character, or None for digits, marks and anything unknown."""
    code = ord(char)
    for script, low, high in _RANGES:
        if low <= code <= high:
            return script
    return None


def script_counts(cleaned: str) -> Counter:
    """How many letters of each script a (cleaned) message has."""
    return Counter(script for script in map(script_of, cleaned) if script is not None)


def primary_script(counts: Counter) -> str | None:
    """The script the message is mostly written in; Han counts as kana once any kana appears."""
    weighted = Counter({script: count * _WEIGHTS.get(script, 1) for script, count in counts.items()})
    if weighted["kana"]:
        weighted["kana"] += weighted.pop("han", 0)
    return max(weighted, key=weighted.__getitem__) if weighted else None


UNDECIDED_SCRIPTS = frozenset({"latin", "kana"})


def decisive_language(script: str | None, candidates: Sequence[Matcher], message: Message) -> Matcher | None:
    """The one language the letters of a message can only be: see Detection.decisive."""
    if script is None or script in UNDECIDED_SCRIPTS:
        return None
    if len(candidates) == 1:
        return candidates[0]
    marked = [m for m in candidates if m.marker_score(message.cleaned, message.form(m)) > 0]
    # Japanese written in kanji alone (「生活保護」) is no sign: an English reader may copy an office's word
    return marked[0] if len(marked) == 1 and marked[0].scripts[:1] == (script,) else None


def language_score(message: Message, matcher: Matcher) -> int:
    """How much a message looks like one language: its marker words and letters, plus twice the labels
    its keywords find (a message is most likely in the language it makes sense in), plus two when the whole
    message is one this language lists as a whole ("ayuda", "auxilio": a Spanish cry, not the Tagalog or
    Portuguese word for a benefit that a sentence of theirs would hold)."""
    reading = message.reading(matcher)
    whole = any(item.kind == "whole_message" and not item.excluded_by for item in reading.evidence)
    # a situation its keywords name counts as well ("saklolo", a Tagalog cry for help, names no topic)
    labels = message.labels(matcher) | (reading.labels & SITUATIONS_SET)
    return message.marker_score(matcher) + 2 * len(labels) + (2 if whole else 0)


def detect(message: Message, matchers: Sequence[Matcher], hint: str | None = None) -> Detection:
    """Pick the language of a message; honour the hint when the text plausibly is in it."""
    by_lang = {matcher.lang: matcher for matcher in matchers}
    hinted = by_lang.get(hint) if hint else None
    script = primary_script(script_counts(message.wording))
    if hinted is not None and script not in hinted.scripts:
        # Nepali chosen, typed in Latin letters: the hint is the file of that language in that script (ne-latn)
        hinted = next((m for m in matchers if m.lang.startswith(f"{hint}-") and script in m.scripts), hinted)
    candidates = [matcher for matcher in matchers if script in matcher.scripts] if script else []
    if not candidates:
        lang = hinted.lang if hinted else DEFAULT_LANG if DEFAULT_LANG in by_lang else matchers[0].lang
        return Detection(lang, (lang,) if lang in by_lang else (), sure=False)
    only = decisive_language(script, candidates, message)
    if only is not None:
        # the hinted language's keywords are tried too: a sign is never lost to the choice of language
        also = (hinted.lang,) if hinted is not None and hinted is not only and script in hinted.scripts else ()
        return Detection(only.lang, (only.lang, *also), decisive=True)
    # Where several languages share the script, each scores its marker words and letters plus
    # the labels its own keywords find (a message is most likely in the language it makes sense in).
    several = len(candidates) > 1
    scores = {m.lang: language_score(message, m) if several else 0 for m in candidates}
    order = {matcher.lang: index for index, matcher in enumerate(matchers)}

    def rank(matcher: Matcher) -> tuple:
        # Ties go to the hint, then to a language written mainly in this script (Han: Chinese
        # before Japanese), then to the order of the files.
        primary = matcher.scripts[:1] == (script,)
        return scores[matcher.lang], matcher is hinted, primary, -order[matcher.lang]

    best = max(candidates, key=rank)
    plausible = hinted is not None and script in hinted.scripts and (
        scores.get(hinted.lang, 0) * OVERRULED_BELOW > scores[best.lang] or scores[best.lang] < STRONG_EVIDENCE
    )
    if plausible and hinted is not None and hinted is not best:
        # a few words in the resident's own language are read with its keywords alone: "No" is no Vietnamese nợ
        # (debt) for someone who writes English; a longer message may mix in words of the other language
        own = script == "latin" and len(message.wording.split()) <= SHORT_WORDS and hinted.tells_every_word(
            message.cleaned, message.form(hinted), message.reading(hinted).evidence)
        return Detection(hinted.lang, (hinted.lang,) if own else (hinted.lang, best.lang))
    too_short = len(message.wording.split()) == 1 and len(message.wording) <= TOKEN_TOO_SHORT
    # a few chat words ("see ya", "no problem"): another language only when every word is one of its own
    unclear = several and len(message.wording.split()) <= SHORT_WORDS and not best.tells_every_word(
        message.cleaned, message.form(best), message.reading(best).evidence)
    if several and (scores[best.lang] <= 0 or too_short or unclear):  # not one word of the script's languages…
        lingua = by_lang.get(LINGUA_FRANCA)
        if too_short and lingua is not None and not has_accents(message.cleaned) and lingua.tells_every_word(
                message.cleaned, message.form(lingua), message.reading(lingua).evidence):
            best = lingua  # a bare "no", "ok", "yes" is the English word everyone types, not Vietnamese nợ (debt)
        if hinted is not None and hinted is not best:
            return Detection(hinted.lang, (hinted.lang, best.lang), sure=False)
        return Detection(best.lang, (best.lang,), sure=False)
    return Detection(best.lang, (best.lang,))
