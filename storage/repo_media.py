"""Queries for the pictures and files residents send (attachments): queued in the turn, fetched after it."""
from datetime import datetime, timedelta

from sqlalchemy import delete, select, true
from sqlalchemy.orm import Session, undefer

from storage import leases
from storage.dialect import dialect_insert
from storage.models import Attachment, Message


def queue_fetch(session: Session, resident_id: int, conversation_id: int, channel: str, external_id: str, kind: str,
                now: datetime) -> int | None:
    """Remember that a content must be fetched (once per channel message id); its id, None when known already."""
    stmt = dialect_insert(session, Attachment).values(
        resident_id=resident_id, conversation_id=conversation_id, channel=channel, external_id=external_id[:64],
        kind=kind[:16], status="pending", attempts=0, next_attempt_at=now, created_at=now)
    session.execute(stmt.on_conflict_do_nothing(index_elements=["channel", "external_id"]))
    return session.scalar(select(Attachment.id).where(Attachment.channel == channel,
                                                      Attachment.external_id == external_id[:64]))


def due(session: Session, now: datetime, limit: int = 20) -> list[int]:
    """Attachments waiting to be fetched whose time has come and that no process holds."""
    return leases.due_ids(session, Attachment, now, Attachment.next_attempt_at, limit, Attachment.next_attempt_at <= now)


def claim(session: Session, attachment_id: int, now: datetime, lease: timedelta) -> Attachment | None:
    """Take a pending attachment for this process (None: gone, done, or held by another)."""
    return leases.take(session, Attachment, attachment_id, now, lease)


def by_id(session: Session, attachment_id: int, with_data: bool = False) -> Attachment | None:
    """One attachment (its bytes only when *with_data*)."""
    options = [undefer(Attachment.data)] if with_data else []
    return session.get(Attachment, attachment_id, options=options)


def history_line(session: Session, conversation_id: int, external_id: str) -> int | None:
    """The resident's history line that carries this channel message id (the last media lines are looked at)."""
    rows = session.execute(select(Message.id, Message.payload)
                           .where(Message.conversation_id == conversation_id, Message.sender == "resident",
                                  Message.kind.in_(("image", "video", "audio", "file")))
                           .order_by(Message.id.desc()).limit(50)).all()
    return next((mid for mid, payload in rows if (payload or {}).get("message_id") == external_id), None)


def of_messages(session: Session, message_ids: list[int]) -> dict[int, Attachment]:
    """The attachments of these history lines, by line id (bytes not loaded)."""
    if not message_ids:
        return {}
    rows = session.scalars(select(Attachment).where(Attachment.message_id.in_(message_ids)))
    return {row.message_id: row for row in rows if row.message_id is not None}


def of_conversation(session: Session, conversation_id: int) -> list[Attachment]:
    """Every attachment of a conversation (bytes not loaded), oldest first."""
    return list(session.scalars(select(Attachment).where(Attachment.conversation_id == conversation_id)
                                .order_by(Attachment.id)))


def of_resident(session: Session, resident_id: int) -> list[Attachment]:
    """Every attachment a resident sent (bytes not loaded), oldest first."""
    return list(session.scalars(select(Attachment).where(Attachment.resident_id == resident_id)
                                .order_by(Attachment.id)))


def delete_attachments(session: Session, before: datetime | None, resident_ids=None) -> int:
    """Pictures and files sent before *before* (None: all of these residents'), with their bytes; the purge
    removes them with the texts of the conversation."""
    stmt = (delete(Attachment).where(true() if resident_ids is None else Attachment.resident_id.in_(resident_ids),
                                     true() if before is None else Attachment.created_at < before)
            .execution_options(synchronize_session=False))
    return session.execute(stmt).rowcount or 0
