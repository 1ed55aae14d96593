"""The outbox, shared by every surface: replies are queued in the turn's transaction, already claimed by the
process that queues them, and sent right after commit (bot.app.sender); and running one resident's action
through the turn runner."""
import uuid
from datetime import timedelta

from bot.app import turn_runner
from handlers.replies import plain_text, to_dict
from storage import repo, repo_outbox, turns
from storage.models import OutboxMessage

REPLY_TOKEN_FRESH = timedelta(seconds=50)
# Short enough that a delivery interrupted by a crash is retried while its reply token still works.
CLAIM_LEASE = timedelta(seconds=20)


def new_outbox(resident_id, recipient: str, channel: str, payload: list[dict], reply_token, now) -> OutboxMessage:
    """An outbox row already claimed by the process that creates it (it sends right after commit)."""
    return OutboxMessage(resident_id=resident_id, recipient=recipient, channel=channel, reply_token=reply_token,
                         retry_key=str(uuid.uuid4()), payload=payload, created_at=now, next_attempt_at=now,
                         attempts=1, lease_until=now + CLAIM_LEASE)


def queue_replies(session, resident, replies, reply_token: str | None, now) -> list[OutboxMessage]:
    """Put replies in the outbox (one call's worth); return the rows to send after commit."""
    if not replies:
        return []
    return [repo_outbox.queue_outbox(session, new_outbox(resident.id, resident.external_id, resident.channel,
                                                  [to_dict(r) for r in replies], reply_token, now))]


def record_replies(session, conv, replies, now) -> None:
    """Add what the bot said to the conversation history."""
    repo.add_messages(session, conv.id, [{"sender": "bot", "text": plain_text(r), "kind": r.type, "payload": None}
                                         for r in replies], now)


def handle_inbound(rt, session, resident, inbound, now, conv=None, writes: turns.TurnWrites = turns.IMMEDIATE):
    """Run one channel-neutral action of a (locked) resident through the turn runner; return replies and effects.

    *conv* is the open conversation when the caller already loaded it (turn_runner.NO_CONVERSATION: it has none); *writes* takes
    the history lines and the conversation."""
    ran = turn_runner.resident_turn(rt.live, session, resident, inbound, now, conv, writes)
    return ran.replies, ran.effects
