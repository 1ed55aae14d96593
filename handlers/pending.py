"""A question with consequences stays open: a thank-you or a goodbye there is answered, and what is pending said."""
from handlers.answer_filing import current_question
from handlers.registry import action, condition, uses_state
from handlers.turn import Turn

# What is still pending, by the step that asks it (a step not named here: "nothing is decided yet").
STILL_PENDING = {
    "visit_cancel": "booking.still_not_cancelled",
    "privacy_erase": "privacy.still_not_erased",
    "safety_check": "companion.safety.still_open",
}
for _state in STILL_PENDING:
    uses_state(_state, "handlers.pending (a question a thank-you must not close)")


@action("keep_question_open")
def keep_question_open(turn: Turn) -> None:
    """After the courtesy's answer: say plainly that nothing is done yet and ask again (the buttons go under it)."""
    turn.say(STILL_PENDING.get(turn.conversation.state, "common.still_pending"))


@condition("crisis_question_pending")
def crisis_question_pending(turn: Turn) -> bool:
    """A follow-up question whose answer can be a crisis sign is asked (tonight's place, today's food)."""
    question = current_question(turn)
    return question is not None and bool(question.crisis)


@action("keep_crisis_question_open")
def keep_crisis_question_open(turn: Turn) -> None:
    """After a thank-you or a goodbye there: the question once more in its own words (its buttons go under it), so
    that tonight's place or today's food is not left unknown."""
    turn.say("common.crisis_question_still_open", question=turn.t(current_question(turn).prompt))
