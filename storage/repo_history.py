"""Repository functions for the console's history: conversations found by filters and words, one resident's record.

Only what retention and erasure have left is found: redacted lines have no text and deleted notes no row."""
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import String, cast, exists, func, or_, select
from sqlalchemy.orm import Session

from storage.models import (
    Booking,
    Claim,
    Conversation,
    DataRequest,
    Message,
    Note,
    Referral,
    Resident,
    Resource,
    Slot,
)

SEARCHED_SENDERS = ("resident", "counselor")  # the bot's own words are the script's: searching them finds everyone


@dataclass(frozen=True)
class ConversationFilter:
    """What the console's conversation list is narrowed to; None (or False) leaves a criterion out."""

    status: str | None = None
    topic: str | None = None
    crisis: bool = False
    lang: str | None = None
    counselor: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    words: str | None = None


def _json_has(column, value: str):
    """A JSON list column holding the string *value* (a coarse test the caller confirms on the rows)."""
    return cast(column, String).contains(f'"{value}"', autoescape=True)


def find_conversations(session: Session, wanted: ConversationFilter,
                       limit: int = 100) -> list[tuple[Conversation, Resident]]:
    """Conversations matching *wanted* with their residents, the most recently active first."""
    stmt = select(Conversation, Resident).join(Resident, Resident.id == Conversation.resident_id)
    if wanted.status:
        stmt = stmt.where(Conversation.status == wanted.status)
    if wanted.topic:
        stmt = stmt.where(or_(_json_has(Conversation.topics, wanted.topic), _json_has(Conversation.data, wanted.topic)))
    if wanted.crisis:
        stmt = stmt.where(cast(Conversation.crisis, String).contains('"'))  # a list with at least one sign
    if wanted.lang:
        stmt = stmt.where(Resident.lang == wanted.lang)
    if wanted.counselor:
        claimed = exists().where(Claim.conversation_id == Conversation.id, Claim.staff_name == wanted.counselor)
        wrote = exists().where(Message.conversation_id == Conversation.id, Message.author == wanted.counselor)
        stmt = stmt.where(or_(Conversation.assigned_to == wanted.counselor, claimed, wrote))
    if wanted.since:
        stmt = stmt.where(Conversation.last_activity_at >= wanted.since)
    if wanted.until:
        stmt = stmt.where(Conversation.created_at < wanted.until)
    if wanted.words:
        said = exists().where(Message.conversation_id == Conversation.id, Message.sender.in_(SEARCHED_SENDERS),
                              Message.redacted_at.is_(None), Message.text.icontains(wanted.words, autoescape=True))
        noted = exists().where(Note.conversation_id == Conversation.id,
                               Note.text.icontains(wanted.words, autoescape=True))
        stmt = stmt.where(or_(said, noted))
    stmt = stmt.order_by(Conversation.last_activity_at.desc(), Conversation.id.desc()).limit(limit)
    return [(conv, resident) for conv, resident in session.execute(stmt)]


def conversations_of(session: Session, resident_id: int) -> list[Conversation]:
    """All of a resident's conversations, the newest first."""
    stmt = select(Conversation).where(Conversation.resident_id == resident_id).order_by(Conversation.id.desc())
    return list(session.scalars(stmt))


def previous_conversation(session: Session, resident_id: int, before_id: int) -> Conversation | None:
    """The resident's conversation before this one, if any."""
    stmt = (select(Conversation).where(Conversation.resident_id == resident_id, Conversation.id < before_id)
            .order_by(Conversation.id.desc()).limit(1))
    return session.scalars(stmt).first()


def count_conversations(session: Session, resident_id: int) -> int:
    """How many conversations the resident has had."""
    return int(session.scalar(select(func.count(Conversation.id)).where(Conversation.resident_id == resident_id)) or 0)


def notes_on(session: Session, conversation_ids: list[int]) -> list[Note]:
    """Counselors' notes on these conversations, the newest first."""
    if not conversation_ids:
        return []
    stmt = select(Note).where(Note.conversation_id.in_(conversation_ids)).order_by(Note.id.desc())
    return list(session.scalars(stmt))


def bookings_of(session: Session, resident_id: int) -> list[tuple[Booking, Slot]]:
    """The resident's accompanied-visit bookings with their slots, the latest visit first."""
    stmt = (select(Booking, Slot).join(Slot, Slot.id == Booking.slot_id).where(Booking.resident_id == resident_id)
            .order_by(Slot.starts_at.desc(), Booking.id.desc()))
    return [(booking, slot) for booking, slot in session.execute(stmt)]


def last_written(session: Session, resident_id: int) -> datetime | None:
    """When the resident last wrote or sent something in any conversation (their own lines, not the bot's)."""
    stmt = (select(func.max(Message.created_at)).join(Conversation, Conversation.id == Message.conversation_id)
            .where(Conversation.resident_id == resident_id, Message.sender == "resident"))
    return session.scalar(stmt)


def bookings_in_conversation(session: Session, conversation_id: int) -> list[tuple[Booking, Slot]]:
    """The accompanied-visit bookings made in one conversation with their slots, the earliest visit first."""
    stmt = (select(Booking, Slot).join(Slot, Slot.id == Booking.slot_id)
            .where(Booking.conversation_id == conversation_id).order_by(Slot.starts_at, Booking.id))
    return [(booking, slot) for booking, slot in session.execute(stmt)]


def referrals_of(session: Session, resident_id: int) -> list[tuple[Referral, Resource]]:
    """Where the resident was referred, with the agency, the newest first."""
    stmt = (select(Referral, Resource).join(Resource, Resource.id == Referral.resource_id)
            .where(Referral.resident_id == resident_id).order_by(Referral.id.desc()))
    return [(referral, resource) for referral, resource in session.execute(stmt)]


def requests_of(session: Session, resident_id: int) -> list[DataRequest]:
    """The resident's requests to see or delete their data, the newest first."""
    stmt = select(DataRequest).where(DataRequest.resident_id == resident_id).order_by(DataRequest.id.desc())
    return list(session.scalars(stmt))
