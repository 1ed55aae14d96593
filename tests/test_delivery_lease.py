"""A reply that waited too long behind others is not sent by a second process as well."""
import threading
from datetime import timedelta

from sqlalchemy import select

from storage import clock
from storage.models import OutboxMessage
from tests.line_platform import text_event
from tests.support import post_events


def delivered(fake_line, user):
    """Messages LINE accepted for *user* (a refused repeat — token used, retry key known — is not one)."""
    return [c for c in fake_line.calls("/v2/bot/message/") if c["status"] == 200
            and (c["body"].get("to") == user or c["body"].get("replyToken", "").startswith(f"test.{user}."))]


def test_a_reply_queued_past_its_lease_while_another_process_sent_it_is_not_sent_again(runtime, client, fake_line):
    gate = threading.Event()
    for _ in range(4):  # every delivery thread of this process is busy: the reply waits in the queue
        runtime.deliveries.run(gate.wait, 30)
    try:
        assert post_events(client, [text_event(user="Uqueued", event_id="QUEUED1")]).status_code == 200
        with runtime.db.session() as s:
            [row] = s.scalars(select(OutboxMessage.id)).all()
        # Its lease runs out while it waits; another process's sweep claims the row and sends it.
        clock.shift(timedelta(seconds=25))
        assert runtime.sender.deliver(row) is True
    finally:
        gate.set()
    assert runtime.drain(15)
    assert len(delivered(fake_line, "Uqueued")) == 1


def test_a_reply_queued_past_its_lease_that_nobody_else_took_still_goes_out_once(runtime, client, fake_line):
    gate = threading.Event()
    for _ in range(4):
        runtime.deliveries.run(gate.wait, 30)
    try:
        assert post_events(client, [text_event(user="Uslow", event_id="SLOW1")]).status_code == 200
        clock.shift(timedelta(seconds=25))
    finally:
        gate.set()
    assert runtime.drain(15)
    runtime.sweep_once()  # nothing left for the safety net: the row was renewed, sent and recorded
    assert runtime.drain(15)
    [call] = delivered(fake_line, "Uslow")
    assert call["path"].endswith("/reply")
    with runtime.db.session() as s:
        assert s.scalars(select(OutboxMessage.status)).all() == ["sent"]
