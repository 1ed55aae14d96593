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


def test_after_the_rehearsal_the_holiday_calendar_is_built_and_the_sweeper_does_not_build_it_under_load(
        runtime, monkeypatch):
    from handlers import public_holidays

    public_holidays.japan.cache_clear()
    rehearse(runtime)
    built_before = public_holidays.japan.cache_info().misses
    assert built_before >= 1  # this year's calendar (and next year's when the next opening is in it)
    runtime.schedule_closing_notices()  # what the sweeper's first pass asks
    assert public_holidays.japan.cache_info().misses == built_before


def test_after_the_rehearsal_every_request_thread_fires_the_dialog_on_the_machine_it_built(runtime, monkeypatch):
    import threading

    from dialogs import machine

    rehearse(runtime)
    built = []
    real = machine.build
    monkeypatch.setattr(machine, "build", lambda script: built.append(script) or real(script))
    script = runtime.live.engine.script
    threads = [threading.Thread(target=machine.machine_for, args=(script,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert built == []  # no thread builds its own: the rehearsal's machine serves them all
