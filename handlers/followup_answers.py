"""A follow-up question whose answer can be a crisis sign (「今夜、寝る場所はありますか」) is not passed over: words that
do not answer it (「今日は雨ですね」) are kept, and the question comes once more before the next one (found by a
tester: the question about tonight was silently dropped)."""
from handlers.intake import typed_value
from handlers.patterns import ANSWERS
from handlers.registry import action, condition
from handlers.turn import Turn

ASKED_AGAIN = "followup_asked_again"  # turn.data: the question already asked once more



def _current(turn: Turn):
    queue = turn.data.get("queue") or []
    return turn.services.questions.by_id.get(queue[0]) if queue else None


@condition("crisis_question_unanswered")
def crisis_question_unanswered(turn: Turn) -> bool:
    """Typed words that neither answer a question about a crisis sign nor name a problem, the first time."""
    question = _current(turn)
    if question is None or not question.crisis or turn.inbound.kind != "text":
        return False
    if turn.data.get(ASKED_AGAIN) == question.id or getattr(turn.triage, "topics", ()):
        return False
    intents = set(getattr(turn.triage, "intents", ()) or ())
    return typed_value(turn, question) is None and not intents & (ANSWERS | {"skip"})


@action("ask_followup_again")
def ask_followup_again(turn: Turn) -> None:
    """Keep the words for the counselor, and ask the question once more (its buttons follow)."""
    question = _current(turn)
    turn.data[ASKED_AGAIN] = question.id if question else None
    turn.data.setdefault("words", []).append(turn.inbound.text[:1000])
    turn.say("intake.followup_again", question=turn.t(question.prompt) if question else "")
