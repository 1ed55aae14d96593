"""How words are read beyond topics and intents (dialogs/data/wording.yaml): a question, a correction of topics."""
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from handlers.datafile import DataError, line_of, load_file, strip_lines
from handlers.problems import Problem
from handlers.word_sets import fold, word_set

PATH = Path(__file__).resolve().parent.parent / "dialogs" / "data" / "wording.yaml"
QUESTION_MARKS = ("?", "？", "¿")
HELD = ("cannot", "alone", "unreachable", "unclear")  # the word lists of answers that are no yes and no no
CLAUSE_BREAK = re.compile(r"[、,，。.;；!！?？\n]+")


def says(folded: str, word: str) -> bool:
    """*word* is in the folded text: a word in Latin letters only as a whole word, any other anywhere."""
    return word_set((word,), apostrophe=True).found_in(folded)


@dataclass(frozen=True)
class Correction:
    """One language's words of a correction (folded): denials before or after a topic, "only", and clause breaks."""

    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    only: tuple[str, ...] = ()
    but: tuple[str, ...] = ()


@dataclass(frozen=True)
class Wording:
    """The question words and the correction words of every language."""

    questions: tuple[str, ...]
    corrections: dict[str, Correction]
    not_questions: tuple[str, ...] = ()  # words holding a question word that ask nothing: 「なんでもない」 (なんで)
    afraid: tuple[str, ...] = ()  # words of fear: 「こわい」 "I'm scared"
    more: tuple[str, ...] = ()  # words asking for more of what was shown: 「他には？」 "any others?"
    away: tuple[str, ...] = ()  # words of stepping away while waiting: 「ちょっと出かけないと」 "I have to go"
    call_me: tuple[str, ...] = ()  # words asking to be phoned: 「電話してもらえますか」 "can you call me?"
    get_away: tuple[str, ...] = ()  # words of wanting to get away from home: 「逃げたい」 "I want to leave him"
    sharing: tuple[str, ...] = ()  # words of asking who would learn what is shared: 「誰に伝わるの？」 "who reads it?"
    pass_on: tuple[str, ...] = ()  # a request to pass it on: 「伝えてください」「言っといて」 "please tell them"
    keep_back: tuple[str, ...] = ()  # a request not to: 「伝えないで」「言わないで」 "don't tell them"
    favours: tuple[str, ...] = ()  # a request put as a question: 「〜てもらえますか」「〜てくれる？」 "could you" "¿puedes"
    not_favours: tuple[str, ...] = ()  # those words asking whether, not asking for: 「伝えてくれるの？」
    # answers to the crisis answer's own question that are no yes and no no (handlers/safety_held.py)
    cannot: tuple[str, ...] = ()  # "I can't": 「できない」「むり」 "cant" 「打不了」 "hindi ko kaya"
    alone: tuple[str, ...] = ()  # no one near: 「ひとり」「誰もいない」 "I'm alone"
    unreachable: tuple[str, ...] = ()  # the person cannot be reached: 「連絡つかない」「既読つかない」 "not answering"
    unclear: tuple[str, ...] = ()  # neither yes nor no: 「べつに」「さあ」 "idk" "meh"

    def asks_a_favour(self, text: str) -> bool:
        """The message puts a request as a question (「伝えてもらえますか？」「伝えておいてもらえる？」 "could you tell them?"
        "¿se lo puedes decir?"): asking someone to do it, not asking whether or what — 「伝えてくれるの？」 asks whether."""
        return self.says("favours", text) and not self.says("not_favours", text)

    def says(self, name: str, text: str) -> bool:
        """The message says one of the words of the list *name* (cannot, alone, unreachable, unclear, pass_on,
        keep_back, favours); a word with a '*' inside (「hindi*kaya」: "hindi ko na kaya") is its parts in this order, anything
        between them."""
        found, folded = getattr(self, name), fold(text)
        whole = tuple(w for w in found if "*" not in w.strip("*"))
        return bool(whole) and word_set(whole, apostrophe=True).found_in(folded) or any(
            _in_order(w.split("*"), folded) for w in found if "*" in w.strip("*"))

    better: tuple[str, ...] = ()  # words of feeling better than before: 「昨日よりはまし」 "a bit better"

    def feels_better(self, text: str) -> bool:
        """The message says the resident feels better than before (「昨日よりはまし」「少し落ち着いた」 "a bit better")."""
        return bool(self.better) and word_set(self.better, apostrophe=True).found_in(fold(text))

    def wants_to_get_away(self, text: str) -> bool:
        """The message says the resident wants to get away (「逃げたい」「家を出たい」 "I want to get out")."""
        return bool(self.get_away) and word_set(self.get_away, apostrophe=True).found_in(fold(text))

    def asks_about_sharing(self, text: str) -> bool:
        """The message asks who would learn what is shared, or what is (「それって誰に伝わるの？」 "can my family see it?")."""
        return self.is_question(text) and bool(self.sharing) and word_set(self.sharing, apostrophe=True).found_in(fold(text))

    def steps_away(self, text: str) -> bool:
        """The message says the resident must step away for a while (「出かけないと」 "gotta go")."""
        return bool(self.away) and word_set(self.away, apostrophe=True).found_in(fold(text))

    def asks_a_call(self, text: str) -> bool:
        """The message asks to be phoned (「電話してもらえますか」 "can you call me?")."""
        return bool(self.call_me) and word_set(self.call_me, apostrophe=True).found_in(fold(text))

    def is_afraid(self, text: str) -> bool:
        """The message says the resident is afraid (「こわい」「震えがとまらない」 "I'm so scared")."""
        return bool(self.afraid) and word_set(self.afraid, apostrophe=True).found_in(fold(text))

    def is_question(self, text: str) -> bool:
        """The message asks something (a question mark, or a question word of any language)."""
        folded = fold(text)
        for word in self.not_questions:
            folded = folded.replace(word, " ")
        return any(m in folded for m in QUESTION_MARKS) or word_set(self.questions, apostrophe=True).found_in(folded)

    def asks_for_more(self, text: str) -> bool:
        """The message asks for more of what was shown (「他には？」「ほかにある？」 "any others?" "more?")."""
        return word_set(self.more, apostrophe=True).found_in(fold(text))

    def clauses(self, text: str, langs) -> list[tuple[str, bool]]:
        """The message cut into clauses, each with whether it denies what it names (「介護じゃなくて」 "not family")."""
        rules = [self.corrections[c] for c in langs if c in self.corrections]
        pieces = [p.strip() for p in CLAUSE_BREAK.split(fold(text)) if p.strip()]
        markers = {w: False for r in rules for w in r.but}
        markers.update({w: True for r in rules for w in r.after})  # 「介護じゃなくて」: stays with its topic
        pieces = [q for p in pieces for q in _cut(p, markers)]
        out = []
        for piece in pieces:
            denied = any(piece.startswith(w) and says(piece, w) for r in rules for w in r.before) or any(
                w in piece for r in rules for w in r.after)
            out.append((piece, denied))
        return out

    def says_only(self, text: str, langs) -> bool:
        """The message says "only this" (「お金だけ」 "only money")."""
        only = tuple(w for c in langs if c in self.corrections for w in self.corrections[c].only)
        return word_set(only, apostrophe=True).found_in(fold(text))


def _in_order(parts: list[str], folded: str) -> bool:
    """Each of *parts* is in *folded*, after the one before it."""
    at = 0
    for part in parts:
        found = folded.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


def _cut(piece: str, markers: dict[str, bool]) -> list[str]:
    """*piece* cut after each denial that follows its topic (kept) and before each "but" word (dropped)."""
    found = [(piece.find(w), -len(w), w) for w in markers if w and w in piece and (not w.isascii() or says(piece, w))]
    if not found:
        return [piece]
    at, _, word = min(found)
    head = piece[:at] + (word if markers[word] else "")
    return [p.strip() for p in (head, *_cut(piece[at + len(word):], markers)) if p.strip()]


def _words(node, where: str, what: str) -> tuple[str, ...]:
    if node is None:
        return ()
    if not isinstance(node, list) or not all(isinstance(w, str) and w.strip() for w in node):
        raise DataError([Problem("wording.shape", where=PATH.name, line=line_of(node, 1), what=f"{where}: {what}")])
    return tuple(fold(w) for w in node)


def parse(data) -> Wording:
    """Check and read wording.yaml's content."""
    if not isinstance(data, dict) or not isinstance(data.get("questions"), dict) or not isinstance(
            data.get("corrections"), dict):
        raise DataError([Problem("wording.shape", where=PATH.name, line=1, what="questions, corrections")])
    questions: list[str] = []
    for lang, words in strip_lines(data["questions"]).items():
        questions.extend(fold(w) for w in _words(words, lang, "questions"))
    lists: dict[str, list[str]] = {name: [] for name in ("afraid", "away", "call_me", "get_away", "sharing", "better",
                                                         "pass_on", "keep_back", "favours", "not_favours", *HELD)}
    for name, found in lists.items():
        for lang, words in strip_lines(data.get(name) or {}).items():
            found.extend(fold(w) for w in _words(words, lang, name))
    not_questions: list[str] = []
    for lang, words in strip_lines(data.get("not_questions") or {}).items():
        not_questions.extend(fold(w) for w in _words(words, lang, "not_questions"))
    corrections = {}
    for lang, spec in strip_lines(data["corrections"]).items():
        spec = spec if isinstance(spec, dict) else {}
        denial = spec.get("not") if isinstance(spec.get("not"), dict) else {}
        corrections[lang] = Correction(before=_words(denial.get("before"), lang, "not.before"),
                                       after=_words(denial.get("after"), lang, "not.after"),
                                       only=_words(spec.get("only"), lang, "only"),
                                       but=_words(spec.get("but"), lang, "but"))
    more: list[str] = []
    for lang, words in strip_lines(data.get("more") or {}).items():
        more.extend(_words(words, lang, "more"))
    # longest first: 「なんでもないです」 is taken whole before 「なんでも」
    return Wording(tuple(questions), corrections, not_questions=tuple(sorted(set(not_questions), key=len, reverse=True)),
                   afraid=tuple(lists["afraid"]), more=tuple(more), away=tuple(lists["away"]),
                   call_me=tuple(lists["call_me"]), get_away=tuple(lists["get_away"]), sharing=tuple(lists["sharing"]),
                   better=tuple(lists["better"]), cannot=tuple(lists["cannot"]), alone=tuple(lists["alone"]),
                   unreachable=tuple(lists["unreachable"]), unclear=tuple(lists["unclear"]),
                   pass_on=tuple(lists["pass_on"]), keep_back=tuple(lists["keep_back"]),
                   favours=tuple(lists["favours"]), not_favours=tuple(lists["not_favours"]))


@cache
def wording() -> Wording:
    """The shipped wording.yaml, read once."""
    return parse(load_file(PATH))
