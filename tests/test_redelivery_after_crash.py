"""An event a crashed worker stored but never answered is answered as soon as LINE redelivers it."""
import pytest

from bot.line import events as line_events
from storage import repo_events
from tests.line_platform import text_event
from tests.support import post_events


def stored_but_never_handled(runtime, event):
    """What a worker killed between storing an event and handling it leaves behind (no 200 went out)."""
    with runtime.db.session() as s:
        repo_events.store_events(s, [line_events.storage_row(event, "crashed")])


def redelivered(event):
    return dict(event, deliveryContext={"isRedelivery": True})


def answers(fake_line, user):
    return [c for c in fake_line.calls("/v2/bot/message/") if c["status"] == 200
            and (c["body"].get("to") == user or c["body"].get("replyToken", "").startswith(f"test.{user}."))]


def test_a_newcomers_first_message_left_by_a_dead_worker_is_answered_when_line_redelivers_it(
        runtime, client, fake_line):
    first = text_event(user="Unewcomer", event_id="FIRST1")
    stored_but_never_handled(runtime, first)
    assert post_events(client, [redelivered(first)]).status_code == 200
    assert runtime.drain(15)
    [answer] = answers(fake_line, "Unewcomer")
    assert answer["body"]["replyToken"] == first["replyToken"]  # still fresh: answered with its own token


@pytest.mark.parametrize("alone", [True, False], ids=["alone", "with-another-event"])
def test_a_known_residents_message_left_by_a_dead_worker_is_answered_when_line_redelivers_it(
        runtime, client, fake_line, alone):
    assert post_events(client, [text_event(user="Uknown", event_id="HELLO1")]).status_code == 200
    assert runtime.drain(15)
    second = text_event(user="Uknown", text="仕事がなくなりました", event_id="SECOND1")
    stored_but_never_handled(runtime, second)
    others = [] if alone else [text_event(user="Uother", event_id="OTHER1")]
    assert post_events(client, [redelivered(second), *others]).status_code == 200
    assert runtime.drain(15)
    assert [c["body"]["replyToken"] for c in answers(fake_line, "Uknown")] == ["test.Uknown.HELLO1",
                                                                              "test.Uknown.SECOND1"]
    assert runtime.sweep_once()["residents"] == 0


def test_a_redelivery_of_an_event_already_answered_changes_nothing(runtime, client, fake_line):
    event = text_event(user="Utwice", event_id="TWICE1")
    for body in (event, redelivered(event), redelivered(event)):
        assert post_events(client, [body]).status_code == 200
        assert runtime.drain(15)
    assert len(answers(fake_line, "Utwice")) == 1
    assert len(fake_line.calls("/v2/bot/message/")) == 1
