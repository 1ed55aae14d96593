"""Coming back after a day or more (the `came_back` pattern) to a conversation that is still open for a person.

Waiting for a counselor (found playing residents: 「まだ？」 two days later got "continue or start over?", and
"continue" began the intake again under a conversation still in the queue): the resident is told they are still in
the queue, since when, and when a counselor reads it — in office hours as soon as one is free, else from the next
opening — under the waiting step's buttons; no intake starts.

After a crisis sign not yet settled (within the recall days): welcomed back and asked one question, whether they are
safe now, with the lines; the next message is read as its answer (「昨日よりはまし」 "a bit better than yesterday" is
heard with relief, words of feeling better per language in dialogs/data/wording.yaml `better`), never a second
question ("continue or start over?") in the same turn — the crisis step's 「続きから」 goes back to where they were."""
from handlers import formatting
from handlers.aftercrisis import DUE, keep_topics, say_when_read
from handlers.crisis import crisis_to_recall
from handlers.registry import action, condition
from handlers.safety_now import ask_due
from handlers.turn import Turn
from handlers.wording import wording


@condition("crisis_recalled")
def crisis_recalled(turn: Turn) -> bool:
    """A crisis sign no counselor settled, recent enough to be recalled on coming back (crisis_recall_days)."""
    return crisis_to_recall(turn) is not None


@condition("still_in_queue")
def still_in_queue(turn: Turn) -> bool:
    """The conversation still waits in the counselors' queue (nobody has taken it, the resident has not stopped)."""
    return turn.conversation.status == "waiting"


@action("welcome_back_in_queue")
def welcome_back_in_queue(turn: Turn) -> None:
    """Back after a long silence while waiting for a person: still in the queue since when, and when a counselor
    reads it (office hours); the waiting step's buttons follow (visit, places, lines, stop waiting)."""
    conv, office = turn.conversation, turn.services.office
    since = formatting.when(conv.waiting_since or turn.now, turn.lang, office.tz)
    if office.is_open(turn.now):
        turn.say("handoff.back_waiting.open", since=since, hours=office.describe(turn.lang))
        turn.data.pop("told_opens", None)
    else:
        opens = formatting.when(office.next_opening(turn.now), turn.lang, office.tz)
        turn.say("handoff.back_waiting.closed", since=since, opens=opens)
        # a 「まだ？」 after this gets the short "read from …", not the full notice again
        turn.data["told_opens"] = {"opens": opens, "at": turn.now.isoformat(), "n": 0}


@action("hear_safety_next")
def hear_safety_next(turn: Turn) -> None:
    """The welcome back after a crisis sign asked whether the resident is safe now: the next message answers it."""
    if turn.data.get("resume_recalled"):
        ask_due(turn, "self")


@condition("answered_better", answer=True)
def answered_better(turn: Turn) -> bool:
    """The safety question is open and the message says the resident feels better than before (「昨日よりはまし」
    「少し落ち着いた」 "a bit better"), with no word of danger."""
    if turn.data.get(DUE) != "self" or turn.inbound.kind != "text" or turn.triage is None:
        return False
    if "unsafe" in (turn.triage.intents or ()) or turn.triage.crisis:
        return False
    return wording().feels_better(turn.inbound.text)


@action("glad_better")
def glad_better(turn: Turn) -> None:
    """Feeling a little better: heard with relief, and the conversation goes on in writing (when a person reads it)."""
    turn.data.pop(DUE, None)
    keep_topics(turn)
    turn.say("crisis_talk.better_glad")
    say_when_read(turn)
