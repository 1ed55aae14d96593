"""A reply at a follow-up question is filed under the question it answers, not under the one asked.

「ひとり」 or 「子ども二人とわしや」 at 「今夜、寝る場所はありますか」 answers who the resident lives with; 「今夜は家あるで」 at
「いま、収入はありますか」 answers tonight's question (found by a tester: each was stored as the answer to the question
asked, and the later answers slid out of place). A question a reply answers is filed and not asked later; the
question asked stays open until something answers it (dialogs/data/followups.yaml: replies, intents, about)."""
from handlers.intake import typed_value
from handlers.patterns import ANSWERS
from handlers.turn import Turn
from handlers.word_sets import fold


def current_question(turn: Turn):
    """The follow-up question asked now, or None."""
    queue = turn.data.get("queue") or []
    return turn.services.questions.by_id.get(queue[0]) if queue else None


def _intents(turn: Turn) -> set[str]:
    return set(getattr(turn.triage, "intents", ()) or ())


def _yes_no_value(turn: Turn, question) -> str | None:
    """A plain yes or no (or "there is" / "there is none") as the question's answer."""
    intents, means = _intents(turn), dict(question.means)
    said_no, said_yes = bool(intents & {"no", "have_not"}), bool(intents & {"yes", "have"})
    if "skip" in intents or said_no == said_yes:
        return None
    return means.get("no" if said_no else "yes")


def _open_others(turn: Turn, current):
    answered = turn.data.get("answers") or {}
    return [q for q in turn.services.questions.questions if q.id != current.id and q.id not in answered]


def yes_no_elsewhere(turn: Turn, current) -> bool:
    """The message names what another question asks and not what this one asks (「収入はないです」 at the tonight
    question): its yes or no belongs to that question."""
    text = turn.inbound.text
    return not current.is_about(text) and any(q.means and q.is_about(text) for q in _open_others(turn, current))


def other_answers(turn: Turn, current) -> dict[str, str]:
    """The answers a typed reply gives to the other questions not answered yet: {question id: value}."""
    if current is None or turn.inbound.kind != "text":
        return {}
    text, intents, found = turn.inbound.text, _intents(turn), {}
    for question in _open_others(turn, current):
        value = question.value_for_words(text) or question.value_for_reply(text, intents)
        if value is None and question.is_about(text) and not current.is_about(text):
            value = _yes_no_value(turn, question)
        if value:
            found[question.id] = value
    return found


def reads_current(turn: Turn, current, clear_only: bool = False) -> bool:
    """The typed reply answers the question asked: its own words, its buttons' words, the intents that answer it, or
    a yes or no not bound to another question. *clear_only*: only a value (a question about a crisis sign is not
    passed over on "yeah nah")."""
    text, intents = turn.inbound.text, _intents(turn)
    folded = fold(text)
    if current.value_for_words(text) or current.value_for_reply(text, intents) or (
            current.is_about(text) and not clear_only):
        return True  # its own words, or words about what it asks (「パートで月5万くらい」 at the income question)
    by_meaning = {value for _meaning, value in current.means}  # 「ある」「ない」 are read as a yes or no, not as words
    if any(fold(turn.t(label)) in folded for label, value in current.options if value not in by_meaning):
        return True
    if "skip" in intents:
        return True
    if yes_no_elsewhere(turn, current):
        return False
    if clear_only:
        return typed_value(turn, current) is not None
    return typed_value(turn, current) is not None or bool(intents & ANSWERS)


def file_answers(turn: Turn, found: dict[str, str]) -> None:
    """Store the answers to other questions (with the words) and take them out of the questions still to ask."""
    answers = turn.data.setdefault("answers", {})
    for qid, value in found.items():
        answers[qid] = {"value": value, "text": turn.inbound.text[:500]}
    queue = turn.data.get("queue") or []
    turn.data["queue"] = queue[:1] + [qid for qid in queue[1:] if qid not in found]
