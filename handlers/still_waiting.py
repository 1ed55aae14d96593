"""「まだですか」 "are you there?" "still waiting" typed while the conversation waits for a counselor, at a step of its
own (the visit or places step the wait offers): how the wait stands — how long so far, that a person answers here —
and that step's question after it (found by a tester: the visit step answered it as words about the visit). Asked
after the resident stopped waiting: that they are no longer in the queue, and how to be in it again. "Why do I have to
wait?" at the waiting step: why (counselors read in turn), then how the wait stands (found by a tester: "Received.")."""
from handlers.handoff import handoff_status
from handlers.offer_replies import offer_replies
from handlers.registry import action, condition, matcher
from handlers.replies import Text
from handlers.turn import Turn
from handlers.waiting import STOPPED_WAITING


def _langs(turn: Turn) -> tuple[str, ...]:
    return tuple(dict.fromkeys(lang for lang in (turn.lang, getattr(turn.triage, "lang", None)) if lang))


@matcher("still_waiting_asked")
def still_waiting_asked(turn: Turn, pattern, engine) -> str | None:
    """The resident, waiting for a counselor at another step, only asks whether anyone is there or how much longer
    (dialogs/data/offer_replies.yaml: nudge); a waiting step (handoff, crisis) answers every message itself."""
    conv, triage = turn.conversation, turn.triage
    if turn.inbound.kind != "text" or triage is None or triage.crisis or triage.topics:
        return None
    stopped_waiting = conv.status == "bot" and turn.data.get(STOPPED_WAITING)
    if (conv.status != "waiting" and not stopped_waiting) or engine.script.states[conv.state].status == "waiting":
        return None
    if any(offer_replies().nudges(turn.inbound.text, lang) for lang in _langs(turn)):
        return engine.pick(turn, pattern.triggers)
    return None


@action("say_how_the_wait_stands")
def say_how_the_wait_stands(turn: Turn) -> None:
    """The short status of the wait (how long so far; out of hours, when a counselor reads), as the waiting step says
    it; the step's own question follows."""
    if turn.conversation.status != "waiting":  # the resident stopped waiting: say so, and how to be in the queue again
        say_no_longer_waiting(turn)
    else:
        msg_id, params, _options = handoff_status(turn)
        turn.say(msg_id, **params)
    turn.question_after = True


@action("say_no_longer_waiting")
def say_no_longer_waiting(turn: Turn) -> None:
    """「まだですか」 after the resident stopped waiting: no longer in the queue; a button or 「人と話したい」 puts them back."""
    turn.say("handoff.no_longer_waiting")


@condition("asks_why_wait")
def asks_why_wait(turn: Turn) -> bool:
    """While waiting for a person: "why do I have to wait?" 「なんで待たないといけないの」 (a why and a wait word)."""
    if turn.inbound.kind != "text":
        return False
    text, replies = turn.inbound.text, offer_replies()
    return any((replies.asks_why(text, lang) or replies.mentions_why(text, lang)) and replies.asks_wait(text, lang)
               for lang in _langs(turn))


@action("say_why_wait")
def say_why_wait(turn: Turn) -> None:
    """Why the wait: counselors read in turn and take time with each person; the status follows."""
    turn.replies.append(Text(turn.t("handoff.why_wait")))
