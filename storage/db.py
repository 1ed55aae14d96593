"""The database handle: engine and session factory for SQLite (embedded) or PostgreSQL."""
import fcntl
import os
import threading
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool


def default_url(instance_dir: Path) -> str:
    """The embedded default: an SQLite file in the instance folder."""
    instance_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{(instance_dir / 'madoguchi.sqlite3').resolve()}"


def _configure_sqlite(engine: Engine) -> None:
    # pysqlite's own transaction handling defers BEGIN and cannot take the write lock up
    # front; we emit BEGIN IMMEDIATE ourselves so concurrent writers queue on busy_timeout
    # instead of failing with "database is locked" when a reader upgrades to a writer.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # straight to the driver: through SQLAlchemy this statement cost as much Python as running it in SQLite,
        # on every transaction (cursor events and SQL logging do not see it). A read (Database.reading) takes no
        # write lock: BEGIN (deferred) reads one snapshot.
        conn.connection.driver_connection.execute("BEGIN" if getattr(_READING, "on", False) else "BEGIN IMMEDIATE")

    @event.listens_for(engine, "before_cursor_execute")
    def _refuse_writes_while_reading(_conn, _cursor, statement, *_rest):
        if getattr(_READING, "on", False) and not statement.lstrip()[:6].upper() == "SELECT":
            _READING.refused = True
            raise WriteRefused("a read that would write (the caller does it again under the writer)")


class WriteRefused(Exception):
    """A statement other than a SELECT sent inside Database.reading()."""


_READING = threading.local()  # set while this thread runs inside Database.reading() (SQLite)


# A pooled connection is pinged before use only when it has sat idle this long. Under load connections
# come back within milliseconds, and a ping before every transaction cost a round trip and about 5 % of
# an event's CPU. A connection that breaks while in use fails its transaction instead: SQLAlchemy then
# replaces every connection of the pool, and the webhook stores the event again the careful way (or
# answers 503, and LINE redelivers).
IDLE_BEFORE_PING = 2.0


def _ping_after_idle(engine: Engine) -> None:
    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_conn, record):
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_conn, record, _proxy):
        idle_since = record.info.pop("idle_since", None)
        if idle_since is not None and time.monotonic() - idle_since > IDLE_BEFORE_PING:
            try:
                alive = engine.dialect.do_ping(dbapi_conn)
            except Exception as exc:  # noqa: BLE001 - any failure means this connection is gone
                raise DisconnectionError("connection lost while idle") from exc
            if not alive:
                raise DisconnectionError("connection lost while idle")


def make_engine(url: str, *, pool_size: int = 10) -> Engine:
    """Create an engine with the settings each backend needs for concurrent workers."""
    # hide_parameters: an error's text never carries the values of the statement (residents' words, LINE ids).
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, hide_parameters=True)
        _create_private(engine.url.database)
        _configure_sqlite(engine)
        return engine
    engine = create_engine(url, pool_size=pool_size, max_overflow=10, pool_recycle=1800, hide_parameters=True)
    _ping_after_idle(engine)
    return engine


def _create_private(database: str | None) -> None:
    """Create the SQLite file readable by its owner only (0600) before SQLite creates it with the umask's
    mode; its -wal and -shm files take the same mode. An existing file that others may read is narrowed."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    try:
        os.close(os.open(database, os.O_RDWR | os.O_CREAT, 0o600))
        if os.stat(database).st_mode & 0o077:
            os.chmod(database, 0o600)
    except OSError:  # a read-only place or a file of another owner: SQLite reports what matters
        pass


class _SqliteWriter:
    """SQLite's one-writer-at-a-time, taken as a queue instead of by polling.

    Threads of this process queue on an RLock; processes (gunicorn workers, the worker, the CLI) queue
    on an flock of a file beside the database, which the kernel hands to the next waiter the moment it
    is released. SQLite's own busy handler would instead sleep 1, 2, 5 … 100 ms between tries, which
    made a second worker's transactions wait far longer than they take. Re-entrant within a thread."""

    def __init__(self, database: str | None):
        self._lock = threading.RLock()
        self._path = f"{database}.writer-lock" if database and database != ":memory:" else None
        self._depth = 0
        self._fd: int | None = None
        self._pid = 0

    def __enter__(self):
        self._lock.acquire()
        self._depth += 1
        if self._depth == 1 and self._path:
            try:
                if self._fd is None or self._pid != os.getpid():  # a forked child needs its own open file
                    self._fd, self._pid = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600), os.getpid()
                fcntl.flock(self._fd, fcntl.LOCK_EX)
            except OSError:  # e.g. a read-only folder: SQLite's busy handler still keeps writers apart
                self._path = None
        return self

    def __exit__(self, *exc):
        self._depth -= 1
        try:
            if self._depth == 0 and self._path and self._fd is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            self._lock.release()
        return False


class Database:
    """Engine plus session factory; one per process, passed explicitly (no import-time globals)."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer at a time; threads of this process queue here instead of sleeping in
        # SQLite's busy handler, which hands the lock over far more slowly.
        self._writer = _SqliteWriter(self.engine.url.database) if url.startswith("sqlite") else nullcontext()

    @property
    def is_postgres(self) -> bool:
        """True when running on PostgreSQL (row locks available)."""
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on error."""
        # the session is made before, and closed after, SQLite's one writer is held: only the transaction is
        with self._sessions() as session, self._writer, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """On SQLite, a session that reads one snapshot without taking the one writer, and refuses to write: a
        statement other than a SELECT raises WriteRefused, and refused() stays True until the next reading (also when
        the caller swallowed the error). Never committed: closing it ends the snapshot (objects keep their values)."""
        if not self.url.startswith("sqlite"):
            raise RuntimeError("Database.reading is SQLite's")
        _READING.on, _READING.refused = True, False
        session = self._sessions()
        try:
            session.connection()  # BEGIN (deferred) while this thread reads
            yield session
        finally:
            try:
                session.close()
            finally:
                _READING.on = False

    @staticmethod
    def refused() -> bool:
        """Whether the last reading() of this thread tried to write."""
        return getattr(_READING, "refused", False)

    def configure_models(self) -> None:
        """Set up the ORM's mappings now (SQLAlchemy does it on first use: ~0.2 s a process would pay in a turn)."""
        from sqlalchemy.orm import configure_mappers

        configure_mappers()

    def ping(self) -> bool:
        """True when the database answers a trivial query."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except Exception:  # noqa: BLE001 - any failure means 'not reachable'
            return False

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


class ScratchDatabase:
    """A private in-memory database with every table, for a sandbox that must not touch the real one (the
    editor's preview and transcript tests). ``sessions()`` opens a session; close() drops it all."""

    def __init__(self):
        from storage.models import Base

        self.engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
        Base.metadata.create_all(self.engine)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        """Drop the database."""
        self.engine.dispose()
