"""Repository functions for residents, conversations and their history (the only place that speaks SQL, with the
other storage/repo_*.py modules: events, outbox, jobs, bookings, console …)."""
from datetime import datetime

from sqlalchemy import bindparam, exists, insert, inspect, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, make_transient, make_transient_to_detached
from sqlalchemy.orm.attributes import flag_modified

from storage.dialect import dialect_insert, dialect_name
from storage.models import Conversation, InboundEvent, Message, Resident

# Statements on the path of every event are built once: building one costs more than running it.
_RESIDENT = select(Resident).where(Resident.channel == bindparam("channel"),
                                   Resident.external_id == bindparam("external_id"))
_RESIDENT_LOCKED = _RESIDENT.with_for_update()
_BACKLOG = exists().where(InboundEvent.status == "pending", InboundEvent.resident_key == bindparam("key"))
_OPEN_CONVERSATION_AND_BACKLOG = (
    select(Conversation, _BACKLOG.label("backlog"))
    .where(Conversation.resident_id == bindparam("resident_id"), Conversation.status != "closed")
    .order_by(Conversation.id.desc()).limit(1))


def ensure_resident(session: Session, channel: str, external_id: str, now: datetime) -> None:
    """Create the resident row if it does not exist yet (safe under concurrency)."""
    stmt = dialect_insert(session, Resident).values(channel=channel, external_id=external_id, created_at=now,
                                             last_seen_at=now, following=True)
    session.execute(stmt.on_conflict_do_nothing(index_elements=["channel", "external_id"]))


def create_resident(session: Session, channel: str, external_id: str, now: datetime,
                    lang: str | None = None, lang_source: str | None = None) -> Resident | None:
    """Insert a resident we have never met (locked by this transaction until it ends); None when the row
    already exists (another request created it first: lock it with lock_resident)."""
    values = {"channel": channel, "external_id": external_id, "lang": lang, "lang_source": lang_source,
              "following": True, "created_at": now, "last_seen_at": now}
    new_id = session.connection().execute(_CREATE_RESIDENT[dialect_name(session)], values).scalar()
    if new_id is None:
        return None
    return as_loaded(session, Resident(id=new_id, **values))


_CREATE_RESIDENT = {name: (dialect.insert(Resident).on_conflict_do_nothing(index_elements=["channel", "external_id"])
                           .returning(Resident.id)) for name, dialect in (("postgresql", postgresql),
                                                                        ("sqlite", sqlite))}


def lock_resident(session: Session, channel: str, external_id: str) -> Resident:
    """The resident row, locked for this transaction so their events are handled one at a time."""
    stmt = _RESIDENT_LOCKED if dialect_name(session) == "postgresql" else _RESIDENT
    return session.scalars(stmt, {"channel": channel, "external_id": external_id}).one()


def lock_known_resident(session: Session, channel: str, external_id: str) -> Resident | None:
    """The resident row locked for this transaction, or None when we have never met them."""
    stmt = _RESIDENT_LOCKED if dialect_name(session) == "postgresql" else _RESIDENT
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


def previous_conversation(session: Session, resident_id: int, before_id: int) -> Conversation | None:
    """The resident's latest conversation before the one numbered *before_id* (a new one after a re-follow)."""
    stmt = (select(Conversation).where(Conversation.resident_id == resident_id, Conversation.id < before_id)
            .order_by(Conversation.id.desc()).limit(1))
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


def loaded(session: Session, model, values: dict):
    """A *model* object holding a row we read ourselves (*values*: every column), in the session as the ORM's own
    loading would leave it: the values are set as loaded ones, with none of the change tracking the constructor's
    attribute sets do (about a third of reading a resident and their conversation)."""
    obj = model.__mapper__.class_manager.new_instance()
    obj.__dict__.update(values)
    make_transient_to_detached(obj)
    session.add(obj)
    return obj


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


def mark_data_changed(conv: Conversation) -> None:
    """Tell the ORM the conversation's JSON working data changed in place (so it is written at commit)."""
    flag_modified(conv, "data")


def residents_with_prefix(session: Session, prefix: str, limit: int = 100) -> list[int]:
    """Ids of residents whose external id starts with *prefix* (demo data)."""
    stmt = select(Resident.id).where(Resident.external_id.startswith(prefix, autoescape=True)).limit(limit)
    return list(session.scalars(stmt))
