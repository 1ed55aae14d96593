"""Handing the conversation to a person: the queue, honest waiting, and what is written meanwhile."""
from datetime import datetime, timedelta

from handlers import formatting, postback
from handlers.crisis import hotline_lines
from handlers.registry import action, provider
from handlers.replies import Option
from handlers.turn import Turn
from handlers.waiting import expected_wait, start_waiting

ACK_EVERY = timedelta(minutes=30)


@action("request_handoff")
def request_handoff(turn: Turn) -> None:
    """Put the conversation in the counselors' queue (keeping its place if already waiting)."""
    start_waiting(turn)
    turn.data.pop("waiting_ack_at", None)


@action("cancel_handoff")
def cancel_handoff(turn: Turn) -> None:
    """The resident no longer waits for a person; the bot carries on."""
    conv = turn.conversation
    if conv.status == "waiting":
        conv.status = "bot"
        conv.waiting_since = None
    turn.say("handoff.cancelled")


@provider("handoff_status")
def handoff_status(turn: Turn):
    """What happens next, honestly: soon in office hours; otherwise when the office opens, and the 24-hour lines."""
    office = turn.services.office
    if office.is_open(turn.now):
        if turn.conversation.status == "waiting":
            estimate = expected_wait(turn)
            if estimate:
                return "counsel.waiting_estimate", {"minutes": estimate[0], "ahead": estimate[1]}, []
        return "handoff.waiting", {}, []
    opens = formatting.when(office.next_opening(turn.now), turn.lang, office.tz)
    lines = hotline_lines(turn, turn.services.hotlines.around_the_clock(turn.lang))
    return "handoff.after_hours", {"opens": opens, "lines": lines}, []


@action("note_while_waiting")
def note_while_waiting(turn: Turn) -> None:
    """A message while a person is asked for: kept for the counselor; a short note now and then."""
    if turn.conversation.status != "waiting" or turn.inbound.kind == "unsend":
        return
    last = turn.data.get("waiting_ack_at")
    if last and turn.now - datetime.fromisoformat(last) < ACK_EVERY:
        return
    turn.data["waiting_ack_at"] = turn.now.isoformat()
    label = turn.t("opt.back_to_menu")
    turn.ask("handoff.noted", [Option(label, postback.encode("cancel", state="handoff"), display=label)])
