"""「どういう意味？」 "what do you mean?" at a follow-up question: the question said once more in plainer words, with
its buttons under it, instead of moving on or offering a counselor for a question the bot itself asked (found by
playing residents: 「どういういみ？」 at 「今夜、寝る場所はありますか」 got "a counselor can answer that", and "what do you
mean" skipped the question). Each question's plainer words are data (followups.yaml `explain`); asked twice, the
bot offers simpler words or a person as before (dialogs/intake.yaml: simpler)."""
import re
import unicodedata

from handlers.registry import action, condition
from handlers.turn import Turn

EXPLAINED = "explained_questions"  # turn.data: the follow-up questions already said in plainer words
# a message that is only a puzzled sound and question marks (「え？」「？？」 "huh?" "what?" 「は？」): at a question, the
# resident did not follow it
PUZZLED = re.compile(r"^(?:え|えっ|ええ|ん|は|へ|なに|何|なん|はて|huh|what|eh|hm+|ha|hả|hở|sao|gì|como|cómo|qué|que|o que|"
                     r"ano|apa|뭐|네|응|什么|什麼|啥|嗯|ke)?\s*[?？]+$")


def _current(turn: Turn):
    queue = turn.data.get("queue") or []
    return turn.services.questions.by_id.get(queue[0]) if queue else None


@condition("question_unexplained")
def question_unexplained(turn: Turn) -> bool:
    """A follow-up question is asked that has plainer words and was not yet said in them."""
    question = _current(turn)
    return question is not None and bool(question.explain) and question.id not in (turn.data.get(EXPLAINED) or [])


@condition("puzzled_at_question")
def puzzled_at_question(turn: Turn) -> bool:
    """The reply to a follow-up question is only a puzzled sound with a question mark (「え？」 "huh?")."""
    if turn.inbound.kind != "text" or _current(turn) is None:
        return False
    text = unicodedata.normalize("NFKC", turn.inbound.text).strip().lower()
    return PUZZLED.match(text) is not None


@action("explain_question")
def explain_question(turn: Turn) -> None:
    """Say the follow-up question in plainer words (once per question); its buttons go under it."""
    question = _current(turn)
    turn.data[EXPLAINED] = sorted(set(turn.data.get(EXPLAINED) or []) | {question.id})
    turn.answered = True
    turn.say(question.explain)


@action("heard_as_puzzled")
def heard_as_puzzled(turn: Turn) -> None:
    """A puzzled 「え？」 asks nothing of a counselor: no "a counselor can answer that" after it."""
    turn.answered = True
