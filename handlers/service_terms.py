"""「同行支援ってなに？」 "what is a food bank?": a short question about a word of the centre's own help, answered with its
plain explanation (dialogs/data/service_terms.yaml), wherever the resident is; the step's question follows (found by
playing residents: 「同行支援ってなんですか」 was taken as a wish to book and answered "no day can be booked now")."""
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from handlers.datafile import DataError, line_of, load_file, strip_lines
from handlers.problems import Problem
from handlers.registry import action, matcher
from handlers.turn import Turn
from handlers.word_sets import WordSet, fold, folded_word_set

PATH = Path(__file__).resolve().parent.parent / "dialogs" / "data" / "service_terms.yaml"
SHORT_QUESTION = 40  # characters: a longer message that names a term tells a story, it does not ask what it is


@dataclass(frozen=True)
class Term:
    """One word of the centre's help: its explanation (message id) and how residents write it."""

    id: str
    answer: str
    words: WordSet


@dataclass(frozen=True)
class ServiceTerms:
    """The terms and the words that ask what something is."""

    terms: tuple[Term, ...]
    what_is: WordSet

    def asked(self, text: str) -> Term | None:
        """The term a short what-is question asks about, if it is one."""
        folded = fold(text)
        if len(folded) > SHORT_QUESTION or not self.what_is.found_in(folded):
            return None
        return next((term for term in self.terms if term.words.found_in(folded)), None)


def _words(node, where: str, line: int) -> tuple[str, ...]:
    if not isinstance(node, list) or not node or not all(isinstance(w, str) and w.strip() for w in node):
        raise DataError([Problem("service_terms.shape", where=PATH.name, line=line, what=where)])
    return tuple(node)


def parse(data, known_message=lambda m: True) -> ServiceTerms:
    """Check and read service_terms.yaml's content (every answer a message id the catalogs have)."""
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list) or not isinstance(data.get("what_is"), dict):
        raise DataError([Problem("service_terms.shape", where=PATH.name, line=1, what="terms, what_is")])
    problems, terms = [], []
    for node in data["terms"]:
        line = line_of(node, 1)
        if not isinstance(node, dict) or not all(isinstance(node.get(k), str) for k in ("id", "answer")):
            problems.append(Problem("service_terms.shape", where=PATH.name, line=line, what="id, answer, words"))
            continue
        if not known_message(node["answer"]):
            problems.append(Problem("data.message_unknown", where=PATH.name, line=line, owner=node["id"], id=node["answer"]))
        try:
            terms.append(Term(node["id"], node["answer"], folded_word_set(_words(node.get("words"), node["id"], line), True)))
        except DataError as exc:
            problems += exc.problems
    asking: list[str] = []
    for lang, words in strip_lines(data["what_is"]).items():
        try:
            asking += _words(words, f"what_is: {lang}", line_of(data["what_is"], 1))
        except DataError as exc:
            problems += exc.problems
    if problems:
        raise DataError(problems)
    return ServiceTerms(tuple(terms), folded_word_set(tuple(asking), True))


@cache
def service_terms() -> ServiceTerms:
    """The shipped terms, read once."""
    return parse(load_file(PATH))


@matcher("service_term")
def service_term(turn: Turn, pattern, engine) -> str | None:
    """A short question asks what a word of the centre's help is (never a crisis sign; a topic the term implies — a
    food bank, money — is no story)."""
    triage = turn.triage
    if turn.inbound.kind != "text" or (triage is not None and triage.crisis):
        return None
    term = service_terms().asked(turn.inbound.text)
    if term is None or term.id in (turn.data.get("terms_explained") or ()):
        return None  # asked again after its explanation: the resident's question is a counselor's to answer
    turn.data["term_asked"] = term.id
    return engine.pick(turn, pattern.triggers)


@action("explain_term")
def explain_term(turn: Turn) -> None:
    """The asked term's plain explanation; the step's question follows."""
    asked = turn.data.pop("term_asked", None)
    term = next((t for t in service_terms().terms if t.id == asked), None)
    if term is not None:
        turn.data["terms_explained"] = sorted(set(turn.data.get("terms_explained") or ()) | {term.id})
        turn.answered = True
        turn.say(term.answer)
