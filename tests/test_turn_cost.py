"""What a resident's turn costs the worker: the statements it sends and the work it does again and again. A
resident who writes gets the same answer; the turn just does less to give it."""
import dataclasses
import gc
import threading
import uuid
import weakref
from contextlib import contextmanager
from datetime import datetime, timezone

import pytest
from sqlalchemy import event

from bot.app import heap
from bot.dev.simulator import build_event
from handlers import public_holidays
from handlers.office import Office
from storage import repo
from tests.support import Resident, post_events

# The benchmark's resident (../shared/tools/loadgen.py): the seventh answer has them wait for a counselor.
WORDS = ["こんにちは", "仕事がなくなって家賃が払えません", "貯金もほとんどないです", "一人暮らしです", "相談したいです",
         "ありがとうございます", "はい", "いいえ"]


PIPELINED = "-- pipelined:"  # marks a statement sent straight on the driver's connection (psycopg or sqlite3)


@contextmanager
def statements_of_this_thread(runtime, monkeypatch):
    """Collect the SQL this thread sends, through SQLAlchemy and straight on a psycopg connection."""
    seen: list[str] = []
    me = threading.current_thread()

    def note(_conn, _cursor, statement, *_rest):
        if threading.current_thread() is me:
            seen.append(" ".join(str(statement).split()))

    event.listen(runtime.db.engine, "before_cursor_execute", note)
    if runtime.db.is_postgres:
        import psycopg

        direct = psycopg.Connection.execute

        def execute(self, query, *args, **kwargs):
            note(None, None, f"{PIPELINED} {query}")
            return direct(self, query, *args, **kwargs)

        monkeypatch.setattr(psycopg.Connection, "execute", execute)
    else:  # SQLite: the turn's statements sent straight to sqlite3 (storage/turns_sqlite.py)
        from storage import turns_sqlite

        driver = turns_sqlite._driver

        class Noting:
            def __init__(self, conn):
                self.conn = conn

            def execute(self, query, *args):
                note(None, None, f"{PIPELINED} {query}")
                return self.conn.execute(query, *args)

            def executemany(self, query, *args):
                note(None, None, f"{PIPELINED} {query}")
                return self.conn.executemany(query, *args)

        monkeypatch.setattr(turns_sqlite, "_driver", lambda session: Noting(driver(session)))
    try:
        yield seen
    finally:
        event.remove(runtime.db.engine, "before_cursor_execute", note)


def say_counted(resident: Resident, text: str, runtime, monkeypatch) -> list[str]:
    """The resident writes *text*; the statements of the webhook request that answers it (not of the work the
    tests' drain does afterwards)."""
    event = dict(build_event(resident.user, "text", {"text": text}), replyToken=f"test.{resident.user}.{uuid.uuid4().hex}")
    with statements_of_this_thread(runtime, monkeypatch) as seen:
        assert post_events(resident.client, [event]).status_code == 200
    assert resident.wait(), "no answer"
    return seen


def test_a_known_residents_turn_reads_them_their_conversation_and_backlog_at_once(app, fake_line, runtime,
                                                                                  monkeypatch):
    resident = Resident(app, fake_line)
    resident.say(WORDS[0])
    seen = say_counted(resident, WORDS[1], runtime, monkeypatch)
    reads = [s for s in seen if s.removeprefix(PIPELINED).strip().upper().startswith(("SELECT", "WITH BACKLOG"))]
    # SQLite: one read on a snapshot to compute the turn ahead of the writer (bot/line/turn_ahead.py), one under the
    # writer's lock that finds nothing changed; PostgreSQL: the row lock, then — with its own snapshot — the backlog
    # and the conversation read and the event stored in one statement
    assert len(reads) == 2, reads
    # PostgreSQL: begin, read, store the event, the history, the conversation, the outbox row; SQLite: the read ahead,
    # then (its begin straight to the driver, unseen) the read, the event, the history, the conversation, the outbox
    assert len(seen) <= 6, seen


def test_a_resident_who_waits_for_a_counselor_has_their_conversation_written_once_in_the_turn(
        app, fake_line, runtime, monkeypatch):
    resident = Resident(app, fake_line)
    asks = WORDS.index("相談したいです")  # 「相談したい」 asks for a person: this turn starts the wait
    for text in WORDS[:asks]:
        resident.say(text)
    seen = say_counted(resident, WORDS[asks], runtime, monkeypatch)
    assert any("INSERT INTO SCHEDULED_JOBS" in s.upper() for s in seen), "the turn no longer waits"
    assert len([s for s in seen if "UPDATE CONVERSATIONS" in s.upper()]) == 1, seen


def test_a_newcomers_language_is_written_with_their_first_answer_not_in_a_round_trip_of_its_own(
        app, fake_line, runtime, monkeypatch):
    if not runtime.db.is_postgres:
        pytest.skip("the pipelined turn is PostgreSQL's (run with TEST_DATABASE_URL)")
    resident = Resident(app, fake_line)
    seen = say_counted(resident, WORDS[0], runtime, monkeypatch)
    updates = [s for s in seen if "UPDATE RESIDENTS" in s.upper()]
    assert len(updates) == 1 and updates[0].startswith(PIPELINED), seen
    with runtime.db.session() as session:
        assert repo.find_resident(session, "line", resident.user).lang == "ja"


def test_office_hours_asked_again_and_again_build_the_holiday_calendar_once_a_year(monkeypatch):
    built = []
    real = public_holidays._table

    def counting():
        built.append(True)
        return real()

    public_holidays.japan.cache_clear()
    public_holidays._table.cache_clear()
    monkeypatch.setattr(public_holidays, "_table", counting)
    office = Office({day: [] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}, True, set(), "0120")
    office.hours["mon"] = [(datetime(2026, 1, 1, 9).time(), datetime(2026, 1, 1, 17).time())]
    for day in range(1, 29):
        office.is_open(datetime(2026, 2, day, 3, tzinfo=timezone.utc))
    office.next_opening(datetime(2026, 12, 30, 3, tzinfo=timezone.utc))  # looks into next year
    assert len(built) == 2  # once for 2026, once for 2027
    public_holidays.japan.cache_clear()



def test_a_serving_worker_leaves_its_start_up_objects_out_of_the_collectors_full_passes(settings, bundle,
                                                                                         monkeypatch):
    from bot import create_app

    settled = []
    monkeypatch.setattr(heap, "settle", lambda: settled.append(True))
    serving = dataclasses.replace(settings, testing=False, rehearse=False, inprocess_worker=False)
    app = create_app({"settings": serving, "bundle": bundle})
    app.extensions["madoguchi"].close()
    assert settled == [True]


def test_settling_the_heap_freezes_what_survives_a_collection():
    gc.unfreeze()
    try:
        heap.settle()
        assert gc.get_freeze_count() > 1000
    finally:
        gc.unfreeze()


def test_settling_again_collects_what_a_new_dialog_version_replaced_cycles_included():
    class Node:
        """A stand-in for an old dialog version's objects, which refer to one another."""

    gc.unfreeze()
    try:
        old = Node()
        old.itself = old
        alive = weakref.ref(old)
        heap.settle()
        del old
        gc.collect()
        assert alive() is not None  # frozen: out of the collector's reach
        heap.settle_again()
        assert alive() is None
    finally:
        gc.unfreeze()
