"""A worker rehearses a first and a next turn at start-up: afterwards nothing of it is in the database,
nothing was sent to LINE, and the first real resident is answered as usual."""
from sqlalchemy import func, select

from bot import create_app
from bot.line.rehearsal import REHEARSAL_KEY, rehearse
from storage.models import Conversation, InboundEvent, Message, OutboxMessage, Resident
from tests.support import Resident as Chatting


def _counts(runtime) -> dict:
    with runtime.db.session() as session:
        return {model.__name__: session.scalar(select(func.count()).select_from(model))
                for model in (Resident, Conversation, InboundEvent, Message, OutboxMessage)}


def test_the_rehearsal_keeps_nothing_and_sends_nothing(runtime, fake_line):
    before = _counts(runtime)
    assert rehearse(runtime) is not None
    assert rehearse(runtime) is not None  # and again: nothing of the first was kept to get in the way
    assert _counts(runtime) == before
    assert fake_line.calls() == []
    compiled = runtime.db.engine._compiled_cache
    assert compiled is not None and len(compiled) > 0  # the statements a turn runs are compiled already


def test_a_worker_that_rehearsed_answers_its_first_resident(settings, bundle, fake_line):
    app = create_app({"settings": settings.__class__(**{**settings.__dict__, "testing": False,
                                                         "inprocess_worker": False}), "bundle": bundle})
    try:
        runtime = app.extensions["madoguchi"]
        assert _counts(runtime)["Resident"] == 0
        resident = Chatting(app, fake_line)
        resident.say("こんにちは")
        assert resident.texts()
        with runtime.db.session() as session:
            assert session.scalar(select(Resident).where(Resident.external_id == REHEARSAL_KEY)) is None
    finally:
        app.extensions["madoguchi"].close()


def test_a_database_without_tables_only_skips_the_rehearsal(tmp_path, settings, bundle):
    from bot.app.runtime import Runtime
    bare = settings.__class__(**{**settings.__dict__, "database_url": f"sqlite:///{tmp_path}/empty.sqlite3"})
    runtime = Runtime(bare, bundle=bundle)
    try:
        assert rehearse(runtime) is None
    finally:
        runtime.close()
