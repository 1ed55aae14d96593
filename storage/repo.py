"""Repository functions: the only place that speaks SQL."""
from datetime import datetime, timedelta

from sqlalchemy import bindparam, exists, insert, inspect, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, make_transient, make_transient_to_detached
from sqlalchemy.orm.attributes import flag_modified

from storage.models import (
    Conversation,
    InboundEvent,
    Message,
    OutboxMessage,
    Resident,
    ScheduledJob,
)


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


def store_event(session: Session, row: dict, done_at: datetime | None = None) -> bool:
    """Insert one event unless its id is already stored (then False); *done_at* stores it as handled."""
    values = dict(row, status="done", processed_at=done_at) if done_at else row
    return session.connection().execute(_STORE_EVENT[_dialect(session)], values).first() is not None


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


# Statements on the path of every event are built once: building one costs more than running it.
_STORE_EVENT = {name: (dialect.insert(InboundEvent).on_conflict_do_nothing(index_elements=["event_id"])
                       .returning(InboundEvent.id)) for name, dialect in (("postgresql", postgresql),
                                                                          ("sqlite", sqlite))}
_RESIDENT = select(Resident).where(Resident.channel == bindparam("channel"),
                                   Resident.external_id == bindparam("external_id"))
_RESIDENT_LOCKED = _RESIDENT.with_for_update()
_BACKLOG = exists().where(InboundEvent.status == "pending", InboundEvent.resident_key == bindparam("key"))
_EVENTS = InboundEvent.__table__
_PENDING_EVENTS = (select(_EVENTS.c.id, _EVENTS.c.event_id, _EVENTS.c.body, _EVENTS.c.received_at)
                   .where(_EVENTS.c.resident_key == bindparam("key"), _EVENTS.c.status == "pending")
                   .order_by(_EVENTS.c.occurred_ms, _EVENTS.c.id).limit(bindparam("limit")))
_EVENTS_DONE = (update(_EVENTS).where(_EVENTS.c.id.in_(bindparam("ids", expanding=True)))
                .values(status="done", processed_at=bindparam("now")))
_OPEN_CONVERSATION_AND_BACKLOG = (
    select(Conversation, _BACKLOG.label("backlog"))
    .where(Conversation.resident_id == bindparam("resident_id"), Conversation.status != "closed")
    .order_by(Conversation.id.desc()).limit(1))


def pending_events(session: Session, resident_key: str, limit: int = 100) -> list:
    """A resident's unprocessed events in the order they happened (rows: id, event_id, body, received_at)."""
    return list(session.connection().execute(_PENDING_EVENTS, {"key": resident_key, "limit": limit}))


def mark_events_done(session: Session, ids: list[int], now: datetime) -> None:
    """Record that these events (by row id) are handled."""
    if ids:
        session.connection().execute(_EVENTS_DONE, {"ids": ids, "now": now})


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
    return [k for k in session.scalars(stmt) if k is not None]


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


def create_resident(session: Session, channel: str, external_id: str, now: datetime,
                    lang: str | None = None, lang_source: str | None = None) -> Resident | None:
    """Insert a resident we have never met (locked by this transaction until it ends); None when the row
    already exists (another request created it first: lock it with lock_resident)."""
    values = {"channel": channel, "external_id": external_id, "lang": lang, "lang_source": lang_source,
              "following": True, "created_at": now, "last_seen_at": now}
    new_id = session.connection().execute(_CREATE_RESIDENT[_dialect(session)], values).scalar()
    if new_id is None:
        return None
    return as_loaded(session, Resident(id=new_id, **values))


_CREATE_RESIDENT = {name: (dialect.insert(Resident).on_conflict_do_nothing(index_elements=["channel", "external_id"])
                           .returning(Resident.id)) for name, dialect in (("postgresql", postgresql),
                                                                        ("sqlite", sqlite))}


def lock_resident(session: Session, channel: str, external_id: str) -> Resident:
    """The resident row, locked for this transaction so their events are handled one at a time."""
    stmt = _RESIDENT_LOCKED if _dialect(session) == "postgresql" else _RESIDENT
    return session.scalars(stmt, {"channel": channel, "external_id": external_id}).one()


def lock_known_resident(session: Session, channel: str, external_id: str) -> Resident | None:
    """The resident row locked for this transaction, or None when we have never met them."""
    stmt = _RESIDENT_LOCKED if _dialect(session) == "postgresql" else _RESIDENT
    return session.scalars(stmt, {"channel": channel, "external_id": external_id}).first()


def resident_by_id(session: Session, resident_id: int) -> Resident | None:
    """One resident by id."""
    return session.get(Resident, resident_id)


def find_resident(session: Session, channel: str, external_id: str) -> Resident | None:
    """The resident, if known."""
    return session.scalars(_RESIDENT, {"channel": channel, "external_id": external_id}).first()


def conversation_by_id(session: Session, conversation_id: int) -> Conversation | None:
    """One conversation by id."""
    return session.get(Conversation, conversation_id)


def open_conversation(session: Session, resident_id: int) -> Conversation | None:
    """The resident's current (not closed) conversation."""
    stmt = (select(Conversation).where(Conversation.resident_id == resident_id, Conversation.status != "closed")
            .order_by(Conversation.id.desc()).limit(1))
    return session.scalars(stmt).first()


def latest_conversation(session: Session, resident_id: int) -> Conversation | None:
    """The resident's most recent conversation, closed or not."""
    stmt = select(Conversation).where(Conversation.resident_id == resident_id).order_by(Conversation.id.desc()).limit(1)
    return session.scalars(stmt).first()


def has_backlog(session: Session, resident_key: str) -> bool:
    """Whether any event of this resident is still pending."""
    return bool(session.scalar(_HAS_BACKLOG, {"key": resident_key}))


_HAS_BACKLOG = select(_BACKLOG)


def open_conversation_and_backlog(session: Session, resident_id: int,
                                  resident_key: str) -> tuple[Conversation | None, bool]:
    """The resident's open conversation, and whether any of their events are still pending, in one query."""
    found = session.execute(_OPEN_CONVERSATION_AND_BACKLOG, {"resident_id": resident_id, "key": resident_key}).first()
    if found is None:
        return None, has_backlog(session, resident_key)
    return found[0], bool(found[1])


def new_conversation(session: Session, resident_id: int, script: str, state: str, now: datetime) -> Conversation:
    """Start a conversation at *state* (inserted at once: it has its id)."""
    values = {"resident_id": resident_id, "status": "bot", "script": script, "state": state, "data": {},
              "topics": [], "crisis": [], "urgency": 0, "assigned_to": None, "waiting_since": None,
              "outcome": None, "created_at": now, "last_activity_at": now, "closed_at": None}
    new_id = session.connection().execute(_CONVERSATION_INSERT, values).scalar_one()
    return as_loaded(session, Conversation(id=new_id, **values))


def save_conversation(session: Session, conv: Conversation) -> None:
    """Write what a turn changed in the conversation (its working data always: handlers change it in place)
    with one UPDATE. The ORM's flush of the same change costs several times the statement on every event."""
    changes = conversation_changes(session, conv)
    if changes is None:
        return
    session.connection().execute(_CONVERSATION_UPDATE, {**changes, "conversation_id": conv.id})
    as_loaded(session, conv)


def conversation_changes(session: Session, conv: Conversation) -> dict | None:
    """The columns a turn changed in the conversation, its working data always (handlers change it in place);
    None when it is not a stored one of this session (then the ORM's flush writes it)."""
    state = inspect(conv)
    if state.session is not session or state.key is None:
        return None
    changes = {key: getattr(conv, key) for key in CONVERSATION_COLUMNS.difference(state.unmodified)}
    changes["data"] = conv.data
    return changes


def as_loaded(session: Session, obj):
    """Put *obj* in the session as though just loaded: we wrote its row ourselves, so it has nothing to flush."""
    if inspect(obj).key is not None:
        make_transient(obj)
    make_transient_to_detached(obj)
    session.add(obj)
    return obj


_CONVERSATIONS = Conversation.__table__
CONVERSATION_COLUMNS = frozenset(c.key for c in _CONVERSATIONS.columns if c.key != "id")
_CONVERSATION_INSERT = insert(_CONVERSATIONS).returning(_CONVERSATIONS.c.id)
_CONVERSATION_UPDATE = update(_CONVERSATIONS).where(_CONVERSATIONS.c.id == bindparam("conversation_id"))


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
        session.connection().execute(_MESSAGE_INSERT, [{"conversation_id": conversation_id, "created_at": now, "author": None,
                                           **line} for line in lines])


_MESSAGE_INSERT = insert(Message.__table__)


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
    row.id = session.connection().execute(_OUTBOX_INSERT, outbox_values(row)).scalar_one()
    return row


def outbox_values(row: OutboxMessage) -> dict:
    """The columns of a new outbox row (waiting and never tried unless it says otherwise)."""
    values = {key: getattr(row, key) for key in OUTBOX_COLUMNS}
    values["status"] = values["status"] or "pending"
    values["attempts"] = values["attempts"] or 0
    return values


OUTBOX_COLUMNS = [c.key for c in OutboxMessage.__table__.columns if c.key != "id"]
_OUTBOX_INSERT = insert(OutboxMessage.__table__).returning(OutboxMessage.__table__.c.id)


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


def renew_outbox_claim(session: Session, outbox_id: int, attempts: int, now: datetime, lease: timedelta) -> bool:
    """Extend our claim on an outbox row; False when another process has claimed it since (or it is done).

    Every claim counts an attempt, so an unchanged count means the claim is still ours, even if its lease
    ran out meanwhile (nobody took it then)."""
    stmt = (update(OutboxMessage)
            .where(OutboxMessage.id == outbox_id, OutboxMessage.status == "pending",
                   OutboxMessage.attempts == attempts, OutboxMessage.lease_until.is_not(None))
            .values(lease_until=now + lease))
    return session.execute(stmt).rowcount == 1


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
    session.connection().execute(_MARK_SENT, {"ids": list(outbox_ids), "sent_at": now})


_MARK_SENT = (update(OutboxMessage.__table__).where(OutboxMessage.__table__.c.id.in_(bindparam("ids", expanding=True)))
              .values(status="sent", sent_at=bindparam("sent_at"), lease_until=None))


def mark_outbox(session: Session, outbox_id: int, status: str, now: datetime, error: str | None = None,
                retry_at: datetime | None = None) -> None:
    """Record the result of a delivery attempt."""
    if session.get_bind().dialect.name == "postgresql":
        # Losing this commit in a database crash only means one more attempt, which the reply token
        # or the retry key makes harmless; so do not wait for the disk here.
        session.execute(text("SET LOCAL synchronous_commit TO OFF"))
    values: dict[str, object] = {"status": status, "lease_until": None, "last_error": (error or None) and error[:200]}
    if status == "sent":
        values["sent_at"] = now
    if retry_at is not None:
        values["next_attempt_at"] = retry_at
    session.execute(update(OutboxMessage).where(OutboxMessage.id == outbox_id).values(**values))


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


def job_by_id(session: Session, job_id: int) -> ScheduledJob | None:
    """One scheduled job by id."""
    return session.get(ScheduledJob, job_id)


def mark_data_changed(conv: Conversation) -> None:
    """Tell the ORM the conversation's JSON working data changed in place (so it is written at commit)."""
    flag_modified(conv, "data")


def residents_with_prefix(session: Session, prefix: str, limit: int = 100) -> list[int]:
    """Ids of residents whose external id starts with *prefix* (demo data)."""
    stmt = select(Resident.id).where(Resident.external_id.startswith(prefix, autoescape=True)).limit(limit)
    return list(session.scalars(stmt))
