"""Queries for consents, data requests and the retention purge (each purge step returns how many rows it changed).

The purge never deletes a row the reports count: residents, conversations and message rows stay, stripped of
what identifies or was written by a person. Rows nothing counts (raw webhook bodies, sent reply payloads, notes,
audit lines, old consent records) are deleted.
"""
import hashlib
import uuid
from datetime import datetime

from sqlalchemy import delete, or_, select, true, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from storage.dialect import dialect_insert
from storage.models import (
    AuditEntry,
    Booking,
    Consent,
    Conversation,
    DataRequest,
    InboundEvent,
    Message,
    Note,
    OutboxMessage,
    Referral,
    Resident,
    ScheduledJob,
    SpentEvent,
    UnmetNeed,
)

CHUNK = 500


# --- consents ---------------------------------------------------------------------------------------
def record_consent(session: Session, **fields) -> Consent:
    """Store one consent answer (purpose, answer, wording id/version/text, language, channel …)."""
    row = Consent(**fields)
    session.add(row)
    session.flush()
    return row


def consents_of(session: Session, resident_id: int) -> list[Consent]:
    """A resident's consent answers, oldest first."""
    return list(session.scalars(select(Consent).where(Consent.resident_id == resident_id).order_by(Consent.id)))


# --- data requests ------------------------------------------------------------------------------------
def open_request(session: Session, resident_id: int, kind: str) -> DataRequest | None:
    """The resident's open request of *kind*, if they already made one."""
    stmt = select(DataRequest).where(DataRequest.resident_id == resident_id, DataRequest.kind == kind,
                                     DataRequest.status == "open")
    return session.scalars(stmt.limit(1)).first()


def add_request(session: Session, **fields) -> DataRequest:
    """Store a new data request."""
    row = DataRequest(**fields)
    session.add(row)
    session.flush()
    return row


def request_by_id(session: Session, request_id: int) -> DataRequest | None:
    """One data request by id."""
    return session.get(DataRequest, request_id)


def requests(session: Session, status: str | None = None, limit: int = 200) -> list[DataRequest]:
    """Requests, open ones oldest first (they are due soonest), others newest first."""
    stmt = select(DataRequest)
    if status == "open":
        stmt = stmt.where(DataRequest.status == "open").order_by(DataRequest.requested_at, DataRequest.id)
    elif status:
        stmt = stmt.where(DataRequest.status == status).order_by(DataRequest.handled_at.desc(), DataRequest.id.desc())
    else:
        stmt = stmt.where(DataRequest.status != "open").order_by(DataRequest.handled_at.desc(), DataRequest.id.desc())
    return list(session.scalars(stmt.limit(limit)))


def count_open_requests(session: Session) -> int:
    """How many data requests wait for staff."""
    return len(list(session.scalars(select(DataRequest.id).where(DataRequest.status == "open"))))


# --- what we hold about one resident ----------------------------------------------------------------
def conversations_of(session: Session, resident_id: int) -> list[Conversation]:
    """Every conversation of a resident, oldest first."""
    return list(session.scalars(select(Conversation).where(Conversation.resident_id == resident_id)
                                .order_by(Conversation.id)))


def messages_of(session: Session, conversation_ids: list[int]) -> list[Message]:
    """The history lines of these conversations, in order."""
    if not conversation_ids:
        return []
    return list(session.scalars(select(Message).where(Message.conversation_id.in_(conversation_ids))
                                .order_by(Message.id)))


def notes_of(session: Session, conversation_ids: list[int]) -> list[Note]:
    """Counselors' notes on these conversations."""
    if not conversation_ids:
        return []
    return list(session.scalars(select(Note).where(Note.conversation_id.in_(conversation_ids)).order_by(Note.id)))


def bookings_of(session: Session, resident_id: int) -> list[Booking]:
    """A resident's accompanied-visit bookings."""
    return list(session.scalars(select(Booking).where(Booking.resident_id == resident_id).order_by(Booking.id)))


def referrals_of(session: Session, resident_id: int) -> list[Referral]:
    """A resident's referrals."""
    return list(session.scalars(select(Referral).where(Referral.resident_id == resident_id).order_by(Referral.id)))


# --- purge steps --------------------------------------------------------------------------------------
def _for(column, resident_ids):
    return true() if resident_ids is None else column.in_(resident_ids)


def event_digest(channel: str, event_id: str) -> str:
    """What is kept of an event id once its body is gone (replay protection)."""
    return hashlib.sha256(f"{channel}:{event_id}".encode()).hexdigest()


def spend_events(session: Session, condition, now: datetime) -> None:
    """Remember (hashed) the ids of the inbound events matching *condition* before they are deleted."""
    rows = session.execute(select(InboundEvent.channel, InboundEvent.event_id).where(condition)).all()
    for start in range(0, len(rows), 500):
        values = [{"digest": event_digest(channel, event_id), "spent_at": now}
                  for channel, event_id in rows[start:start + 500]]
        session.execute(dialect_insert(session, SpentEvent).values(values).on_conflict_do_nothing(index_elements=["digest"]))


def spent_event_ids(session: Session, channel: str, event_ids: list[str]) -> set[str]:
    """Which of *event_ids* were handled and purged already (a replayed signed body)."""
    if not event_ids:
        return set()
    by_digest = {event_digest(channel, e): e for e in event_ids}
    found = session.scalars(select(SpentEvent.digest).where(SpentEvent.digest.in_(list(by_digest))))
    return {by_digest[d] for d in found}


def delete_spent_events(session: Session, before: datetime) -> int:
    """Hashes of event ids spent before *before* (LINE redelivers within days; replays this old are moot)."""
    return session.execute(delete(SpentEvent).where(SpentEvent.spent_at < before)).rowcount or 0


def delete_raw_events(session: Session, before: datetime, now: datetime | None = None) -> int:
    """Webhook bodies handled (or given up) and reply payloads delivered (or given up) before *before*; the
    events' ids are kept, hashed, so that a replay of their signed body is still refused."""
    expired = (InboundEvent.status != "pending") & (InboundEvent.received_at < before)
    spend_events(session, expired, now or before)
    events = session.execute(delete(InboundEvent).where(expired)).rowcount
    outbox = session.execute(delete(OutboxMessage).where(
        OutboxMessage.status != "pending", OutboxMessage.created_at < before)).rowcount
    return events + outbox


def redact_messages(session: Session, before: datetime | None, now: datetime, resident_ids=None) -> int:
    """Blank the text and payload of history lines written before *before* (None: all of these residents')."""
    conv_ids = select(Conversation.id).where(_for(Conversation.resident_id, resident_ids))
    stmt = (update(Message)
            .where(Message.redacted_at.is_(None), Message.conversation_id.in_(conv_ids),
                   true() if before is None else Message.created_at < before)
            .values(text="", payload=None, redacted_at=now)
            .execution_options(synchronize_session=False))
    return session.execute(stmt).rowcount


def redact_booking_words(session: Session, before: datetime | None, resident_ids=None) -> int:
    """Forget where residents said they needed to go, in their own words."""
    stmt = (update(Booking)
            .where(Booking.destination_text.is_not(None), _for(Booking.resident_id, resident_ids),
                   true() if before is None else Booking.created_at < before)
            .values(destination_text=None).execution_options(synchronize_session=False))
    return session.execute(stmt).rowcount


def conversations_to_redact(session: Session, level: str, before: datetime | None, resident_ids=None,
                            after_id: int = 0) -> list[Conversation]:
    """A chunk of conversations idle since before *before* not yet stripped to *level* ('texts' or 'summary')."""
    not_yet = [None, "texts"] if level == "summary" else [None]
    stmt = (select(Conversation)
            .where(Conversation.id > after_id, _for(Conversation.resident_id, resident_ids),
                   or_(*(Conversation.redacted.is_(None) if v is None else Conversation.redacted == v for v in not_yet)),
                   true() if before is None else Conversation.last_activity_at < before)
            .order_by(Conversation.id).limit(CHUNK))
    return list(session.scalars(stmt))


def save_data(conversation: Conversation, data: dict, level: str) -> None:
    """Write stripped working data back and remember how far it was stripped."""
    conversation.data = data
    flag_modified(conversation, "data")
    conversation.redacted = level


def delete_notes(session: Session, before: datetime | None, resident_ids=None) -> int:
    """Counselors' notes older than *before* (None: all notes on these residents' conversations)."""
    conv_ids = select(Conversation.id).where(_for(Conversation.resident_id, resident_ids))
    stmt = delete(Note).where(Note.conversation_id.in_(conv_ids), true() if before is None else Note.created_at < before)
    return session.execute(stmt.execution_options(synchronize_session=False)).rowcount


def residents_to_anonymise(session: Session, before: datetime, limit: int = CHUNK) -> list[int]:
    """Residents not heard from since before *before* who can still be linked to a LINE account."""
    stmt = (select(Resident.id).where(Resident.anonymised_at.is_(None), Resident.last_seen_at < before)
            .order_by(Resident.id).limit(limit))
    return list(session.scalars(stmt))


def unfollowed_residents(session: Session, before: datetime, limit: int = CHUNK) -> list[int]:
    """Residents who blocked the account before *before* and are not yet anonymised."""
    stmt = (select(Resident.id).where(Resident.anonymised_at.is_(None), Resident.following.is_(False),
                                      Resident.unfollowed_at.is_not(None), Resident.unfollowed_at < before)
            .order_by(Resident.id).limit(limit))
    return list(session.scalars(stmt))


def anonymise_residents(session: Session, resident_ids: list[int], now: datetime) -> int:
    """Replace each LINE user id by a random one and drop everything that still carries the real id."""
    if not resident_ids:
        return 0
    keys = list(session.execute(select(Resident.channel, Resident.external_id).where(Resident.id.in_(resident_ids))))
    for resident_id in resident_ids:
        session.execute(update(Resident).where(Resident.id == resident_id).values(
            external_id=f"anon-{uuid.uuid4().hex}", following=False, anonymised_at=now))
    for channel, external_id in keys:
        theirs = (InboundEvent.channel == channel) & (InboundEvent.resident_key == external_id)
        spend_events(session, theirs, now)
        session.execute(delete(InboundEvent).where(theirs))
    session.execute(delete(OutboxMessage).where(OutboxMessage.resident_id.in_(resident_ids))
                    .execution_options(synchronize_session=False))
    session.execute(update(ScheduledJob).where(ScheduledJob.resident_id.in_(resident_ids),
                                               ScheduledJob.status == "pending")
                    .values(status="cancelled", payload={}).execution_options(synchronize_session=False))
    return len(resident_ids)


def delete_audit(session: Session, before: datetime) -> int:
    """Audit lines older than *before*."""
    return session.execute(delete(AuditEntry).where(AuditEntry.at < before)).rowcount


def delete_consent_records(session: Session, before: datetime) -> int:
    """Consent answers and handled data requests older than *before*; referral wording kept with them goes too."""
    consents = session.execute(delete(Consent).where(Consent.created_at < before)).rowcount
    handled = session.execute(delete(DataRequest).where(
        DataRequest.status != "open", DataRequest.handled_at < before)).rowcount
    wording = session.execute(update(Referral).where(Referral.created_at < before, Referral.consent_text != "")
                              .values(consent_text="").execution_options(synchronize_session=False)).rowcount
    return consents + handled + wording


def forget_unmet_needs(session: Session, resident_ids: list[int]) -> int:
    """Unmet needs keep their codes for the reports, but no longer say whose they were or where."""
    if not resident_ids:
        return 0
    return session.execute(update(UnmetNeed).where(UnmetNeed.resident_id.in_(resident_ids))
                           .values(resident_id=None, lat=None, lon=None)
                           .execution_options(synchronize_session=False)).rowcount or 0


def clear_unmet_locations(session: Session) -> int:
    """Coordinates left on unmet needs by earlier versions (no report uses them)."""
    return session.execute(update(UnmetNeed).where((UnmetNeed.lat.is_not(None)) | (UnmetNeed.lon.is_not(None)))
                           .values(lat=None, lon=None).execution_options(synchronize_session=False)).rowcount or 0
