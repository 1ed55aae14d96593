"""A known resident's turn on PostgreSQL in two round trips: psycopg pipelines on the session's own connection.

Statement by statement a turn is eight round trips (BEGIN, lock the resident, read the conversation and the
backlog, store the event, the history lines, the conversation, the outbox row, COMMIT), each also a trip
through SQLAlchemy; on a busy host the waits and the per-statement work cost more than the statements. Here
the first pipeline locks, reads and stores, the second writes and commits. The server still runs a
pipeline's statements one after another, each with a fresh snapshot (READ COMMITTED), so the reads that
follow the lock see everything the resident's previous turn committed."""
from datetime import datetime, timezone

from psycopg.types.json import Jsonb
from sqlalchemy import JSON, inspect
from sqlalchemy.orm import Session

from storage import repo, repo_outbox
from storage.models import Conversation, OutboxMessage, Resident
from storage.turns import Meeting, Opening, TurnWrites
from storage.types import UTCDateTime

_RESIDENT_COLUMNS = [c.name for c in Resident.__table__.columns]
_RESIDENT_WRITABLE = frozenset(_RESIDENT_COLUMNS) - {"id"}
_CONVERSATION_COLUMNS = [c.name for c in Conversation.__table__.columns]
_CONVERSATION_JSON = {c.name for c in Conversation.__table__.columns if isinstance(c.type, JSON)}
_TIMES = {c.name for table in (Resident, Conversation) for c in table.__table__.columns
          if isinstance(c.type, UTCDateTime)}

_LOCK = (f"SELECT {', '.join(_RESIDENT_COLUMNS)} FROM residents "
         "WHERE channel = %(channel)s AND external_id = %(key)s FOR UPDATE")
_BACKLOG = "EXISTS (SELECT 1 FROM inbound_events WHERE status = 'pending' AND resident_key = %(key)s::varchar)"
_CONVERSATION_OF_KEY = (
    f"SELECT {', '.join(_CONVERSATION_COLUMNS)} FROM conversations "
    "WHERE resident_id = (SELECT id FROM residents WHERE channel = %(channel)s AND external_id = %(key)s) "
    "AND status <> 'closed' ORDER BY id DESC LIMIT 1")
# The event, stored already handled unless earlier events wait (*waiting*, from the FROM clause that follows).
_INSERT_EVENT = (
    "INSERT INTO inbound_events (event_id, channel, resident_key, event_type, occurred_ms, body, status, attempts, "
    "received_at, processed_at) "
    "SELECT %(event_id)s::varchar, %(channel)s::varchar, %(key)s::varchar, %(event_type)s::varchar, "
    "%(occurred_ms)s::bigint, %(body)s, "
    "CASE WHEN waiting THEN 'pending' ELSE 'done' END, 0, %(now)s, CASE WHEN waiting THEN NULL ELSE %(now)s END ")
# The backlog read, the event stored (not at all for someone we have never met) and the open conversation read, in
# one statement after the lock: on a snapshot that sees what the resident's previous turn committed. The backlog is
# read before the event is stored (one snapshot), so *waiting* means earlier events wait.
_OPEN_AND_STORE = (
    f"WITH backlog AS (SELECT {_BACKLOG} AS waiting), stored AS ("
    + _INSERT_EVENT + "FROM backlog "
    "WHERE EXISTS (SELECT 1 FROM residents WHERE channel = %(channel)s::varchar AND external_id = %(key)s::varchar) "
    "ON CONFLICT (event_id) DO NOTHING RETURNING id) "
    f"SELECT backlog.waiting, (SELECT id FROM stored), {', '.join('c.' + name for name in _CONVERSATION_COLUMNS)} "
    f"FROM backlog LEFT JOIN LATERAL ({_CONVERSATION_OF_KEY}) AS c ON true")

# A newcomer: their row, the event (only if the row is new: stored with nothing to answer it otherwise) and their
# conversation, in one statement. Data-modifying CTEs all run, on one snapshot.
_MEET = (
    "WITH new_resident AS ("
    "INSERT INTO residents (channel, external_id, lang, lang_source, following, created_at, last_seen_at) "
    "VALUES (%(channel)s, %(key)s, %(lang)s, %(lang_source)s, true, %(now)s, %(now)s) "
    "ON CONFLICT (channel, external_id) DO NOTHING RETURNING id), "
    f"backlog AS (SELECT {_BACKLOG} AS waiting), "
    f"stored AS ({_INSERT_EVENT}FROM new_resident, backlog ON CONFLICT (event_id) DO NOTHING RETURNING id), "
    "conversation AS (INSERT INTO conversations (resident_id, status, script, state, data, topics, crisis, urgency, "
    "created_at, last_activity_at) "
    "SELECT new_resident.id, 'bot', %(script)s::varchar, %(state)s::varchar, '{}'::jsonb, '[]'::jsonb, '[]'::jsonb, "
    "0, %(now)s, %(now)s FROM new_resident, backlog "
    "WHERE %(converse)s AND NOT waiting AND EXISTS (SELECT 1 FROM stored) RETURNING id) "
    "SELECT new_resident.id, backlog.waiting, EXISTS (SELECT 1 FROM stored), (SELECT id FROM conversation) "
    "FROM new_resident, backlog")

_MESSAGE_COLUMNS = ["conversation_id", "sender", "kind", "text", "payload", "author", "created_at"]
_OUTBOX_INSERT = (f"INSERT INTO outbox ({', '.join(repo_outbox.OUTBOX_COLUMNS)}) "
                  f"VALUES ({', '.join('%(' + name + ')s' for name in repo_outbox.OUTBOX_COLUMNS)}) RETURNING id")


class ResidentAppeared(Exception):
    """The resident's row was created between the lock and the store (their first event raced this one)."""


def _driver(session: Session):
    """The psycopg connection under the session's transaction."""
    return session.connection().connection.driver_connection


def _value(name: str, value):
    """A column value as SQLAlchemy would have loaded it (timestamps aware, in UTC)."""
    if name in _TIMES and value is not None:
        return value.astimezone(timezone.utc)
    return value


def open_known_turn(session: Session, channel: str, key: str, row: dict, now: datetime) -> Opening | None:
    """Lock the resident, read their open conversation and backlog, store the event: one round trip (the BEGIN
    goes along). None when we have never met them; nothing is stored then."""
    conn = _driver(session)
    params = {"channel": channel, "key": key, "event_id": row["event_id"], "event_type": row["event_type"],
              "occurred_ms": row["occurred_ms"], "body": Jsonb(row["body"]), "now": now}
    with conn.pipeline():
        locked = conn.execute(_LOCK, params)
        opened = conn.execute(_OPEN_AND_STORE, params)
    resident_row, open_row = locked.fetchone(), opened.fetchone()
    stored = open_row[1] is not None
    if resident_row is None:
        if stored:  # rolled back by the caller, who then takes the careful path
            raise ResidentAppeared()
        return None
    resident = repo.loaded(session, Resident, {name: _value(name, value)
                                               for name, value in zip(_RESIDENT_COLUMNS, resident_row)})
    backlog, conv = bool(open_row[0]), None
    if open_row[2] is not None:
        conv = repo.loaded(session, Conversation, {name: _value(name, value)
                                                   for name, value in zip(_CONVERSATION_COLUMNS, open_row[2:])})
    return Opening(resident, conv, backlog, stored)


def meet_newcomer(session: Session, channel: str, key: str, row: dict, now: datetime, lang: str | None,
                  lang_source: str | None, conversation: tuple[str, str] | None = None) -> Meeting | None:
    """Create the resident's row, store the event and (*conversation*: script and state) start their
    conversation when the event is theirs to answer now, in one round trip (the BEGIN goes along). None when
    their row exists already (another event of theirs was quicker): then nothing is stored."""
    conn = _driver(session)
    script, state = conversation or (None, None)
    params = {"channel": channel, "key": key, "lang": lang, "lang_source": lang_source, "now": now,
              "event_id": row["event_id"], "event_type": row["event_type"], "occurred_ms": row["occurred_ms"],
              "body": Jsonb(row["body"]), "converse": conversation is not None, "script": script, "state": state}
    with conn.pipeline():
        met = conn.execute(_MEET, params)
    found = met.fetchone()
    if found is None:
        return None
    resident_id, backlog, stored, conversation_id = found
    resident = repo.as_loaded(session, Resident(
        id=resident_id, channel=channel, external_id=key, lang=lang, lang_source=lang_source, following=True,
        created_at=now, last_seen_at=now, unfollowed_at=None, anonymised_at=None))
    conv = None
    if conversation_id is not None:
        conv = repo.as_loaded(session, Conversation(
            id=conversation_id, resident_id=resident_id, status="bot", script=script, state=state, data={}, topics=[],
            crisis=[], urgency=0, assigned_to=None, waiting_since=None, outcome=None, created_at=now,
            last_activity_at=now, closed_at=None, redacted=None))
    return Meeting(resident, bool(backlog), bool(stored), conv)


class PipelinedTurnWrites(TurnWrites):
    """The history lines, the conversation and the outbox row of one turn, gathered and sent with the COMMIT
    in one round trip. Only for a turn that ends its transaction (no savepoint may roll back past them)."""

    def __init__(self):
        self._lines: list[dict] = []
        self._conversations: list[Conversation] = []
        self._outbox: list[OutboxMessage] = []

    def add_messages(self, session: Session, conversation_id: int, lines: list[dict], now: datetime) -> None:
        """Append lines to the history (sent at finish)."""
        self._lines += [{"conversation_id": conversation_id, "created_at": now, "author": None, **line}
                        for line in lines]

    def save_conversation(self, session: Session, conv: Conversation) -> None:
        """Write what the turn changed in the conversation (at finish)."""
        if not any(conv is known for known in self._conversations):
            self._conversations.append(conv)

    def queue_outbox(self, session: Session, row: OutboxMessage) -> OutboxMessage:
        """Queue a delivery; the row has its id after finish."""
        self._outbox.append(row)
        return row

    def finish(self, session: Session) -> None:
        """Send the gathered writes and COMMIT in one pipeline (anything else the ORM holds is flushed first).
        The caller's session then commits nothing more."""
        updates = []
        for conv in self._conversations:
            update = self._conversation_update(session, conv)
            if update:
                updates.append(update)
                repo.as_loaded(session, conv)  # written below: nothing left for the ORM's (far costlier) flush
        for resident in [obj for obj in session.dirty if isinstance(obj, Resident)]:
            update = self._resident_update(session, resident)  # a newcomer's language, last seen
            if update:
                updates.append(update)
                repo.as_loaded(session, resident)  # written below, not in a round trip of its own
        session.flush()
        if not (self._lines or updates or self._outbox):
            return
        conn = _driver(session)
        with conn.pipeline():
            if self._lines:
                conn.execute(*self._messages_insert())
            for statement, params in updates:
                conn.execute(statement, params)
            inserted = [conn.execute(_OUTBOX_INSERT, self._outbox_values(row)) for row in self._outbox]
            conn.commit()
        for row, cursor in zip(self._outbox, inserted):
            row.id = cursor.fetchone()[0]

    def _messages_insert(self) -> tuple[str, dict]:
        params, groups = {}, []
        for i, line in enumerate(self._lines):
            groups.append("(" + ", ".join(f"%({name}{i})s" for name in _MESSAGE_COLUMNS) + ")")
            for name in _MESSAGE_COLUMNS:
                value = line.get(name)
                params[f"{name}{i}"] = Jsonb(value) if name == "payload" and value is not None else value
        return f"INSERT INTO messages ({', '.join(_MESSAGE_COLUMNS)}) VALUES {', '.join(groups)}", params

    @staticmethod
    def _conversation_update(session: Session, conv: Conversation) -> tuple[str, dict] | None:
        """UPDATE of what changed (its working data always: handlers change it in place); None when the
        conversation is not a stored one of this session (the ORM's flush writes it)."""
        changes = repo.conversation_changes(session, conv)
        if changes is None:
            return None
        changed = sorted(changes)
        params = {name: Jsonb(changes[name]) if name in _CONVERSATION_JSON else changes[name] for name in changed}
        params["conversation_id"] = conv.id
        return (f"UPDATE conversations SET {', '.join(f'{name} = %({name})s' for name in changed)} "
                "WHERE id = %(conversation_id)s", params)

    @staticmethod
    def _resident_update(session: Session, resident: Resident) -> tuple[str, dict] | None:
        """UPDATE of the resident's changed columns; None when something else changed too (the ORM writes it)."""
        state = inspect(resident)
        changed = sorted(state.committed_state)
        if state.session is not session or state.key is None or not changed or not set(changed) <= _RESIDENT_WRITABLE:
            return None
        params = {name: getattr(resident, name) for name in changed}
        params["resident_id"] = resident.id
        return (f"UPDATE residents SET {', '.join(f'{name} = %({name})s' for name in changed)} "
                "WHERE id = %(resident_id)s", params)

    @staticmethod
    def _outbox_values(row: OutboxMessage) -> dict:
        values = repo_outbox.outbox_values(row)
        values["payload"] = Jsonb(values["payload"])
        return values


def writes() -> PipelinedTurnWrites:
    """The writes of a turn that ends its transaction: gathered, then sent with the COMMIT."""
    return PipelinedTurnWrites()
