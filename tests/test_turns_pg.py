"""A known resident's turn on PostgreSQL in two round trips (storage/turns_pg.py): the same rows as statement by
statement, all or nothing, and never an event lost to a race with the resident's first message."""
import re
import uuid

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import clock, repo_events, turns, turns_pg
from storage.models import Conversation, InboundEvent, Message, OutboxMessage, Resident
from tests.line_platform import text_event
from tests.support import post_events

WORDS = ["こんにちは", "仕事がなくなって家賃が払えません", "1", "相談したいです", "ありがとう"]


@pytest.fixture(autouse=True)
def _postgres_only(runtime):
    if not runtime.db.is_postgres:
        pytest.skip("the pipelined turn is PostgreSQL's (run with TEST_DATABASE_URL)")


def chat(client, user: str, words: list[str]) -> list[str]:
    """The resident writes these words one after another; returns the events' ids."""
    ids = []
    for text in words:
        ids.append(f"{user}-{uuid.uuid4().hex[:12]}")
        assert post_events(client, [text_event(user=user, text=text, event_id=ids[-1])]).status_code == 200
    return ids


_ISO_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")


def _timeless(value):
    """The conversation's data with its times (when a turn happened: 「told_opens.at」…) left out."""
    if isinstance(value, dict):
        return {key: _timeless(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_timeless(item) for item in value]
    return "<time>" if isinstance(value, str) and _ISO_TIME.match(value) else value


def what_is_stored(runtime, user: str) -> dict:
    """Everything a turn writes for one resident, without ids and times."""
    with runtime.db.session() as s:
        resident = s.scalars(select(Resident).where(Resident.external_id == user)).one()
        conv = s.scalars(select(Conversation).where(Conversation.resident_id == resident.id)).one()
        lines = s.execute(select(Message.sender, Message.kind, Message.text, Message.payload)
                          .where(Message.conversation_id == conv.id).order_by(Message.id)).all()
        outbox = s.execute(select(OutboxMessage.recipient, OutboxMessage.reply_token, OutboxMessage.payload,
                                  OutboxMessage.status).where(OutboxMessage.resident_id == resident.id)
                           .order_by(OutboxMessage.id)).all()
        events = s.execute(select(InboundEvent.status, InboundEvent.processed_at.is_not(None))
                           .where(InboundEvent.resident_key == user).order_by(InboundEvent.id)).all()
        return {"state": conv.state, "status": conv.status, "data": _timeless(conv.data), "topics": conv.topics,
                "lines": [(sender, kind, text, bool(payload)) for sender, kind, text, payload in lines],
                "events": [tuple(e) for e in events],
                "outbox": [(r.replace(user, "U"), t is not None, p, st) for r, t, p, st in outbox]}


def second_message_answered_once_the_careful_way(runtime, client, fake_line, caplog, user: str, text: str) -> None:
    """The resident (who said こんにちは before) writes *text*: the quick path gives way, keeping nothing, and
    the careful path stores and answers it once."""
    chat(client, user, [text])
    runtime.drain()
    stored = what_is_stored(runtime, user)
    assert [line[2] for line in stored["lines"] if line[0] == "resident"] == ["こんにちは", text]
    assert stored["events"] == [("done", True), ("done", True)]
    assert len(fake_line.calls("/v2/bot/message/reply")) == 2
    assert "handling it again step by step" in caplog.text


def test_a_known_residents_turns_write_the_same_rows_in_two_round_trips_as_statement_by_statement(
        runtime, client, fake_line, monkeypatch):
    chat(client, "Upipelined", WORDS)
    runtime.drain()
    monkeypatch.setattr(runtime.pipeline, "turns", turns)
    chat(client, "Ustepwise", WORDS)
    runtime.drain()
    pipelined, stepwise = what_is_stored(runtime, "Upipelined"), what_is_stored(runtime, "Ustepwise")
    assert pipelined == stepwise
    assert len(pipelined["lines"]) >= 2 * len(WORDS) and pipelined["data"]["words"]
    assert pipelined["events"] == [("done", True)] * len(WORDS)
    assert [o[3] for o in pipelined["outbox"]] == ["sent"] * len(WORDS)


def test_a_turn_that_fails_while_writing_leaves_nothing_and_is_answered_once_the_careful_way(
        runtime, client, fake_line, monkeypatch, caplog):
    chat(client, "Ufails", WORDS[:1])
    runtime.drain()

    def broken(row):
        raise RuntimeError("the database went away mid-turn")

    monkeypatch.setattr(turns_pg.PipelinedTurnWrites, "_outbox_values", staticmethod(broken))
    second_message_answered_once_the_careful_way(runtime, client, fake_line, caplog, "Ufails", "家賃が払えません")


def test_a_resident_whose_row_appears_between_the_lock_and_the_store_is_answered_once(
        runtime, client, fake_line, monkeypatch, caplog):
    chat(client, "Urace", WORDS[:1])
    runtime.drain()
    # What the pipeline sees when the resident's first event commits their row between its statements:
    # no row to lock, yet the store finds them. The quick path must give way, keeping nothing.
    monkeypatch.setattr(turns_pg, "_LOCK", turns_pg._LOCK.replace("WHERE", "WHERE false AND"))
    second_message_answered_once_the_careful_way(runtime, client, fake_line, caplog, "Urace", "もう少し話したい")


def test_a_redelivered_event_on_the_two_round_trip_path_is_answered_once(runtime, client, fake_line):
    ids = chat(client, "Uagain", WORDS[:2])
    assert post_events(client, [text_event(user="Uagain", text=WORDS[1], event_id=ids[1],
                                           deliveryContext={"isRedelivery": True})]).status_code == 200
    runtime.drain()
    stored = what_is_stored(runtime, "Uagain")
    assert [line[2] for line in stored["lines"] if line[0] == "resident"] == WORDS[:2]
    assert len(fake_line.calls("/v2/bot/message/reply")) == 2


def test_timestamps_and_working_data_read_by_the_pipeline_match_the_orms(runtime, client):
    chat(client, "Uread", WORDS[:3])
    runtime.drain()
    with Session(runtime.db.engine) as s:  # rolled back: the event below is not kept
        opening = turns_pg.open_known_turn(s, "line", "Uread", {"event_id": "Uread-x", "event_type": "message",
                                                                "occurred_ms": 0, "body": {}}, clock.now())
        raw = (opening.resident.last_seen_at, opening.resident.created_at, opening.conversation.data,
               opening.conversation.last_activity_at, opening.conversation.topics, opening.backlog, opening.stored)
        s.rollback()
    with runtime.db.session() as s:
        resident = s.scalars(select(Resident).where(Resident.external_id == "Uread")).one()
        conv = s.scalars(select(Conversation).where(Conversation.resident_id == resident.id)).one()
        orm = (resident.last_seen_at, resident.created_at, conv.data, conv.last_activity_at, conv.topics, False, True)
    assert raw == orm
    assert raw[0].utcoffset().total_seconds() == 0


def stored_event(key: str, suffix: str) -> dict:
    """An inbound_events row of resident *key*, as the webhook makes them."""
    return {"event_id": key + suffix, "channel": "line", "resident_key": key, "event_type": "message",
            "occurred_ms": 1, "body": {"type": "message"}}


@pytest.mark.parametrize("module", [turns, turns_pg], ids=["stepwise", "one-statement"])
def test_a_newcomer_is_met_once_and_a_second_meeting_stores_nothing(runtime, module):
    key = f"Umeet-{module.__name__}"

    with Session(runtime.db.engine, expire_on_commit=False) as s:
        met = module.meet_newcomer(s, "line", key, stored_event(key, "-1"), clock.now(), "vi", "profile",
                                   ("intake", "start"))
        s.commit()
    assert (met.backlog, met.stored, met.resident.lang) == (False, True, "vi")
    assert (met.conversation.state, met.conversation.data) == ("start", {})
    assert met.conversation.resident_id == met.resident.id
    with Session(runtime.db.engine) as s:
        assert module.meet_newcomer(s, "line", key, stored_event(key, "-2"), clock.now(), None, None) is None
        s.commit()
    with runtime.db.session() as s:
        resident = s.scalars(select(Resident).where(Resident.external_id == key)).one()
        assert (resident.id, resident.lang, resident.lang_source) == (met.resident.id, "vi", "profile")
        assert s.scalars(select(InboundEvent.event_id).where(InboundEvent.resident_key == key)).all() == [key + "-1"]
        conv = s.get(Conversation, met.conversation.id)
        assert (conv.script, conv.state, conv.status, conv.topics) == ("intake", "start", "bot", [])


@pytest.mark.parametrize("module", [turns, turns_pg], ids=["stepwise", "one-statement"])
def test_a_newcomer_whose_earlier_event_waits_gets_no_conversation_yet_and_their_event_waits_too(runtime, module):
    key = f"Uwaits-{module.__name__}"

    with runtime.db.session() as s:
        repo_events.store_events(s, [stored_event(key, "-early")])
    with Session(runtime.db.engine, expire_on_commit=False) as s:
        met = module.meet_newcomer(s, "line", key, stored_event(key, "-late"), clock.now(), None, None,
                                   ("intake", "start"))
        s.commit()
    assert (met.backlog, met.stored, met.conversation) == (True, True, None)
    with runtime.db.session() as s:
        assert s.scalars(select(InboundEvent.status).where(InboundEvent.resident_key == key)).all() == \
            ["pending", "pending"]
