"""A known resident's turn on SQLite with the statements sent straight to the sqlite3 connection.

On SQLite every turn runs inside the one writer's lock that all processes share, and under load turns queue for
it. Through SQLAlchemy each statement of a turn costs far more Python than SQLite takes to run it (an execution
context, parameter processing, a result object), all of it while the lock is held. Here the turn's hot statements
(read the resident, store the event, the history lines, the conversation, the outbox row) go to the driver's
connection of the session's own transaction, with the values encoded and decoded by the same SQLAlchemy type
processors the ORM would use, so the rows are the same either way. storage/turns.py stays the path of everything
else (savepoints, the background); storage/turns_pg.py is PostgreSQL's counterpart."""
from datetime import datetime

from sqlalchemy import inspect
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from storage import repo, repo_jobs, repo_outbox
from storage.models import Conversation, InboundEvent, Message, OutboxMessage, Resident
from storage.turns import Meeting, Opening, TurnWrites, meet_newcomer

__all__ = ["Meeting", "meet_newcomer", "open_known_turn", "read_known", "writes", "gathered", "DirectTurnWrites"]

_RESIDENTS, _CONVERSATIONS = Resident.__table__, Conversation.__table__
_RESIDENT_COLUMNS = [c.name for c in _RESIDENTS.columns]
_CONVERSATION_COLUMNS = [c.name for c in _CONVERSATIONS.columns]
_EVENT_COLUMNS = [c.name for c in InboundEvent.__table__.columns if c.name != "id"]
_MESSAGE_COLUMNS = [c.name for c in Message.__table__.columns if c.name != "id"]

# The resident, whether events of theirs wait, and their open conversation: one row (the same statement as
# storage/turns.py's _KNOWN). The transaction holds the writer (BEGIN IMMEDIATE): nothing changes between the parts.
_KNOWN = (f"SELECT {', '.join('r.' + name for name in _RESIDENT_COLUMNS)}, "
          "EXISTS (SELECT 1 FROM inbound_events WHERE status = 'pending' AND resident_key = :key), "
          f"{', '.join('c.' + name for name in _CONVERSATION_COLUMNS)} "
          "FROM residents AS r LEFT OUTER JOIN conversations AS c ON c.id = ("
          "SELECT latest.id FROM conversations AS latest WHERE latest.resident_id = r.id AND latest.status != 'closed' "
          "ORDER BY latest.id DESC LIMIT 1) "
          "WHERE r.channel = :channel AND r.external_id = :key")
_STORE_EVENT = (f"INSERT INTO inbound_events ({', '.join(_EVENT_COLUMNS)}) "
                f"VALUES ({', '.join(':' + name for name in _EVENT_COLUMNS)}) "
                "ON CONFLICT (event_id) DO NOTHING RETURNING id")
_MESSAGE_INSERT = (f"INSERT INTO messages ({', '.join(_MESSAGE_COLUMNS)}) "
                   f"VALUES ({', '.join(':' + name for name in _MESSAGE_COLUMNS)})")
_OUTBOX_INSERT = (f"INSERT INTO outbox ({', '.join(repo_outbox.OUTBOX_COLUMNS)}) "
                  f"VALUES ({', '.join(':' + name for name in repo_outbox.OUTBOX_COLUMNS)}) RETURNING id")


class _Codec:
    """A table's values as SQLAlchemy's own type processors for this dialect encode them (bind) and decode them
    (result); columns whose type needs none are passed as they are."""

    def __init__(self, table, dialect: Dialect):
        self.bind = {c.name: p for c in table.columns if (p := c.type._cached_bind_processor(dialect)) is not None}
        self.result = [c.type._cached_result_processor(dialect, None) for c in table.columns]
        self.defaults = {c.name: c.default for c in table.columns if not c.primary_key}

    def encode(self, values: dict, insert: bool = True) -> dict:
        """Bind values for *values*; for an INSERT, a column missing from it takes the column's Python default (or
        NULL), as SQLAlchemy's INSERT would."""
        for name, default in self.defaults.items() if insert else ():
            if name not in values:
                values[name] = None if default is None else default.arg if default.is_scalar else default.arg(None)
        for name, process in self.bind.items():
            if name in values:
                values[name] = process(values[name])
        return values

    def decode(self, names: list[str], row) -> dict:
        """A row's values as loaded objects carry them."""
        return {name: value if process is None else process(value)
                for name, process, value in zip(names, self.result, row)}


_CODECS: dict = {}


def _codecs(dialect: Dialect) -> dict:
    codecs = _CODECS.get(dialect)
    if codecs is None:
        codecs = _CODECS[dialect] = {name: _Codec(table, dialect) for name, table in (
            ("residents", _RESIDENTS), ("conversations", _CONVERSATIONS), ("inbound_events", InboundEvent.__table__),
            ("messages", Message.__table__), ("outbox", OutboxMessage.__table__))}
    return codecs


def _driver(session: Session):
    """The sqlite3 connection under the session's transaction (begun, and holding the writer, once asked for)."""
    return session.connection().connection.driver_connection


def open_known_turn(session: Session, channel: str, key: str, row: dict, now: datetime,
                    planned: tuple[tuple, Resident] | None = None) -> Opening | None:
    """Read a resident we know, their open conversation and backlog, and store the event (already handled unless
    earlier ones wait). None when we have never met them: then nothing is stored. *planned*: the row a turn computed
    ahead was read from, and its resident (see read_known)."""
    opening = read_known(session, channel, key, planned)
    if opening is None:
        return None
    values = dict(row, status="done", processed_at=now) if not opening.backlog else dict(row)
    codec = _codecs(session.get_bind().dialect)["inbound_events"]
    opening.stored = _driver(session).execute(_STORE_EVENT, codec.encode(values)).fetchone() is not None
    return opening


def read_known(session: Session, channel: str, key: str,
               planned: tuple[tuple, Resident] | None = None) -> Opening | None:
    """The resident, their open conversation and backlog, and the row they were read from; nothing stored (*stored*
    is False). None when we have never met them. When the row is the one a turn computed ahead was read from
    (*planned*) and nothing waits, that turn's rows will be written as they are: its resident is given back and
    nothing is loaded into this session (building the objects again was ~7 % of a worker's CPU per event)."""
    codecs = _codecs(session.get_bind().dialect)
    found = _driver(session).execute(_KNOWN, {"channel": channel, "key": key}).fetchone()
    if found is None:
        return None
    split = len(_RESIDENT_COLUMNS)
    if planned is not None and not found[split] and tuple(found) == planned[0]:
        return Opening(planned[1], None, False, False, planned[0])
    resident = repo.loaded(session, Resident, codecs["residents"].decode(_RESIDENT_COLUMNS, found[:split]))
    conv = None
    if found[split + 1] is not None:
        conv = repo.loaded(session, Conversation, codecs["conversations"].decode(_CONVERSATION_COLUMNS, found[split + 1:]))
    return Opening(resident, conv, bool(found[split]), False, tuple(found))




class DirectTurnWrites(TurnWrites):
    """The history lines, the conversation and the outbox row of a turn, each sent at once to the driver's
    connection (one statement each, as storage/turns.py sends them through SQLAlchemy)."""

    def add_messages(self, session: Session, conversation_id: int, lines: list[dict], now: datetime) -> None:
        """Append lines to the history."""
        if lines:
            codec = _codecs(session.get_bind().dialect)["messages"]
            _driver(session).executemany(_MESSAGE_INSERT, [codec.encode(
                {"conversation_id": conversation_id, "created_at": now, "author": None, **line})
                for line in lines])

    def save_conversation(self, session: Session, conv: Conversation) -> None:
        """Write what the turn changed in the conversation (its working data always) with one UPDATE."""
        changes = repo.conversation_changes(session, conv)
        if changes is None:  # not a stored one of this session: the ORM's flush writes it
            return
        names = sorted(changes)
        values = _codecs(session.get_bind().dialect)["conversations"].encode(changes, insert=False)
        values["row_id"] = conv.id
        _driver(session).execute(_update("conversations", tuple(names)), values)
        repo.as_loaded(session, conv)

    def queue_outbox(self, session: Session, row: OutboxMessage) -> OutboxMessage:
        """Queue a delivery; *row* gets its id (it is not added to the session)."""
        values = _codecs(session.get_bind().dialect)["outbox"].encode(repo_outbox.outbox_values(row))
        row.id = _driver(session).execute(_OUTBOX_INSERT, values).fetchone()[0]
        return row


    def finish(self, session: Session) -> None:
        """Write what the turn changed in the resident's row (a newcomer's language, last seen) with one UPDATE, not
        the ORM's flush; anything else the session holds is flushed by the commit as before."""
        for resident in [obj for obj in session.dirty if isinstance(obj, Resident)]:
            state = inspect(resident)
            names = tuple(sorted(state.committed_state))
            if state.session is not session or state.key is None or not names or not set(names) <= _RESIDENT_WRITABLE:
                continue
            values = _codecs(session.get_bind().dialect)["residents"].encode(
                {name: getattr(resident, name) for name in names}, insert=False)
            values["row_id"] = resident.id
            _driver(session).execute(_update("residents", names), values)
            repo.as_loaded(session, resident)


class GatheredTurnWrites(TurnWrites):
    """A turn computed on a read snapshot without the writer (Database.reading): its history lines, conversation
    changes, outbox rows, resident changes and scheduled jobs (a handoff's no-claim timer), kept to be written later
    under the writer by write()."""

    def __init__(self):
        self._lines: list[dict] = []
        self._updates: list[tuple[str, int, dict]] = []
        self._outbox: list[tuple[OutboxMessage, dict]] = []
        self._jobs: list[dict] = []

    def gather_in(self, session: Session) -> None:
        """Have the snapshot's scheduled jobs kept here (storage/repo_jobs.py schedule_job) instead of refused."""
        session.info[repo_jobs.GATHERING] = self

    def keep_job(self, values: dict) -> None:
        """Keep a scheduled job's row."""
        self._jobs.append(values)

    def add_messages(self, session: Session, conversation_id: int, lines: list[dict], now: datetime) -> None:
        """Keep lines for the history (encoded at once: the writer is not held yet)."""
        codec = _codecs(session.get_bind().dialect)["messages"]
        self._lines += [codec.encode({"conversation_id": conversation_id, "created_at": now, "author": None, **line})
                        for line in lines]

    def save_conversation(self, session: Session, conv: Conversation) -> None:
        """Keep what the turn changed in the conversation (as it is now: the JSON is encoded at once)."""
        changes = repo.conversation_changes(session, conv)
        if changes is None:
            raise ValueError("a conversation this snapshot did not read")  # the turn is done again under the writer
        self._updates.append(("conversations", conv.id, self._encoded(session, "conversations", changes)))
        repo.as_loaded(session, conv)

    def queue_outbox(self, session: Session, row: OutboxMessage) -> OutboxMessage:
        """Keep a delivery; the row gets its id when written."""
        self._outbox.append((row, _codecs(session.get_bind().dialect)["outbox"].encode(repo_outbox.outbox_values(row))))
        return row

    def finish(self, session: Session) -> None:
        """Keep what the turn changed in the resident's row; refuse (ValueError) anything else the session holds."""
        for resident in [obj for obj in session.dirty if isinstance(obj, Resident)]:
            state = inspect(resident)
            names = set(state.committed_state)
            if not names <= _RESIDENT_WRITABLE or state.key is None:
                raise ValueError("a change of the resident beyond their columns")
            self._updates.append(("residents", resident.id, self._encoded(
                session, "residents", {name: getattr(resident, name) for name in names})))
            repo.as_loaded(session, resident)
        if session.new or session.deleted or any(session.is_modified(obj) for obj in session.dirty):
            raise ValueError("a write beyond the turn's own")

    @staticmethod
    def _encoded(session: Session, table: str, values: dict) -> dict:
        return _codecs(session.get_bind().dialect)[table].encode(dict(values), insert=False)

    def write(self, session: Session) -> None:
        """Write what was kept, in the session's transaction (which holds the writer)."""
        conn = _driver(session)
        if self._lines:
            conn.executemany(_MESSAGE_INSERT, self._lines)
        for table, row_id, values in self._updates:
            conn.execute(_update(table, tuple(sorted(values))), {**values, "row_id": row_id})
        for row, values in self._outbox:
            row.id = conn.execute(_OUTBOX_INSERT, values).fetchone()[0]
        for values in self._jobs:
            repo_jobs.insert_job(session, values)


def gathered() -> GatheredTurnWrites:
    """The writes of a turn computed ahead of the writer."""
    return GatheredTurnWrites()


_UPDATES: dict[tuple, str] = {}
_RESIDENT_WRITABLE = frozenset(_RESIDENT_COLUMNS) - {"id"}


def _update(table: str, names: tuple[str, ...]) -> str:
    statement = _UPDATES.get((table, names))
    if statement is None:
        statement = _UPDATES[table, names] = (f"UPDATE {table} SET {', '.join(f'{name} = :{name}' for name in names)} "
                                              "WHERE id = :row_id")
    return statement


DIRECT = DirectTurnWrites()


def writes() -> DirectTurnWrites:
    """The writes of a turn that ends its transaction."""
    return DIRECT
