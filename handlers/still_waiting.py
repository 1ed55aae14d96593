"""「まだですか」 "are you there?" "still waiting" typed while the conversation waits for a counselor, at a step of its
own (the visit or places step the wait offers): how the wait stands — how long so far, that a person answers here —
and that step's question after it (found by a tester: the visit step answered it as words about the visit)."""
from handlers.handoff import handoff_status
from handlers.offer_replies import offer_replies
from handlers.registry import action, matcher
from handlers.turn import Turn


def _langs(turn: Turn) -> tuple[str, ...]:
    return tuple(dict.fromkeys(lang for lang in (turn.lang, getattr(turn.triage, "lang", None)) if lang))


@matcher("still_waiting_asked")
def still_waiting_asked(turn: Turn, pattern, engine) -> str | None:
    """The resident, waiting for a counselor at another step, only asks whether anyone is there or how much longer
    (dialogs/data/offer_replies.yaml: nudge); a waiting step (handoff, crisis) answers every message itself."""
    conv, triage = turn.conversation, turn.triage
    if conv.status != "waiting" or turn.inbound.kind != "text" or triage is None or triage.crisis or triage.topics:
        return None
    if engine.script.states[conv.state].status == "waiting":
        return None
    if any(offer_replies().nudges(turn.inbound.text, lang) for lang in _langs(turn)):
        return engine.pick(turn, pattern.triggers)
    return None


@action("say_how_the_wait_stands")
def say_how_the_wait_stands(turn: Turn) -> None:
    """The short status of the wait (how long so far; out of hours, when a counselor reads), as the waiting step says
    it; the step's own question follows."""
    msg_id, params, _options = handoff_status(turn)
    turn.say(msg_id, **params)
    turn.question_after = True
