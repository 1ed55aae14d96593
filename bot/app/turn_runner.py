"""The one channel-neutral turn runner: the LINE webhook, the reception kiosk, the scheduler, the editor's
preview and a counselor's send all come through here. A surface turns its input into an Inbound (or a due
job, or a counselor's text), hands it over with the resident's (locked) row, and renders the replies it
gets back; it never runs the dialog itself."""
from dataclasses import dataclass, field

from dialogs.engine import open_conversation
from handlers import registry
from handlers.inbound import Inbound
from handlers.replies import Reply, Text, plain_text
from handlers.turn import Turn
from storage import repo, turns

NO_CONVERSATION = object()  # "the resident has no open conversation" (already looked up by the caller)


@dataclass
class Ran:
    """What one turn left: replies to render and send, effects to run after commit, the conversation."""

    replies: list[Reply] = field(default_factory=list)
    effects: list = field(default_factory=list)
    conversation: object = None
    message: object = None  # a counselor's turn: the history line it added


def conversation_of(live, session, resident, now, conv=None):
    """The resident's open conversation (*conv* when the caller already loaded it), or a new one."""
    if conv is None:
        return open_conversation(session, resident, live.engine.script, now)
    if conv is NO_CONVERSATION:
        return repo.new_conversation(session, resident.id, live.engine.script.name, live.engine.script.initial, now)
    return conv


def begin(live, session, resident, conv, inbound, now) -> Turn:
    """A Turn on the conversation with a private copy of its working data (*live*: the dialog version)."""
    conv.data = dict(conv.data or {})
    return Turn(session, resident, conv, inbound, live.services, now)


def finish(session, turn, said, now, writes: turns.TurnWrites = turns.IMMEDIATE, activity: bool = True) -> None:
    """Write what the resident did and what the bot said to the history and save the conversation
    (*activity*: the resident did something, which counts for 'coming back after a long silence')."""
    conv, inbound = turn.conversation, turn.inbound
    lines = []
    if said is not None:
        lines.append({"sender": "resident", "text": said, "kind": inbound.kind,
                      "payload": {"message_id": inbound.message_id} if inbound.message_id else None})
    lines += [{"sender": "bot", "text": plain_text(r), "kind": r.type, "payload": None} for r in turn.replies]
    writes.add_messages(session, conv.id, lines, now)
    if activity:
        conv.last_activity_at = now
    writes.save_conversation(session, conv)


def resident_turn(live, session, resident, inbound: Inbound, now, conv=None,
                  writes: turns.TurnWrites = turns.IMMEDIATE) -> Ran:
    """One thing the resident did, on any channel: the script's patterns, the dialog, the history."""
    if inbound.kind == "follow":
        resident.following, resident.unfollowed_at = True, None
    conv = conversation_of(live, session, resident, now, conv)
    if inbound.kind == "unsend":
        repo.forget_unsent(session, conv.id, inbound.message_id or "")
        return Ran([], [], conv)
    turn = begin(live, session, resident, conv, inbound, now)
    said = live.engine.describe(turn)
    live.engine.handle(turn)
    finish(session, turn, said, now, writes)
    return Ran(turn.replies, turn.effects, conv)


def job_turn(live, session, resident, kind: str, payload: dict, now) -> Ran:
    """A scheduled job of the resident's (a reminder, a follow-up): its handler may enter a declared state."""
    handler = registry.JOBS[kind]
    conv = conversation_of(live, session, resident, now)
    turn = begin(live, session, resident, conv, Inbound("scheduled", data=kind), now)
    turn.enter = lambda state: live.engine.enter(turn, state)
    handler(turn, dict(payload or {}))
    repo.mark_data_changed(conv)
    finish(session, turn, None, now, activity=False)
    return Ran(turn.replies, turn.effects, conv)


def counselor_turn(session, conv, text: str, now, author: str, sender: str = "") -> Ran:
    """A counselor's message to the resident: kept in the history, delivered like the bot's replies, under the
    counselor's name (*sender*, e.g. 「相談員 佐藤」) so it never looks like the bot."""
    message = repo.add_message(session, conv.id, "counselor", text, now, author=author)
    conv.last_activity_at = now
    return Ran([Text(text, sender=sender)], [], conv, message)
