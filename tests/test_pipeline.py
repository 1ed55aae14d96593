"""Nothing lost, nothing twice; one resident, one line."""
import json
import threading
import time
from datetime import timedelta

from sqlalchemy import select

from bot.line import events as line_events
from storage import clock, repo, repo_events
from storage.models import InboundEvent, Message, OutboxMessage
from tests.line_platform import text_event
from tests.support import post_events


def resident_lines(runtime, user):
    with runtime.db.session() as s:
        rows = s.execute(select(Message.text).join(Message.conversation)
                         .where(Message.sender == "resident").order_by(Message.id)).scalars().all()
    return rows


def test_an_event_whose_process_died_after_the_200_is_answered_later_by_push(runtime, fake_line):
    # Stored (and committed) but never processed: what a crash right after the 200 leaves behind.
    with runtime.db.session() as s:
        repo_events.store_events(s, [line_events.storage_row(text_event(user="Ucrash", event_id="CRASH1"), "x")])
    clock.shift(timedelta(minutes=2))
    assert runtime.sweep_once()["residents"] == 1
    runtime.drain()
    [call] = fake_line.calls("/v2/bot/message/")
    assert call["path"].endswith("/push") and call["body"]["to"] == "Ucrash" and call["retry_key"]


def test_a_newcomer_is_met_stored_and_answered_in_one_transaction_in_the_language_they_write(
        runtime, client, fake_line):
    fake_line.state.languages["Ufirst"] = "ja"  # the profile says Japanese; the message is Vietnamese
    event = text_event(user="Ufirst", event_id="FIRST1", text="Tôi bị mất việc, không trả được tiền nhà")
    assert post_events(client, [event]).status_code == 200
    [call] = fake_line.calls("/v2/bot/message/reply")
    assert call["body"]["replyToken"] == "test.Ufirst.FIRST1"
    assert "Đây là nơi tư vấn" in json.dumps(call["body"], ensure_ascii=False)  # welcomed in Vietnamese, by the hour
    runtime.drain()
    with runtime.db.session() as s:
        assert s.scalars(select(InboundEvent.status)).all() == ["done"]
        assert (repo.find_resident(s, "line", "Ufirst").lang, repo.find_resident(s, "line", "Ufirst").lang_source) \
            == ("vi", "detected")


def test_a_newcomers_first_message_does_not_wait_for_their_line_profile(runtime, client, fake_line):
    # LINE's profile look-up fails: the message is still answered within the request, by reply.
    fake_line.state.failures.append({"path": "/v2/bot/profile/", "status": 500, "times": 10})
    assert post_events(client, [text_event(user="Uslowprofile", event_id="SP1", text="家賃が払えません")]).status_code == 200
    [call] = fake_line.calls("/v2/bot/message/reply")
    assert call["body"]["replyToken"] == "test.Uslowprofile.SP1"
    runtime.drain()
    with runtime.db.session() as s:
        assert s.scalars(select(InboundEvent.status)).all() == ["done"]
        assert repo.find_resident(s, "line", "Uslowprofile").lang == "ja"


def test_a_newcomer_whose_words_tell_their_language_is_not_looked_up_on_line(runtime, client, fake_line):
    fake_line.state.languages["Udiffer"] = "vi-VN"
    post_events(client, [text_event(user="Udiffer", event_id="DF1", text="仕事がなくなりました")])
    runtime.drain()
    with runtime.db.session() as s:
        differ = repo.find_resident(s, "line", "Udiffer")
        assert (differ.lang, differ.lang_source) == ("ja", "detected")  # the message's language wins


def test_the_line_profile_is_read_after_the_answer_when_the_words_say_no_language(runtime, client, fake_line,
                                                                                  monkeypatch):
    from dialogs.triage.classifier import TriageResult
    fake_line.state.languages["Uemoji"] = "vi-VN"
    monkeypatch.setattr(runtime.live.services, "classify", lambda text, lang=None: TriageResult((), (), "und"))
    post_events(client, [text_event(user="Uemoji", event_id="EM1", text="🙏🙏")])
    runtime.drain()
    with runtime.db.session() as s:
        found = repo.find_resident(s, "line", "Uemoji")
        assert (found.lang, found.lang_source) == ("vi", "profile")


def test_a_newcomer_who_only_follows_is_welcomed_in_their_line_language(runtime, client, fake_line):
    fake_line.state.languages["Ufollow"] = "vi"
    follow = {"type": "follow", "mode": "active", "timestamp": int(time.time() * 1000),
              "source": {"type": "user", "userId": "Ufollow"}, "webhookEventId": "FO1",
              "deliveryContext": {"isRedelivery": False}, "replyToken": "test.Ufollow.FO1",
              "follow": {"isUnblocked": False}}
    post_events(client, [follow])
    runtime.drain()
    [call] = fake_line.calls("/v2/bot/message/reply")
    assert "Cảm ơn" in json.dumps(call["body"], ensure_ascii=False)


def test_a_newcomers_earlier_event_left_waiting_is_answered_before_their_next_one(runtime, client, fake_line):
    # Their first event was stored while LINE was slow to give their profile; the background has not got
    # to it yet when their second one comes in.
    base = int(time.time() * 1000)
    with runtime.db.session() as s:
        repo_events.store_events(s, [line_events.storage_row(
            text_event(user="Uwait", event_id="WAIT1", text="家賃が払えない", timestamp=base), "x")])
    post_events(client, [text_event(user="Uwait", event_id="WAIT2", text="もう少し話したい", timestamp=base + 1)])
    runtime.drain()
    assert resident_lines(runtime, "Uwait") == ["家賃が払えない", "もう少し話したい"]
    with runtime.db.session() as s:
        assert s.scalars(select(InboundEvent.status)).all() == ["done", "done"]
    assert sorted(c["body"]["replyToken"] for c in fake_line.calls("/v2/bot/message/reply")) == \
        ["test.Uwait.WAIT1", "test.Uwait.WAIT2"]


def test_an_event_whose_processing_failed_is_retried_and_answered_once(runtime, client, fake_line, monkeypatch):
    original = runtime.engine.handle
    calls = {"n": 0}

    def flaky(turn):
        calls["n"] += 1
        if calls["n"] <= 2:  # the quick first try in the request, then the careful one that counts it
            raise RuntimeError("database hiccup")
        return original(turn)

    monkeypatch.setattr(runtime.engine, "handle", flaky)
    post_events(client, [text_event(user="Uflaky", event_id="FLAKY1")])
    runtime.drain()
    with runtime.db.session() as s:
        event = s.scalars(select(InboundEvent)).one()
        assert event.status == "pending" and event.attempts == 1
    clock.shift(timedelta(minutes=1))
    runtime.sweep_once()
    runtime.drain()
    with runtime.db.session() as s:
        assert s.scalars(select(InboundEvent)).one().status == "done"
    assert len(fake_line.calls("/v2/bot/message/")) == 1


def test_an_event_that_always_fails_is_given_up_and_does_not_block_the_next(runtime, client, monkeypatch):
    original = runtime.engine.handle

    def poison(turn):
        if turn.inbound.text == "poison":
            raise ValueError("cannot handle")
        return original(turn)

    monkeypatch.setattr(runtime.engine, "handle", poison)
    now_ms = int(time.time() * 1000)
    post_events(client, [text_event(user="Upoison", event_id="P1", text="poison", timestamp=now_ms),
                         text_event(user="Upoison", event_id="P2", text="こんにちは", timestamp=now_ms + 1)])
    runtime.drain()
    for _ in range(6):
        clock.shift(timedelta(minutes=1))
        runtime.sweep_once()
        runtime.drain()
    with runtime.db.session() as s:
        status = dict(s.execute(select(InboundEvent.event_id, InboundEvent.status)).all())
    assert status == {"P1": "failed", "P2": "done"}


def test_events_of_one_resident_are_handled_in_the_order_they_happened(runtime, client):
    base = int(time.time() * 1000)
    events = [text_event(user="Uorder", event_id=f"O{i}", text=f"message {i}", timestamp=base + i) for i in range(5)]
    post_events(client, list(reversed(events)))
    runtime.drain()
    assert resident_lines(runtime, "Uorder") == [f"message {i}" for i in range(5)]


def test_one_resident_writing_to_several_workers_at_once_is_handled_one_by_one_in_order(app, runtime, fake_line):
    base = int(time.time() * 1000)
    events = [text_event(user="Urace", event_id=f"R{i}", text=f"line {i}", timestamp=base + i) for i in range(8)]
    barrier = threading.Barrier(len(events))
    results = []

    def deliver(event):
        client = app.test_client()
        barrier.wait()
        results.append(post_events(client, [event]).status_code)

    threads = [threading.Thread(target=deliver, args=(e,)) for e in events]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    runtime.drain(30)
    assert results == [200] * 8
    lines = resident_lines(runtime, "Urace")
    assert sorted(lines) == [f"line {i}" for i in range(8)]
    # every event answered exactly once, each with its own reply token
    tokens = [c["body"]["replyToken"] for c in fake_line.calls("/v2/bot/message/reply")]
    assert len(tokens) == 8 == len(set(tokens))
    with runtime.db.session() as s:
        assert s.scalars(select(OutboxMessage.status)).all() == ["sent"] * 8


def test_different_residents_are_served_in_parallel(app, runtime, fake_line):
    clients = [app.test_client() for _ in range(6)]
    threads = [threading.Thread(target=post_events, args=(c, [text_event(user=f"Upar{i}", event_id=f"PAR{i}")]))
               for i, c in enumerate(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    runtime.drain(30)
    assert {c["body"]["replyToken"].split(".")[1] for c in fake_line.calls("/v2/bot/message/reply")} == \
        {f"Upar{i}" for i in range(6)}


def test_a_body_from_many_residents_is_stored_whole_and_mostly_left_to_the_background(runtime, client, fake_line,
                                                                                     monkeypatch):
    from bot.line.inbox import INLINE_RESIDENTS
    users = [f"Umany{i:02d}" for i in range(INLINE_RESIDENTS + 12)]
    with runtime.db.session() as s:
        for user in users:
            repo.create_resident(s, "line", user, clock.now(), "ja", "profile")
    left = []
    monkeypatch.setattr(runtime.background, "run", lambda func, *args: left.append((func, args)))
    now_ms = int(time.time() * 1000)
    events = [text_event(user=u, event_id=f"MANY{i}", text="家賃が払えません", timestamp=now_ms + i)
              for i, u in enumerate(users)]
    assert post_events(client, events).status_code == 200
    with runtime.db.session() as s:
        statuses = s.scalars(select(InboundEvent.status)).all()
    assert len(statuses) == len(users)  # every event is stored before the 200
    assert statuses.count("done") == INLINE_RESIDENTS
    assert len(left) == 12
    monkeypatch.undo()
    for func, args in left:
        func(*args)
    runtime.drain()
    with runtime.db.session() as s:
        assert set(s.scalars(select(InboundEvent.status)).all()) == {"done"}
    assert len(fake_line.calls("/v2/bot/message/")) == len(users)
