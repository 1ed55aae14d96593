"""A known resident's turn at the database: opened (lock, read, store the event) and written (history,
conversation, outbox), statement by statement. storage/turns_pg.py offers the same two calls for PostgreSQL,
where each half is one round trip; the webhook picks the module for its database."""
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, exists, select
from sqlalchemy.orm import Session

from storage import repo, repo_events, repo_outbox
from storage.dialect import dialect_name
from storage.models import Conversation, InboundEvent, OutboxMessage, Resident


@dataclass
class Opening:
    """What a turn starts from: the locked resident, their open conversation, whether earlier events of theirs
    still wait, and whether this event was new (False: a redelivery, nothing stored)."""

    resident: Resident
    conversation: Conversation | None
    backlog: bool
    stored: bool
    row: tuple | None = None  # SQLite's direct path: the row the resident and conversation were read from


def open_known_turn(session: Session, channel: str, key: str, row: dict, now: datetime) -> Opening | None:
    """Lock a resident we know, read their open conversation and backlog, and store the event (already handled
    unless earlier ones wait). None when we have never met them: then nothing is stored."""
    found = _read_known(session, channel, key) if dialect_name(session) == "sqlite" else _lock_and_read(session, channel, key)
    if found is None:
        return None
    resident, conv, backlog = found
    stored = repo_events.store_event(session, row, done_at=None if backlog else now)
    return Opening(resident, conv, backlog, stored)


_RESIDENTS, _CONVERSATIONS = Resident.__table__, Conversation.__table__
_LATEST = _CONVERSATIONS.alias("latest")
_OPEN = (select(_LATEST.c.id).where(_LATEST.c.resident_id == _RESIDENTS.c.id, _LATEST.c.status != "closed")
         .order_by(_LATEST.c.id.desc()).limit(1).correlate(_RESIDENTS).scalar_subquery())
# The resident, their backlog and their open conversation in one statement. On SQLite the transaction already
# holds the one writer's lock (BEGIN IMMEDIATE), so nothing can change between the parts.
_KNOWN = (select(*_RESIDENTS.c, exists().where(InboundEvent.status == "pending",
                                               InboundEvent.resident_key == bindparam("key")).label("backlog"),
                 *(column.label(f"conversation_{column.key}") for column in _CONVERSATIONS.c))
          .select_from(_RESIDENTS.outerjoin(_CONVERSATIONS, _CONVERSATIONS.c.id == _OPEN))
          .where(_RESIDENTS.c.channel == bindparam("channel"), _RESIDENTS.c.external_id == bindparam("key")))
_RESIDENT_KEYS = [column.key for column in _RESIDENTS.c]
_CONVERSATION_KEYS = [column.key for column in _CONVERSATIONS.c]


def _lock_and_read(session: Session, channel: str, key: str) -> tuple[Resident, Conversation | None, bool] | None:
    """Elsewhere (PostgreSQL's statement-by-statement path): a row lock and a read in one statement would read the
    conversation as it was before the lock's wait ended, so the lock comes first."""
    resident = repo.lock_known_resident(session, channel, key)
    if resident is None:
        return None
    conv, backlog = repo.open_conversation_and_backlog(session, resident.id, key)
    return resident, conv, backlog


def _read_known(session: Session, channel: str, key: str) -> tuple[Resident, Conversation | None, bool] | None:
    """The resident, their open conversation and whether events of theirs wait, built from one row without the
    ORM's loading (None: we have never met them)."""
    row = session.connection().execute(_KNOWN, {"channel": channel, "key": key}).first()
    if row is None:
        return None
    split = len(_RESIDENT_KEYS)
    resident = repo.loaded(session, Resident, dict(zip(_RESIDENT_KEYS, row[:split])))
    conv = None
    if row[split + 1] is not None:
        conv = repo.loaded(session, Conversation, dict(zip(_CONVERSATION_KEYS, row[split + 1:])))
    return resident, conv, bool(row[split])


@dataclass
class Meeting:
    """A resident met for the first time: their new row (locked until the transaction ends), whether earlier
    events of theirs wait, whether this event was new, and their conversation when it was started for this
    event."""

    resident: Resident
    backlog: bool
    stored: bool
    conversation: Conversation | None = None


def meet_newcomer(session: Session, channel: str, key: str, row: dict, now: datetime, lang: str | None,
                  lang_source: str | None, conversation: tuple[str, str] | None = None) -> Meeting | None:
    """Create the resident's row, store the event (already handled unless earlier ones wait) and, given
    *conversation* (script and state), start their conversation when the event is theirs to answer now.
    None when their row exists already (another event of theirs was quicker): then nothing is stored."""
    resident = repo.create_resident(session, channel, key, now, lang, lang_source)
    if resident is None:
        return None
    backlog = repo.has_backlog(session, key)
    stored = repo_events.store_event(session, row, done_at=None if backlog else now)
    conv = None
    if conversation and stored and not backlog:
        conv = repo.new_conversation(session, resident.id, *conversation, now)
    return Meeting(resident, backlog, stored, conv)


class TurnWrites:
    """The writes a turn ends with, made at once (every path that may roll back to a savepoint uses these)."""

    def add_messages(self, session: Session, conversation_id: int, lines: list[dict], now: datetime) -> None:
        """Append lines to the history."""
        repo.add_messages(session, conversation_id, lines, now)

    def save_conversation(self, session: Session, conv: Conversation) -> None:
        """Write what the turn changed in the conversation."""
        repo.save_conversation(session, conv)

    def queue_outbox(self, session: Session, row: OutboxMessage) -> OutboxMessage:
        """Queue a delivery; the row has its id once the writes are done."""
        return repo_outbox.queue_outbox(session, row)

    def finish(self, session: Session) -> None:
        """Make sure every write is sent (here: they already are); the caller's transaction commits."""


IMMEDIATE = TurnWrites()


def writes() -> TurnWrites:
    """The writes of a turn that ends its transaction."""
    return IMMEDIATE

