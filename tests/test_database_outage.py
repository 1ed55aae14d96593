"""When the database is away the webhook says 503 (LINE redelivers) and everything recovers by itself."""
import pytest
from sqlalchemy import create_engine, func, select, text

from storage import db
from storage.db import make_engine
from storage.models import InboundEvent
from tests.line_platform import text_event
from tests.support import post_events


def test_with_the_database_down_the_webhook_answers_503_and_then_recovers(client, runtime, fake_line, tmp_path):
    working = runtime.db.engine
    runtime.db.engine = make_engine(f"sqlite:///{tmp_path}/missing-folder/nowhere.sqlite3")
    runtime.db._sessions.configure(bind=runtime.db.engine)
    try:
        assert post_events(client, [text_event(user="Uout", event_id="OUT1")]).status_code == 503
        assert client.get("/healthz").status_code == 503
    finally:
        runtime.db.engine = working
        runtime.db._sessions.configure(bind=working)
    # LINE redelivers the same event once we are back: it is stored and answered once.
    assert post_events(client, [text_event(user="Uout", event_id="OUT1")]).status_code == 200
    runtime.drain()
    assert client.get("/healthz").get_json() == {"status": "ok", "database": "ok"}
    with runtime.db.session() as s:
        assert s.scalar(select(func.count()).select_from(InboundEvent)) == 1
    assert len(fake_line.calls("/v2/bot/message/")) == 1


def _drop_every_connection(url: str) -> None:
    """What a database restart does to the connections our pool keeps."""
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
    engine.dispose()


def test_when_the_database_dropped_our_connections_the_next_events_are_still_stored_and_answered(
        runtime, client, fake_line, monkeypatch):
    if not runtime.db.is_postgres:
        pytest.skip("only a database server drops connections (run with TEST_DATABASE_URL)")
    url = runtime.db.engine.url.render_as_string(hide_password=False)
    for n, idle_before_ping in enumerate((60.0, 0.0)):
        # 60 s: the connections were just used, so nothing pings them and the first use fails;
        # 0 s: each has sat idle long enough to be pinged before use.
        monkeypatch.setattr(db, "IDLE_BEFORE_PING", idle_before_ping)
        assert post_events(client, [text_event(user="Urestart", event_id=f"BEFORE{n}")]).status_code == 200
        runtime.drain()
        _drop_every_connection(url)
        assert post_events(client, [text_event(user="Urestart", event_id=f"AFTER{n}")]).status_code == 200
        runtime.drain()
    with runtime.db.session() as s:
        statuses = s.scalars(select(InboundEvent.status)).all()
    assert statuses == ["done"] * 4
    assert len(fake_line.calls("/v2/bot/message/")) == 4
