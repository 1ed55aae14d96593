"""POST /callback: signatures, malformed bodies, redeliveries, every event type, slow or absent LINE."""
import copy
import json
import logging
from pathlib import Path

import pytest
import requests
from linebot.v3.webhook import WebhookParser
from sqlalchemy import func, select

from bot import create_app
from storage.models import Conversation, InboundEvent, Message, Resident
from tests.line_platform import text_event
from tests.support import SECRET, post_events, serving, sign, wait_until

# Every event shape of LINE's webhook schema (line/line-openapi webhook.yml), kept in the project.
EVENT_SHAPES = Path(__file__).resolve().parent / "data" / "line_webhook_events.json"
# The SDK's own sample body, when the shared folder happens to sit beside the project (optional).
SDK_SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "line-samples" / "sdk-webhook.json"
needs_sdk_sample = pytest.mark.skipif(not SDK_SAMPLE.exists(), reason="../shared/line-samples is not beside the project")
SCHEMA_EVENT_CLASSES = {
    "MessageEvent", "UnsendEvent", "FollowEvent", "UnfollowEvent", "JoinEvent", "LeaveEvent", "MemberJoinedEvent",
    "MemberLeftEvent", "PostbackEvent", "VideoPlayCompleteEvent", "BeaconEvent", "AccountLinkEvent",
    "MembershipEvent", "ModuleEvent", "ActivatedEvent", "DeactivatedEvent", "BotSuspendedEvent",
    "BotResumedEvent", "PnpDeliveryCompletionEvent"}
MESSAGE_CLASSES = {"TextMessageContent", "ImageMessageContent", "VideoMessageContent", "AudioMessageContent",
                   "FileMessageContent", "LocationMessageContent", "StickerMessageContent"}


def count(runtime, model) -> int:
    with runtime.db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_body_without_signature_is_refused_and_nothing_is_stored(client, runtime):
    body = json.dumps({"destination": "U", "events": [text_event()]}).encode()
    resp = client.post("/callback", data=body, content_type="application/json")
    assert resp.status_code == 400
    assert count(runtime, InboundEvent) == 0


def test_a_wrong_signature_is_refused_and_nothing_is_stored(client, runtime):
    resp = post_events(client, [text_event()], signature=sign(b"something else"))
    assert resp.status_code == 400
    assert count(runtime, InboundEvent) == 0


def test_without_a_channel_secret_the_webhook_says_why_with_503(settings, bundle):
    settings.channel_secret = None
    app = create_app({"settings": settings, "bundle": bundle})
    try:
        resp = post_events(app.test_client(), [text_event()])
        assert resp.status_code == 503
        assert "LINE_CHANNEL_SECRET" in resp.get_json()["error"]
    finally:
        app.extensions["madoguchi"].close()


def test_a_signed_but_broken_body_gets_400_and_a_log_line_never_500(client, runtime, caplog):
    body = b'{"destination": "U", "events": [ {"type": '
    with caplog.at_level(logging.WARNING):
        resp = client.post("/callback", data=body, content_type="application/json",
                           headers={"X-Line-Signature": sign(body)})
    assert resp.status_code == 400
    assert any("could not be parsed" in r.getMessage() for r in caplog.records)
    body = b'{"destination": "U", "events": {"not": "a list"}}'
    resp = client.post("/callback", data=body, content_type="application/json", headers={"X-Line-Signature": sign(body)})
    assert resp.status_code == 400
    assert count(runtime, InboundEvent) == 0


def test_a_redelivered_event_is_processed_once(client, runtime, fake_line):
    event = text_event(event_id="REDELIVER1")
    assert post_events(client, [event]).status_code == 200
    runtime.drain()
    again = copy.deepcopy(event)
    again["deliveryContext"]["isRedelivery"] = True
    assert post_events(client, [again]).status_code == 200
    runtime.drain()
    assert count(runtime, InboundEvent) == 1
    assert len(fake_line.calls("/v2/bot/message/")) == 1
    with runtime.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Message).where(Message.sender == "resident")) == 1


def test_events_in_standby_mode_are_stored_but_nothing_is_sent(client, runtime, fake_line):
    assert post_events(client, [text_event(event_id="SB1", mode="standby")]).status_code == 200
    runtime.drain()
    assert count(runtime, InboundEvent) == 1
    assert fake_line.calls("/v2/bot/message/") == []


def test_an_unknown_event_type_gets_200_and_is_logged(client, runtime, fake_line, caplog):
    event = {"type": "somethingNew", "mode": "active", "timestamp": 1, "webhookEventId": "UNK1",
             "source": {"type": "user", "userId": "Uzz"}, "deliveryContext": {"isRedelivery": False}}
    with caplog.at_level(logging.INFO):
        assert post_events(client, [event]).status_code == 200
        runtime.drain()
    assert fake_line.calls("/v2/bot/message/") == []
    assert any("somethingNew" in r.getMessage() for r in caplog.records)


def test_joining_a_group_gets_a_polite_one_to_one_note(client, runtime, fake_line):
    event = {"type": "join", "mode": "active", "timestamp": 1, "webhookEventId": "JOIN1",
             "source": {"type": "group", "groupId": "Cgroup1"}, "replyToken": "test.group.join",
             "deliveryContext": {"isRedelivery": False}}
    assert post_events(client, [event]).status_code == 200
    runtime.drain()
    [call] = fake_line.calls("/v2/bot/message/reply")
    assert "1対1" in call["body"]["messages"][0]["text"]


def test_unfollow_closes_the_conversation_and_sends_nothing(resident, runtime, fake_line):
    resident.follow()
    before = len(fake_line.calls("/v2/bot/message/"))
    resident._send("unfollow")
    assert len(fake_line.calls("/v2/bot/message/")) == before
    with runtime.db.session() as s:
        conv = s.scalars(select(Conversation)).one()
        assert conv.status == "closed" and conv.outcome == "unfollowed"
        assert s.scalars(select(Resident)).one().following is False


def test_the_project_fixture_holds_every_event_and_message_type_of_lines_schema():
    body = EVENT_SHAPES.read_text(encoding="utf-8")
    events = WebhookParser(SECRET).parse(body, sign(body.encode()))
    classes = {type(event).__name__ for event in events}
    messages = {type(event.message).__name__ for event in events if type(event).__name__ == "MessageEvent"}
    assert SCHEMA_EVENT_CLASSES <= classes
    assert messages == MESSAGE_CLASSES
    assert [type(e).__name__ for e in events].count("UnknownEvent") == 1  # the one made-up future type
    ids = [e["webhookEventId"] for e in json.loads(body)["events"]]
    assert len(ids) == len(set(ids))


def post_each_and_expect_all_settled(client, runtime, events: list[dict]) -> None:
    """POST every event alone, signed; each gets a 200 and is stored and handled (status done)."""
    for event in events:
        resp = post_events(client, [event])
        assert resp.status_code == 200, (event["type"], resp.get_data(as_text=True))
    runtime.drain()
    with runtime.db.session() as s:
        statuses = s.execute(select(InboundEvent.event_type, InboundEvent.status)).all()
    assert len(statuses) == len(events)
    assert all(status == "done" for _, status in statuses), statuses


def test_every_documented_event_shape_is_settled_without_a_5xx(client, runtime, fake_line):
    post_each_and_expect_all_settled(client, runtime, json.loads(EVENT_SHAPES.read_text(encoding="utf-8"))["events"])


def test_a_residents_first_text_of_the_documented_shapes_gets_an_answer(client, runtime, fake_line):
    first_text = json.loads(EVENT_SHAPES.read_text(encoding="utf-8"))["events"][0]
    assert post_events(client, [first_text]).status_code == 200
    runtime.drain()
    assert fake_line.calls("/v2/bot/message/")


@needs_sdk_sample
def test_every_sdk_sample_event_is_answered_without_a_5xx(client, runtime, fake_line):
    events = json.loads(SDK_SAMPLE.read_text(encoding="utf-8"))["events"]
    for i, event in enumerate(events):
        event["webhookEventId"] = f"SDK{i:02d}"
    post_each_and_expect_all_settled(client, runtime, events)


@needs_sdk_sample
def test_the_sdk_sample_as_is_counts_as_one_event_and_its_redeliveries(client, runtime):
    body = SDK_SAMPLE.read_bytes()
    resp = client.post("/callback", data=body, content_type="application/json", headers={"X-Line-Signature": sign(body)})
    assert resp.status_code == 200
    runtime.drain()
    assert count(runtime, InboundEvent) == 1  # all 28 share "testwebhookeventid"


def post_over_http(base_url: str, events: list[dict]) -> int:
    """POST signed events to a served app as LINE does; the status."""
    body = json.dumps({"destination": "Utest", "events": events}).encode()
    resp = requests.post(f"{base_url}/callback", data=body, timeout=30,
                         headers={"Content-Type": "application/json", "X-Line-Signature": sign(body)})
    return resp.status_code


def test_the_webhook_answers_line_before_its_reply_to_a_slow_line_has_gone_through(live_server, runtime, fake_line):
    # LINE's API answers only after 5 s (a call is recorded when it completes): had the webhook waited for
    # its reply, the reply would be on record before the webhook's own answer.
    fake_line.state.delay = 5.0
    assert post_over_http(live_server, [text_event(user="Uslow", event_id="SLOW1")]) == 200
    assert post_over_http(live_server, [text_event(user="Uslow2", event_id="SLOW2")]) == 200
    assert fake_line.calls("/v2/bot/message/reply") == []
    runtime.drain(20)
    wait_until(lambda: len(fake_line.calls("/v2/bot/message/reply")) >= 2)
    assert len(fake_line.calls("/v2/bot/message/reply")) == 2


def test_the_request_that_stored_an_event_sends_its_reply_after_answering_line(live_server, runtime, fake_line):
    fake_line.state.delay = 0.5  # a reply on a background thread would keep it busy this long
    status = post_over_http(live_server, [text_event(user="Uquick", event_id="QUICK1")])
    # The reply left with the request itself: no background work is queued for it.
    assert status == 200 and runtime.deliveries.wait_idle(0)
    wait_until(lambda: fake_line.calls("/v2/bot/message/reply"), timeout=5)
    assert [c["body"]["replyToken"] for c in fake_line.calls("/v2/bot/message/reply")] == ["test.Uquick.QUICK1"]


def test_after_a_slow_answer_from_line_replies_leave_the_request_threads_for_a_while(client, runtime, fake_line):
    assert runtime.sender.inline_allowed()
    fake_line.state.delay = runtime.sender.SLOW_SEND + 0.2
    assert post_events(client, [text_event(user="Uslow", event_id="SLOW1")]).status_code == 200
    assert fake_line.calls("/v2/bot/message/reply")
    assert not runtime.sender.inline_allowed()
    fake_line.state.delay = 0
    post_events(client, [text_event(user="Uslow2", event_id="SLOW2")])
    runtime.drain()  # sent by a background thread, not by the request
    assert len(fake_line.calls("/v2/bot/message/reply")) == 2


def test_when_line_fails_replies_leave_the_request_threads_for_a_while(client, runtime, fake_line):
    fake_line.state.failures.append({"path": "/v2/bot/message/", "status": 500, "times": 2})
    assert post_events(client, [text_event(user="Ufail", event_id="FAIL1")]).status_code == 200
    assert not runtime.sender.inline_allowed()


def test_when_line_is_down_the_answer_is_pushed_later_with_a_retry_key(client, runtime, fake_line):
    fake_line.state.failures.append({"path": "/v2/bot/message/", "status": 500, "times": 2})
    assert post_events(client, [text_event(user="Udown", event_id="DOWN1")]).status_code == 200
    runtime.drain()
    from datetime import timedelta

    from storage import clock
    for _ in range(3):
        clock.shift(timedelta(minutes=1))
        runtime.sweep_once()
        runtime.drain()
    sent = [c for c in fake_line.calls("/v2/bot/message/") if c["path"].endswith("push")]
    keys = {c["retry_key"] for c in sent}
    assert len(keys) == 1 and None not in keys  # every push attempt carried the same retry key
    ok = [c for c in sent if c["body"].get("to") == "Udown"]
    assert ok


def test_a_crisis_alert_to_a_slow_office_webhook_does_not_hold_up_the_answer_to_line(settings, bundle, fake_line):
    settings.office_webhook_url = f"{fake_line.url}/office-alerts"
    app = create_app({"settings": settings, "bundle": bundle})
    try:
        with serving(app) as base:
            assert post_over_http(base, [text_event(user="Ucrisis", event_id="CR0", text="こんにちは")]) == 200
            app.extensions["madoguchi"].drain()
            fake_line.state.delay = 3.0  # the office's endpoint (and LINE) now take 3 s (the alert waits up to 5)
            assert post_over_http(base, [text_event(user="Ucrisis", event_id="CR1", text="もう死にたい")]) == 200
            assert not fake_line.calls("/office-alerts")  # LINE had its answer before the alert went through
            app.extensions["madoguchi"].drain(20)
            assert fake_line.calls("/office-alerts")  # the alert still went out, after the answer
    finally:
        app.extensions["madoguchi"].close()
