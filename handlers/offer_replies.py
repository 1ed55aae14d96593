"""How a typed reply to "shall I connect you with a counselor?" is read (dialogs/data/offer_replies.yaml): a yes or
a no of several words (「ほな頼むわ」 "yeah nah" "não precisa"), a question how long a counselor takes, who reads
the messages, or whether the intake's questions must be answered. The single words the keywords read as a yes or a no (「ええで」 "dạ" "ค่ะ") are read there."""
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from handlers.datafile import BOOKKEEPING, DataError, line_of, load_file, strip_lines
from handlers.problems import Problem
from handlers.word_sets import fold

PATH = Path(__file__).resolve().parent.parent / "dialogs" / "data" / "offer_replies.yaml"
KINDS = ("accept", "decline", "filler", "fine", "talk", "go_on", "wait", "nudge", "who", "must_answer", "why", "why_alone", "who_alone", "unsaid")
DECISIVE = {"accept": "yes", "decline": "no"}
WISHES = {"talk": "yes", "go_on": "no"}
ENDING = 2  # characters a reply may hold besides its words: a sentence ending (わ, 요), not words of their own
# letters a yes or a no may hold besides its words when it also says what the resident wants (to talk with a person,
# to go on here): 「はい、お願いしたいです」 "no, I'd rather keep going here" — the grammar of the wish, not a story
WISH_REST = 12
NUDGE_REST = 4  # letters a "still waiting?" may hold besides its words and fillers (「まだなん？」: ん)
NOT_LETTERS = re.compile(r"[\W_]+")
QUESTION_MARKS = "?？¿"  # a nudge word written with '?' counts only in a question
SPACED = ("LATIN", "HANGUL", "DEVANAGARI")  # scripts written with spaces between words
GAP = ".{0,20}?"  # what '*' inside a word stands for: a few characters ("who * read*": who is going to read)


def _written_in(word: str, scripts: tuple[str, ...]) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith(scripts) for ch in word)


def _pattern(word: str, ending: bool) -> str | None:
    """How *word* is found: a word in Latin letters only as a whole word ("no" is not in "nothing"; "read*" as the
    start of one); in Hangul or Devanagari, where words are spaced but take endings, at the start of a word (네 is not
    in 괜찮네요), or anywhere when it is an *ending* (a filler: 드려요 in 부탁드려요); in any other script (Japanese,
    Chinese, Thai, Burmese: no spaces), anywhere (None: a plain search). "who * read*": a gap of a few characters."""
    parts = [part.strip() for part in word.rstrip("*").split("*")]
    if len(parts) == 1 and not word.endswith("*") and not _written_in(word, SPACED):
        return None
    pieces = []
    for n, part in enumerate(parts):
        open_end = word.endswith("*") and n == len(parts) - 1
        if _written_in(part, ("LATIN",)):
            pieces.append(rf"(?<![\w']){re.escape(part)}" + ("" if open_end else r"(?![\w'])"))
        elif _written_in(part, SPACED) and not ending:
            pieces.append(rf"(?<!\w){re.escape(part)}")
        else:
            pieces.append(re.escape(part))
    return GAP.join(pieces)


@dataclass(frozen=True)
class Words:
    """One language's words of each kind (folded)."""

    accept: tuple[str, ...] = ()
    decline: tuple[str, ...] = ()
    filler: tuple[str, ...] = ()
    fine: tuple[str, ...] = ()
    talk: tuple[str, ...] = ()
    go_on: tuple[str, ...] = ()
    wait: tuple[str, ...] = ()
    nudge: tuple[str, ...] = ()
    who: tuple[str, ...] = ()
    must_answer: tuple[str, ...] = ()
    why: tuple[str, ...] = ()
    why_alone: tuple[str, ...] = ()
    who_alone: tuple[str, ...] = ()
    unsaid: tuple[str, ...] = ()


@lru_cache(maxsize=None)
def _compiled(word: str, ending: bool) -> re.Pattern | None:
    pattern = _pattern(word, ending)
    return re.compile(pattern) if pattern is not None else None


def _spans(folded: str, word: str, ending: bool = False):
    """Where *word* is in *folded* (see _pattern)."""
    pattern = _compiled(word, ending)
    if pattern is not None:
        yield from (m.span() for m in pattern.finditer(folded))
        return
    start = folded.find(word)
    while start >= 0:
        yield start, start + len(word)
        start = folded.find(word, start + len(word))


@lru_cache(maxsize=None)
def _any_of(words: tuple[str, ...]) -> re.Pattern | None:
    """One regex finding any of *words* (each as _pattern finds it): one search instead of one per word."""
    return re.compile("|".join(f"(?:{_pattern(w, False) or re.escape(w)})" for w in words)) if words else None


def _has(folded: str, words: tuple[str, ...]) -> bool:
    pattern = _any_of(words)
    return pattern is not None and pattern.search(folded) is not None


class OfferReplies:
    """The words of every language, and how a message is read with them."""

    def __init__(self, by_lang: dict[str, Words]):
        self.by_lang = by_lang

    def _words(self, lang: str | None) -> list[Words]:
        """The resident's language's words, then English's and Japanese's (written everywhere)."""
        base = (lang or "ja").split("-")[0]
        return [self.by_lang[code] for code in dict.fromkeys((base, "en", "ja")) if code in self.by_lang]

    def answer(self, text: str, lang: str | None) -> str | None:
        """'yes' or 'no' when the message is made only of words that accept or decline (and fillers), the last such
        word deciding; None when it says anything else, or neither."""
        decided, rest = self._read(text, lang)
        return decided if rest <= ENDING else None

    def wish(self, text: str, lang: str | None) -> str | None:
        """'yes' or 'no' when a yes or a no goes on to say what the resident wants, in a few words of its own: to talk
        with a person (「はい、お願いしたいです」 "yes, I'd like to talk to someone") or to go on here (「いや、自分で
        続けます」 "no, I'd rather keep going here"); None for a yes or no followed by anything else (「うん、少しある」)."""
        decided, rest = self._read(text, lang, tuple(WISHES))
        if decided is None or rest > WISH_REST:
            return None
        folded = fold(text)
        kinds = [kind for kind, sense in WISHES.items() if sense == decided]
        wished = any(_has(folded, getattr(words, kind)) for words in self._words(lang) for kind in kinds)
        return decided if wished else None

    def _read(self, text: str, lang: str | None, besides: tuple[str, ...] = ()) -> tuple[str | None, int]:
        """The yes or no the words that accept or decline say (the last one deciding; a word that says "it's fine"
        after a no is that no: 「いや、かまへん」 "nah, it's ok"), and how many letters are left besides them (and
        besides the words of the kinds *besides*)."""
        folded, found = fold(text), []
        taken = [False] * len(folded)
        entries: dict[str, str] = {}  # word → kind: the resident's language decides a word two languages list
        fine: set[str] = set()
        for words in self._words(lang):
            fine |= set(words.fine)
            for kind in ("accept", "decline", "filler", *besides):
                for word in getattr(words, kind):
                    entries.setdefault(word, kind)
            for word in words.unsaid:
                entries[word] = "unsaid"  # 「いえない」 (can't say) holds いえ (no): the longer word is read
        unsaid = 0
        for word, kind in sorted(entries.items(), key=lambda e: -len(e[0])):
            for start, end in _spans(folded, word, ending=kind == "filler"):
                if not any(taken[start:end]):  # not part of a longer word already found
                    taken[start:end] = [True] * (end - start)
                    if kind == "unsaid":
                        unsaid += end - start  # words of their own: no yes or no, however short
                    else:
                        found.append((start, kind, word))
        rest = "".join(ch for ch, used in zip(folded, taken) if not used) + "x" * unsaid
        decisive: list[str] = []
        for _start, kind, word in sorted(found):
            if kind in DECISIVE:
                after_no = word in fine and decisive and decisive[-1] == "no"
                decisive.append("no" if after_no else DECISIVE[kind])
        return (decisive[-1] if decisive else None), len(NOT_LETTERS.sub("", rest))

    def nudges(self, text: str, lang: str | None) -> bool:
        """The message only asks whether anyone is there or how much longer (「まだですか」 "are you there?" "still
        waiting"): made of `nudge` words and fillers, a few letters besides."""
        folded, asked = fold(text), any(mark in text for mark in QUESTION_MARKS)
        taken = [False] * len(folded)
        words = {w.rstrip("?？"): kind for ws in self._words(lang) for kind in ("nudge", "filler")
                 for w in getattr(ws, kind) if asked or not w.endswith(("?", "？"))}
        nudged = False
        for word, kind in sorted(words.items(), key=lambda e: -len(e[0])):
            for start, end in _spans(folded, word, ending=kind == "filler"):
                if not any(taken[start:end]):
                    taken[start:end] = [True] * (end - start)
                    nudged = nudged or kind == "nudge"
        rest = "".join(ch for ch, used in zip(folded, taken) if not used)
        return nudged and len(NOT_LETTERS.sub("", rest)) <= NUDGE_REST

    def mentions(self, text: str, lang: str | None) -> bool:
        """The message holds a word that accepts or declines, among other words ("yeah whatever you think")."""
        folded = fold(text)
        for words in self._words(lang):
            for word in words.unsaid:
                folded = folded.replace(word, " ")
        return any(_has(folded, words.accept) or _has(folded, words.decline) for words in self._words(lang))

    def asks_wait(self, text: str, lang: str | None) -> bool:
        """The message asks how long it takes (「どれくらい待つん？」 "how long would that take?")."""
        folded = fold(text)
        return any(_has(folded, words.wait) for words in self._words(lang))

    def asks_must_answer(self, text: str, lang: str | None) -> bool:
        """The message asks whether the intake's questions must be answered (「これ全部答えないとだめ？」)."""
        folded = fold(text)
        return any(_has(folded, words.must_answer) for words in self._words(lang))

    def asks_why(self, text: str, lang: str | None) -> bool:
        """The message asks why the question is asked (「なんでそんなこと聞くの？」 "why do you need to know?")."""
        folded = fold(text)
        return any(_has(folded, words.why) for words in self._words(lang))

    def asks_only_why(self, text: str, lang: str | None) -> bool:
        """The message is only a why (「なんで？」 "why?" "bakit po?" 「為什麼」): `why_alone` words and fillers, a short
        ending besides (「なんでもない」 is no why)."""
        return self._only(text, lang, "why_alone")

    def mentions_why(self, text: str, lang: str | None) -> bool:
        """The message holds a why word (`why_alone`) among others ("why do I have to wait?")."""
        folded = fold(text)
        return any(_has(folded, words.why_alone) for words in self._words(lang))

    def asks_who_reads(self, text: str, lang: str | None) -> bool:
        """The message asks who reads what is written here, or whether a person answers (「これ誰が読んでるの？」; a person
        named alone as a question: 「人間？」 "human?" — without the question mark it asks for one)."""
        folded = fold(text)
        return any(_has(folded, words.who) for words in self._words(lang)) or self._only(text, lang, "who_alone", True)

    def _only(self, text: str, lang: str | None, kind: str, asked: bool = False) -> bool:
        """The message is made of *kind* words and fillers, a short ending besides (with *asked*: and a question mark)."""
        if asked and not any(mark in text for mark in QUESTION_MARKS):
            return False
        folded = fold(text)
        taken = [False] * len(folded)
        words = {w: k for ws in self._words(lang) for k in (kind, "filler") for w in getattr(ws, k)}
        found = False
        for word, k in sorted(words.items(), key=lambda e: -len(e[0])):
            for start, end in _spans(folded, word, ending=k == "filler"):
                if not any(taken[start:end]):
                    taken[start:end] = [True] * (end - start)
                    found = found or k == kind
        rest = "".join(ch for ch, used in zip(folded, taken) if not used)
        return found and len(NOT_LETTERS.sub("", rest)) <= ENDING


def parse(data) -> OfferReplies:
    """Check and read offer_replies.yaml's content."""
    langs = data.get("languages") if isinstance(data, dict) else None
    if not isinstance(langs, dict):
        raise DataError([Problem("offer_replies.shape", where=PATH.name, line=1, what="languages")])
    by_lang = {}
    for lang, node in langs.items():
        if lang in BOOKKEEPING:
            continue
        spec, line = strip_lines(node), line_of(node, line_of(langs, 1))
        if not isinstance(spec, dict) or set(spec) - set(KINDS):
            raise DataError([Problem("offer_replies.shape", where=PATH.name, line=line, what=f"{lang}: only {', '.join(KINDS)}")])
        kinds: dict[str, tuple[str, ...]] = {}
        for kind in KINDS:
            words = spec.get(kind) or []
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise DataError([Problem("offer_replies.shape", where=PATH.name, line=line, what=f"{lang}.{kind}: a list of words")])
            kinds[kind] = tuple(fold(w) for w in words)
        for group in (("accept", "decline", "filler"), ("fine",), ("talk", "go_on"), ("wait",), ("nudge",), ("who",), ("must_answer",), ("why",), ("why_alone",), ("who_alone",)):
            seen = [w for kind in group for w in kinds[kind]]
            twice = sorted({w for w in seen if seen.count(w) > 1})
            if twice:  # a word both a yes and a no would be read by whichever came first
                raise DataError([Problem("offer_replies.shape", where=PATH.name, line=line,
                                         what=f"{lang}: listed twice: {', '.join(twice)}")])
        unlisted = sorted(set(kinds["fine"]) - set(kinds["accept"]))
        if unlisted:  # a "fine" word is a yes that a no before it turns into a no: it must be a yes to be found
            raise DataError([Problem("offer_replies.shape", where=PATH.name, line=line,
                                     what=f"{lang}: fine but not accept: {', '.join(unlisted)}")])
        by_lang[lang] = Words(**kinds)
    return OfferReplies(by_lang)


@cache
def offer_replies() -> OfferReplies:
    """The shipped offer_replies.yaml, read once."""
    return parse(load_file(PATH))
