"""Handing the conversation to a person: the queue, honest waiting, and what is written meanwhile."""
from handlers import formatting
from handlers.crisis import hotline_lines, situations
from handlers.registry import action, provider
from handlers.replies import Text
from handlers.turn import Turn
from handlers.waiting import DEFAULT_TIMEOUT_MINUTES, STOPPED_WAITING, expected_wait, open_until, start_waiting
from handlers.wording import wording

WAITING_NOTES = ("handoff.noted", "companion.noted_waiting")  # in turn, never the same twice in a row


@action("request_handoff")
def request_handoff(turn: Turn) -> None:
    """Put the conversation in the counselors' queue (keeping its place if already waiting). A resident already in it
    who asks for a person again (from the visit or places step the wait offers) is told how the wait stands, not
    told anew that a counselor was told."""
    already = turn.conversation.status == "waiting"
    start_waiting(turn)
    if not already:
        turn.data.pop("told_opens", None)
        turn.data.pop("told_waiting", None)


@action("cancel_handoff")
def cancel_handoff(turn: Turn) -> None:
    """The resident no longer waits for a person; the bot carries on."""
    conv = turn.conversation
    if conv.status == "waiting" and not conv.crisis:  # a crisis sign keeps the conversation where counselors look
        conv.status = "bot"
        conv.waiting_since = None
        turn.data[STOPPED_WAITING] = True
    turn.say("handoff.cancelled")


STILL_WAITING = 3  # handoff.still_waiting.1…3: a short status, in turn, once the full notice has been read
LONG_WAIT_MINUTES = 180  # a wait this long is told since when it began, not in minutes
STILL_CLOSED = 3  # handoff.still_closed.1…3: the same out of hours, once "when a counselor reads" has been said


def _again(turn: Turn, key: str) -> int:
    """How many turns before this one already showed the waiting notice *key* (0: this is the first)."""
    told = turn.data.get(key) or {}
    if told.get("at") == turn.now.isoformat():
        return int(told.get("n", 0))
    n = int(told.get("n", -1)) + 1
    turn.data[key] = {"at": turn.now.isoformat(), "n": n}
    return n


def closing_soon(turn: Turn) -> dict | None:
    """When the office closes before a counselor could be expected to answer: when it closes and opens again."""
    office = turn.services.office
    closes = open_until(office, turn.now)
    minutes = float(turn.services.settings.get("claim_timeout_minutes", DEFAULT_TIMEOUT_MINUTES))
    if closes <= turn.now or (closes - turn.now).total_seconds() > minutes * 60:
        return None
    return {"closes": formatting.clock(closes, turn.lang, office.tz),
            "opens": formatting.when(office.next_opening(closes), turn.lang, office.tz)}


@provider("handoff_status")
def handoff_status(turn: Turn):
    """What happens next, honestly: soon in office hours; otherwise when the office opens, and the 24-hour lines.
    The full notice is said once; a resident still waiting (「まだ？」, a sticker) gets a short, changing status."""
    office, conv = turn.services.office, turn.conversation
    if office.is_open(turn.now):
        turn.data.pop("told_opens", None)
        again = _again(turn, "told_waiting") if conv.status == "waiting" else 0
        waited = (turn.now - conv.waiting_since).total_seconds() / 60 if conv.waiting_since else 0
        if again and waited >= LONG_WAIT_MINUTES:  # not "waiting for 1,500 minutes": since when, and sorry
            return "handoff.still_waiting_since", {"since": formatting.when(conv.waiting_since, turn.lang, office.tz)}, []
        if again:
            return f"handoff.still_waiting.{(again - 1) % STILL_WAITING + 1}", {"minutes": max(1, round(waited))}, []
        closing = closing_soon(turn) if conv.status == "waiting" else None
        if closing:  # "please wait a little" would not be true a minute before closing
            return "handoff.closing_soon", closing, []
        if conv.status == "waiting" and not turn.data.get("unclaimed_told_at"):
            estimate = expected_wait(turn)
            # an estimate the wait has already outgrown is not said again (nor after "nobody is free yet")
            if estimate and waited < estimate[0]:
                return "counsel.waiting_estimate", {"minutes": estimate[0], "ahead": estimate[1]}, []
        return "handoff.waiting", {}, []
    turn.data.pop("told_waiting", None)
    opens = formatting.when(office.next_opening(turn.now), turn.lang, office.tz)
    told = turn.data.get("told_opens") or {}
    n = 0
    if told.get("opens") == opens:
        n = int(told.get("n", 0)) + (told.get("at") != turn.now.isoformat())
    turn.data["told_opens"] = {"opens": opens, "at": turn.now.isoformat(), "n": n}
    if n == 1:
        return "companion.read_from", {"opens": opens}, []  # said in full in an earlier turn: the short line
    if n > 1:
        _drop_waiting_note(turn)  # the short status says itself that the words are kept and when they are read
        return f"handoff.still_closed.{(n - 2) % STILL_CLOSED + 1}", {"opens": opens}, []
    lines = hotline_lines(turn, turn.services.hotlines.around_the_clock(
        turn.lang, topics=conv.topics or turn.data.get("topics") or (), signals=conv.crisis or (),
        situations=situations(turn)))
    chats = turn.services.hotlines.text_lines(turn.lang, turn.now, conv.crisis or (), situations(turn))
    if chats:  # someone who cannot phone has a line to write to, too
        lines += "\n" + turn.t("crisis_talk.text_lines_also", lines=hotline_lines(turn, chats))
    return "handoff.after_hours", {"opens": opens, "lines": lines}, []


def _drop_waiting_note(turn: Turn) -> None:
    """Leave out this turn's 「受け取りました。相談員に伝わっています。」: the status that follows says the same."""
    notes = {turn.t(msg_id) for msg_id in WAITING_NOTES}
    turn.replies[:] = [r for r in turn.replies if not (isinstance(r, Text) and r.text in notes)]


@action("note_while_waiting")
def note_while_waiting(turn: Turn) -> None:
    """A message while waiting for a person: kept for the counselor and answered (the wait follows)."""
    if turn.inbound.kind == "unsend":
        return
    text = turn.inbound.text if turn.inbound.kind == "text" else ""
    if text and wording().asks_a_call(text) and not turn.data.get("said:call_wish"):
        # 「電話してもらえますか」: the wish is the counselor's to answer; said once what happens with it
        turn.data["said:call_wish"] = True
        turn.say("handoff.call_wish", phone=turn.services.office.phone)
        return
    if text and wording().steps_away(text):
        turn.say("handoff.away")  # 「ちょっと出かけないと」: the place in the queue stays, the answer waits here
        return
    n = int(turn.data.get("said:waiting_note", 0)) % len(WAITING_NOTES)
    turn.data["said:waiting_note"] = n + 1
    turn.say(WAITING_NOTES[n])
