"""When the database is away the webhook says 503 (LINE redelivers) and everything recovers by itself."""
from sqlalchemy import func, select

from storage.db import make_engine
from storage.models import InboundEvent
from tests.support import post_events
from tests.test_webhook import text_event


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
