"""A known resident's turn on SQLite with its statements sent straight to sqlite3 (storage/turns_sqlite.py): the same
rows, byte for byte, as through SQLAlchemy; all or nothing; a redelivery answered once."""
import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from storage import clock, turns, turns_sqlite
from storage.models import Conversation, Resident
from tests.line_platform import text_event
from tests.support import post_events
from tests.test_turns_pg import WORDS, chat, second_message_answered_once_the_careful_way, what_is_stored


@pytest.fixture(autouse=True)
def _sqlite_only(runtime):
    if runtime.db.engine.dialect.name != "sqlite":
        pytest.skip("the direct turn is SQLite's")


def stored_text(runtime, user: str) -> dict:
    """How the resident's rows are stored, as SQLite holds them (the text of times and JSON, NULL or not)."""
    def rows(sql: str) -> list[tuple]:
        with runtime.db.engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql), {"user": user})]

    resident = "(SELECT id FROM residents WHERE external_id = :user)"
    conversation = f"(SELECT id FROM conversations WHERE resident_id = {resident})"
    shape = "typeof({0}), length({0})"
    return {
        "events": rows(f"SELECT status, {shape.format('received_at')}, {shape.format('processed_at')}, "
                       "typeof(body), attempts, last_error IS NULL FROM inbound_events WHERE resident_key = :user "
                       "ORDER BY id"),
        "lines": rows(f"SELECT sender, kind, {shape.format('created_at')}, payload IS NULL, typeof(payload), "
                      f"author IS NULL, redacted_at IS NULL FROM messages WHERE conversation_id = {conversation} "
                      "ORDER BY id"),
        "conversation": rows(f"SELECT status, state, {shape.format('last_activity_at')}, {shape.format('created_at')}, "
                             f"typeof(data), topics, crisis FROM conversations WHERE id = {conversation}"),
        "outbox": rows(f"SELECT typeof(payload), {shape.format('created_at')}, {shape.format('lease_until')}, "
                       f"{shape.format('next_attempt_at')}, attempts, length(retry_key) FROM outbox "
                       f"WHERE resident_id = {resident} ORDER BY id"),
    }


def test_a_known_residents_turns_store_the_same_rows_straight_to_sqlite_as_through_sqlalchemy(
        runtime, client, fake_line, monkeypatch):
    assert runtime.pipeline.turns is turns_sqlite
    chat(client, "Udirect", WORDS)
    runtime.drain()
    monkeypatch.setattr(runtime.pipeline, "turns", turns)
    chat(client, "Ustepwise", WORDS)
    runtime.drain()
    direct, stepwise = what_is_stored(runtime, "Udirect"), what_is_stored(runtime, "Ustepwise")
    assert direct == stepwise
    assert len(direct["lines"]) >= 2 * len(WORDS) and direct["data"]["words"]
    assert direct["events"] == [("done", True)] * len(WORDS)
    assert [o[3] for o in direct["outbox"]] == ["sent"] * len(WORDS)
    assert stored_text(runtime, "Udirect") == stored_text(runtime, "Ustepwise")
    assert len(fake_line.calls("/v2/bot/message/reply")) == 2 * len(WORDS)


def test_a_turn_that_fails_while_writing_straight_to_sqlite_leaves_nothing_and_is_answered_once_the_careful_way(
        runtime, client, fake_line, monkeypatch, caplog):
    chat(client, "Ufails", WORDS[:1])
    runtime.drain()

    def broken(self, session, row):
        raise RuntimeError("the disk went away mid-turn")

    def broken_write(self, session):
        raise RuntimeError("the disk went away while the turn computed ahead was written")

    monkeypatch.setattr(turns_sqlite.DirectTurnWrites, "queue_outbox", broken)
    monkeypatch.setattr(turns_sqlite.GatheredTurnWrites, "write", broken_write)
    second_message_answered_once_the_careful_way(runtime, client, fake_line, caplog, "Ufails", "家賃が払えません")


def test_a_redelivered_event_on_the_direct_path_is_answered_once(runtime, client, fake_line):
    ids = chat(client, "Uagain", WORDS[:2])
    assert post_events(client, [text_event(user="Uagain", text=WORDS[1], event_id=ids[1],
                                           deliveryContext={"isRedelivery": True})]).status_code == 200
    runtime.drain()
    stored = what_is_stored(runtime, "Uagain")
    assert [line[2] for line in stored["lines"] if line[0] == "resident"] == WORDS[:2]
    assert stored["events"] == [("done", True)] * 2
    assert len(fake_line.calls("/v2/bot/message/reply")) == 2


def test_a_message_written_while_an_earlier_one_waits_is_kept_waiting_behind_it(runtime, client):
    chat(client, "Ubehind", WORDS[:1])
    runtime.drain()
    with runtime.db.session() as s:  # an earlier event of theirs that a crashed process left pending
        s.execute(text("INSERT INTO inbound_events (event_id, channel, resident_key, event_type, occurred_ms, body, "
                       "status, attempts, received_at) VALUES ('Ubehind-early', 'line', 'Ubehind', 'message', 1, "
                       "'{}', 'pending', 0, '2026-01-01 00:00:00.000000')"))
        opening = turns_sqlite.open_known_turn(s, "line", "Ubehind", {
            "event_id": "Ubehind-late", "channel": "line", "resident_key": "Ubehind", "event_type": "message",
            "occurred_ms": 2, "body": {}}, clock.now())
        assert opening.backlog and opening.stored
        late = s.execute(text("SELECT status, processed_at FROM inbound_events WHERE event_id = 'Ubehind-late'")).one()
        assert tuple(late) == ("pending", None)
        s.rollback()


def test_times_and_working_data_read_straight_from_sqlite_match_the_orms(runtime, client):
    chat(client, "Uread", WORDS[:3])
    runtime.drain()
    with Session(runtime.db.engine) as s:  # rolled back: the event below is not kept
        opening = turns_sqlite.open_known_turn(s, "line", "Uread", {"event_id": "Uread-x", "event_type": "message",
                                                                    "occurred_ms": 0, "body": {}}, clock.now())
        raw = (opening.resident.last_seen_at, opening.resident.created_at, opening.resident.following,
               opening.conversation.data, opening.conversation.last_activity_at, opening.conversation.topics,
               opening.backlog, opening.stored)
        s.rollback()
    with runtime.db.session() as s:
        resident = s.scalars(select(Resident).where(Resident.external_id == "Uread")).one()
        conv = s.scalars(select(Conversation).where(Conversation.resident_id == resident.id)).one()
        orm = (resident.last_seen_at, resident.created_at, resident.following, conv.data, conv.last_activity_at,
               conv.topics, False, True)
    assert raw == orm
    assert raw[0].utcoffset().total_seconds() == 0 and raw[2] is True


def test_someone_never_met_is_not_stored_by_the_direct_path(runtime):
    with runtime.db.session() as s:
        assert turns_sqlite.open_known_turn(s, "line", "Unever", {
            "event_id": "Unever-1", "channel": "line", "resident_key": "Unever", "event_type": "message",
            "occurred_ms": 1, "body": {}}, clock.now()) is None
        assert s.execute(text("SELECT count(*) FROM inbound_events WHERE resident_key = 'Unever'")).scalar() == 0


def test_a_newcomers_language_is_written_straight_to_sqlite_with_their_first_answer(app, fake_line, runtime,
                                                                                      monkeypatch):
    from storage import repo
    from tests.support import Resident as Chatter
    from tests.test_turn_cost import PIPELINED, say_counted

    resident = Chatter(app, fake_line)
    seen = say_counted(resident, "こんにちは", runtime, monkeypatch)
    updates = [s for s in seen if "UPDATE RESIDENTS" in s.upper()]
    assert len(updates) == 1 and updates[0].startswith(PIPELINED), seen
    with runtime.db.session() as session:
        assert repo.find_resident(session, "line", resident.user).lang == "ja"
    assert resident.say("仕事がなくなって家賃が払えません"), "no answer to the next message"


def _watch_plans(monkeypatch) -> list[bool]:
    """Whether each turn computed ahead of the writer was written (True) or done again under it (False)."""
    from bot.line import turn_ahead

    used: list[bool] = []
    real = turn_ahead.fits

    def fits(ahead, opening):
        result = real(ahead, opening)
        if ahead is not None:
            used.append(result)
        return result

    monkeypatch.setattr(turn_ahead, "fits", fits)
    return used


def test_a_known_residents_text_turns_are_computed_before_the_writer_and_written_under_it(
        runtime, client, monkeypatch):
    used = _watch_plans(monkeypatch)
    chat(client, "Uahead", WORDS[:3])
    runtime.drain()
    assert used == [True, True]  # the first message met them: the careful way
    stored = what_is_stored(runtime, "Uahead")
    assert [line[2] for line in stored["lines"] if line[0] == "resident"] == WORDS[:3]


def _a_counselor_writes_after_each_plan(runtime, monkeypatch, user: str) -> None:
    """Between a turn computed ahead and the writer, something else changes *user*'s conversation."""
    from bot.line import turn_ahead

    real = turn_ahead.plan

    def plan_then_a_counselor_writes(pipeline, row):
        ahead = real(pipeline, row)
        with runtime.db.session() as s:
            conv = s.scalars(select(Conversation).join(Resident).where(Resident.external_id == user)).one()
            conv.data = {**conv.data, "changed_meanwhile": True}
        return ahead

    monkeypatch.setattr(turn_ahead, "plan", plan_then_a_counselor_writes)


def test_a_conversation_that_changed_while_a_turn_was_computed_ahead_has_the_turn_done_again_under_the_writer(
        runtime, client, fake_line, monkeypatch):
    chat(client, "Uchanged", WORDS[:2])
    runtime.drain()
    used = _watch_plans(monkeypatch)
    _a_counselor_writes_after_each_plan(runtime, monkeypatch, "Uchanged")
    chat(client, "Uchanged", WORDS[2:3])
    runtime.drain()
    assert used == [False]
    with runtime.db.session() as s:
        conv = s.scalars(select(Conversation).join(Resident).where(Resident.external_id == "Uchanged")).one()
        assert conv.data["changed_meanwhile"] is True  # the turn done again read the change, and kept it
    stored = what_is_stored(runtime, "Uchanged")
    assert [line[2] for line in stored["lines"] if line[0] == "resident"] == WORDS[:3]
    assert len(fake_line.calls("/v2/bot/message/reply")) == 3


ASKS = ["こんにちは", "仕事がなくなって家賃が払えません", "貯金もほとんどないです", "一人暮らしです", "相談したいです"]


def _jobs(runtime) -> list[tuple]:
    with runtime.db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT kind, status, resident_id FROM scheduled_jobs"))]


def test_a_request_for_a_person_computed_ahead_writes_its_no_claim_timer_with_its_rows_under_the_writer(
        runtime, client, fake_line, monkeypatch):
    chat(client, "Uwaits", ASKS[:-1])
    runtime.drain()
    used = _watch_plans(monkeypatch)
    chat(client, "Uwaits", ASKS[-1:])  # asks for a person: the turn starts the wait (a scheduled job)
    runtime.drain()
    assert used == [True]  # computed on the snapshot and written as it was: not done a second time
    jobs = _jobs(runtime)
    assert len(jobs) == 1 and jobs[0][:2] == ("handoff_unclaimed", "pending"), jobs
    stored = what_is_stored(runtime, "Uwaits")
    assert stored["status"] == "waiting"
    assert [line[2] for line in stored["lines"] if line[0] == "resident"] == ASKS
    assert len(fake_line.calls("/v2/bot/message/reply")) == len(ASKS)


def test_a_timer_kept_ahead_is_not_written_when_the_turn_is_done_again_under_the_writer(
        runtime, client, fake_line, monkeypatch):
    chat(client, "Uraced", ASKS[:-1])
    runtime.drain()
    used = _watch_plans(monkeypatch)
    _a_counselor_writes_after_each_plan(runtime, monkeypatch, "Uraced")
    chat(client, "Uraced", ASKS[-1:])
    runtime.drain()
    assert used == [False]
    assert len(_jobs(runtime)) == 1  # the timer of the turn done again, once; the kept one went with its plan
    assert what_is_stored(runtime, "Uraced")["status"] == "waiting"


def test_a_turn_that_writes_more_than_its_own_rows_is_refused_ahead_and_done_under_the_writer(
        runtime, client, fake_line, monkeypatch):
    from handlers import handoff
    from storage import repo_jobs

    chat(client, "Uwrites", ASKS[:-1])
    runtime.drain()
    used = _watch_plans(monkeypatch)
    real = handoff.start_waiting

    def start_waiting_and_cancel_old_timers(turn):  # an UPDATE of another table: beyond the turn's own rows
        real(turn)
        repo_jobs.cancel_jobs(turn.session, "nothing-of-theirs:")

    monkeypatch.setattr(handoff, "start_waiting", start_waiting_and_cancel_old_timers)
    chat(client, "Uwrites", ASKS[-1:])
    runtime.drain()
    assert used == []  # refused on the snapshot: no plan reached the writer
    assert len(_jobs(runtime)) == 1
    stored = what_is_stored(runtime, "Uwrites")
    assert stored["status"] == "waiting"
    assert [line[2] for line in stored["lines"] if line[0] == "resident"] == ASKS
    assert len(fake_line.calls("/v2/bot/message/reply")) == len(ASKS)


def test_a_read_refuses_to_write_and_remembers_it_even_when_the_error_is_swallowed(runtime):
    from storage.db import WriteRefused

    with runtime.db.reading() as s:
        assert s.execute(text("SELECT count(*) FROM residents")).scalar() == 0
        with pytest.raises(WriteRefused):
            s.execute(text("INSERT INTO residents (channel, external_id, following, created_at, last_seen_at) "
                           "VALUES ('line', 'Uno', 1, '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"))
    assert runtime.db.refused()
    with runtime.db.reading() as s:
        s.execute(text("SELECT 1"))
    assert not runtime.db.refused()
    with runtime.db.session() as s:  # the writer's transactions write as before
        s.execute(text("INSERT INTO residents (channel, external_id, following, created_at, last_seen_at) "
                       "VALUES ('line', 'Uyes', 1, '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"))
    with runtime.db.engine.connect() as conn:
        assert conn.execute(text("SELECT external_id FROM residents")).scalars().all() == ["Uyes"]
