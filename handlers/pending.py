"""A question with consequences stays open: a thank-you or a goodbye there is answered, and what is pending said."""
from handlers.registry import action, uses_state
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
