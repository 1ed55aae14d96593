"""A signed webhook body replayed after the purge removed its stored copy is still recognised as handled:
the purge keeps a hash of each event id it deletes (and so does an erasure)."""
from datetime import timedelta

from sqlalchemy import func, select

from handlers import retention
from storage import clock
from storage.models import InboundEvent, SpentEvent
from tests.line_platform import text_event
from tests.support import post_events


def _purge(runtime, days_later):
    clock.shift(timedelta(days=days_later))
    with runtime.db.session() as session:
        return retention.purge(session, runtime.bundle.retention, clock.now()).counts


def test_a_body_replayed_after_the_purge_is_not_answered_again(client, runtime, fake_line):
    event = text_event(user="Ureplay", event_id="REPLAY1", text="家賃が払えません")
    assert post_events(client, [event]).status_code == 200
    runtime.drain()
    answered = len(fake_line.calls("/v2/bot/message/"))
    counts = _purge(runtime, 30)
    assert counts.get("raw_events")
    with runtime.db.session() as s:
        assert s.scalar(select(func.count()).select_from(InboundEvent)) == 0
        assert s.scalar(select(func.count()).select_from(SpentEvent)) == 1
    assert post_events(client, [event]).status_code == 200  # LINE must still get its 200
    runtime.drain()
    assert len(fake_line.calls("/v2/bot/message/")) == answered
    with runtime.db.session() as s:
        assert s.scalar(select(func.count()).select_from(InboundEvent)) == 0


def test_a_fresh_event_is_not_looked_up_and_a_new_old_one_is_still_handled(client, runtime, fake_line):
    old = text_event(user="Uold", event_id="NEVERSEEN", text="こんにちは", timestamp=1_600_000_000_000)
    assert post_events(client, [old]).status_code == 200
    runtime.drain()
    with runtime.db.session() as s:
        assert s.scalar(select(func.count()).select_from(InboundEvent)) == 1


def test_spent_ids_are_kept_two_years_then_go(client, runtime):
    post_events(client, [text_event(user="Ugo", event_id="GO1")])
    runtime.drain()
    _purge(runtime, 30)
    counts = _purge(runtime, 800)
    assert counts.get("spent_event_ids") == 1
