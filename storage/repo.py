"""Repository functions: the only place that speaks SQL."""
from datetime import datetime, timedelta

from sqlalchemy import insert, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage.models import Conversation, InboundEvent, Message, OutboxMessage, Resident, ScheduledJob


def _insert(session: Session, model):
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(model)


# --- inbound events -----------------------------------------------------------------------
def store_events(session: Session, rows: list[dict]) -> list[str]:
    """Insert events, ignoring ids already stored; return the ids that were new."""
    new = []
    for row in rows:
        stmt = _insert(session, InboundEvent).values(**row).on_conflict_do_nothing(index_elements=["event_id"])
        if session.execute(stmt).rowcount:
            new.append(row["event_id"])
    return new


def pending_events(session: Session, resident_key: str, limit: int = 100) -> list[InboundEvent]:
    """A resident's unprocessed events in the order they happened."""
    stmt = (select(InboundEvent)
            .where(InboundEvent.resident_key == resident_key, InboundEvent.status == "pending")
            .order_by(InboundEvent.occurred_ms, InboundEvent.id).limit(limit))
    return list(session.scalars(stmt))


def mark_event_done(session: Session, event_id: str, now: datetime) -> None:
    """Record that an event needs nothing more."""
    session.execute(update(InboundEvent).where(InboundEvent.event_id == event_id)
                    .values(status="done", processed_at=now))


def stale_resident_keys(session: Session, older_than: datetime, limit: int = 100) -> list[str]:
    """Residents with events still pending since before *older_than* (a crash or a failure)."""
    stmt = (select(InboundEvent.resident_key)
            .where(InboundEvent.status == "pending", InboundEvent.received_at < older_than,
                   InboundEvent.resident_key.is_not(None))
            .group_by(InboundEvent.resident_key).limit(limit))
    return [k for k in session.scalars(stmt)]


def note_event_failure(session: Session, event_id: str, error: str, give_up_after: int) -> bool:
    """Count a failed attempt; return True when the event is given up on (marked failed)."""
    event = session.scalars(select(InboundEvent).where(InboundEvent.event_id == event_id)).one()
    event.attempts += 1
    event.last_error = error[:200]
    if event.attempts >= give_up_after:
        event.status = "failed"
        return True
    return False


# --- residents and conversations ------------------------------------------------------------
def ensure_resident(session: Session, channel: str, external_id: str, now: datetime) -> None:
    """Create the resident row if it does not exist yet (safe under concurrency)."""
    stmt = _insert(session, Resident).values(channel=channel, external_id=external_id, created_at=now,
                                             last_seen_at=now, following=True)
    session.execute(stmt.on_conflict_do_nothing(index_elements=["channel", "external_id"]))


def lock_resident(session: Session, channel: str, external_id: str) -> Resident:
    """The resident row, locked for this transaction so their events are handled one at a time."""
    stmt = select(Resident).where(Resident.channel == channel, Resident.external_id == external_id)
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    return session.scalars(stmt).one()


def lock_known_resident(session: Session, channel: str, external_id: str) -> Resident | None:
    """The resident row locked for this transaction, or None when we have never met them."""
    stmt = select(Resident).where(Resident.channel == channel, Resident.external_id == external_id)
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    return session.scalars(stmt).first()


def find_resident(session: Session, channel: str, external_id: str) -> Resident | None:
    """The resident, if known."""
    stmt = select(Resident).where(Resident.channel == channel, Resident.external_id == external_id)
    return session.scalars(stmt).first()


def open_conversation(session: Session, resident_id: int) -> Conversation | None:
    """The resident's current (not closed) conversation."""
    stmt = (select(Conversation).where(Conversation.resident_id == resident_id, Conversation.status != "closed")
            .order_by(Conversation.id.desc()).limit(1))
    return session.scalars(stmt).first()


def new_conversation(session: Session, resident_id: int, script: str, state: str, now: datetime) -> Conversation:
    """Start a conversation at *state*."""
    conv = Conversation(resident_id=resident_id, script=script, state=state, data={}, topics=[], crisis=[],
                        created_at=now, last_activity_at=now)
    session.add(conv)
    session.flush()
    return conv


def add_message(session: Session, conversation_id: int, sender: str, text: str, now: datetime,
                kind: str = "text", payload: dict | None = None, author: str | None = None) -> Message:
    """Append a line to the conversation history and return it (with its id)."""
    msg = Message(conversation_id=conversation_id, sender=sender, kind=kind, text=text, payload=payload,
                  author=author, created_at=now)
    session.add(msg)
    session.flush()
    return msg


def add_messages(session: Session, conversation_id: int, lines: list[dict], now: datetime) -> None:
    """Append several lines ({sender, text, kind, payload}) to the history in one statement."""
    if lines:
        session.execute(insert(Message), [{"conversation_id": conversation_id, "created_at": now, "author": None,
                                           **line} for line in lines])


def history(session: Session, conversation_id: int) -> list[Message]:
    """The whole conversation history, oldest first."""
    stmt = select(Message).where(Message.conversation_id == conversation_id).order_by(Message.id)
    return list(session.scalars(stmt))


def forget_unsent(session: Session, conversation_id: int, line_message_id: str) -> int:
    """Blank the text of a message the resident unsent; return how many lines were blanked."""
    count = 0
    for msg in history(session, conversation_id):
        if msg.sender == "resident" and (msg.payload or {}).get("message_id") == line_message_id:
            msg.text, msg.kind, msg.payload = "", "unsent", {"message_id": line_message_id}
            count += 1
    return count


# --- outbox ------------------------------------------------------------------------------
def queue_outbox(session: Session, row: OutboxMessage) -> OutboxMessage:
    """Queue replies for delivery after commit; *row* gets its id (it is not added to the session)."""
    values = {c.key: getattr(row, c.key) for c in OutboxMessage.__table__.columns if c.key != "id"}
    values["status"] = values["status"] or "pending"
    values["attempts"] = values["attempts"] or 0
    row.id = session.execute(insert(OutboxMessage).values(**values).returning(OutboxMessage.id)).scalar_one()
    return row


def claim_outbox(session: Session, outbox_id: int, now: datetime, lease: timedelta) -> OutboxMessage | None:
    """Take a pending outbox row for sending, unless another process holds it."""
    stmt = (update(OutboxMessage)
            .where(OutboxMessage.id == outbox_id, OutboxMessage.status == "pending", OutboxMessage.channel == "line",
                   OutboxMessage.next_attempt_at <= now,
                   or_(OutboxMessage.lease_until.is_(None), OutboxMessage.lease_until < now))
            .values(lease_until=now + lease, attempts=OutboxMessage.attempts + 1))
    if session.execute(stmt).rowcount != 1:
        return None
    return session.get(OutboxMessage, outbox_id)


def due_outbox(session: Session, now: datetime, limit: int = 100) -> list[int]:
    """LINE outbox rows that should be (re)tried now (kiosk rows wait for the kiosk page to fetch them)."""
    stmt = (select(OutboxMessage.id)
            .where(OutboxMessage.status == "pending", OutboxMessage.channel == "line",
                   OutboxMessage.next_attempt_at <= now,
                   or_(OutboxMessage.lease_until.is_(None), OutboxMessage.lease_until < now))
            .order_by(OutboxMessage.id).limit(limit))
    return list(session.scalars(stmt))


def mark_sent(session: Session, outbox_ids: list[int], now: datetime) -> None:
    """Record several deliveries as done in one statement."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL synchronous_commit TO OFF"))
    session.execute(update(OutboxMessage).where(OutboxMessage.id.in_(outbox_ids))
                    .values(status="sent", sent_at=now, lease_until=None))


def mark_outbox(session: Session, outbox_id: int, status: str, now: datetime, error: str | None = None,
                retry_at: datetime | None = None) -> None:
    """Record the result of a delivery attempt."""
    if session.get_bind().dialect.name == "postgresql":
        # Losing this commit in a database crash only means one more attempt, which the reply token
        # or the retry key makes harmless; so do not wait for the disk here.
        session.execute(text("SET LOCAL synchronous_commit TO OFF"))
    values = {"status": status, "lease_until": None, "last_error": (error or None) and error[:200]}
    if status == "sent":
        values["sent_at"] = now
    if retry_at is not None:
        values["next_attempt_at"] = retry_at
    session.execute(update(OutboxMessage).where(OutboxMessage.id == outbox_id).values(**values))


def resident_of_outbox(session: Session, outbox_id: int) -> Resident:
    """The resident an outbox row is addressed to."""
    row = session.get(OutboxMessage, outbox_id)
    return session.get(Resident, row.resident_id)



# --- scheduled jobs --------------------------------------------------------------------------
def schedule_job(session: Session, kind: str, dedupe_key: str, due_at: datetime, resident_id: int | None,
                 payload: dict, now: datetime) -> None:
    """Schedule work once per *dedupe_key* (scheduling again for the same key changes nothing)."""
    stmt = _insert(session, ScheduledJob).values(kind=kind, dedupe_key=dedupe_key, due_at=due_at,
                                                 resident_id=resident_id, payload=payload, status="pending",
                                                 attempts=0, created_at=now)
    session.execute(stmt.on_conflict_do_nothing(index_elements=["dedupe_key"]))


def cancel_jobs(session: Session, dedupe_prefix: str) -> int:
    """Cancel pending jobs whose key starts with *dedupe_prefix*; return how many."""
    stmt = (update(ScheduledJob)
            .where(ScheduledJob.dedupe_key.startswith(dedupe_prefix, autoescape=True), ScheduledJob.status == "pending")
            .values(status="cancelled"))
    return session.execute(stmt).rowcount


def due_jobs(session: Session, now: datetime, limit: int = 100) -> list[int]:
    """Ids of jobs due now and not held by another process."""
    stmt = (select(ScheduledJob.id)
            .where(ScheduledJob.status == "pending", ScheduledJob.due_at <= now,
                   or_(ScheduledJob.lease_until.is_(None), ScheduledJob.lease_until < now))
            .order_by(ScheduledJob.due_at).limit(limit))
    return list(session.scalars(stmt))


def claim_job(session: Session, job_id: int, now: datetime, lease: timedelta) -> ScheduledJob | None:
    """Take a due job for this process, unless another holds it."""
    stmt = (update(ScheduledJob)
            .where(ScheduledJob.id == job_id, ScheduledJob.status == "pending",
                   or_(ScheduledJob.lease_until.is_(None), ScheduledJob.lease_until < now))
            .values(lease_until=now + lease, attempts=ScheduledJob.attempts + 1))
    if session.execute(stmt).rowcount != 1:
        return None
    return session.get(ScheduledJob, job_id)
