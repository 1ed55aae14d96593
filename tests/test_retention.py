"""The retention policy: each kind of data goes when its period ends, blocked residents by the same rules, once a
day on schedule — and the reports count exactly what they counted before."""
import dataclasses
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.admin import reports as admin_reports
from handlers import retention
from handlers.datafile import DataError, load_yaml
from handlers.reports.report import build
from handlers.retention_policy import RetentionPolicy
from storage import clock, repo
from storage.models import (
    AuditEntry,
    Base,
    Consent,
    Conversation,
    InboundEvent,
    Message,
    Note,
    OutboxMessage,
    Resident,
    ScheduledJob,
)
from tests.booking_helpers import add_slot, book_in_chat
from tests.reports_fixtures import SECRET_WORDS, build_known_history

JST = ZoneInfo("Asia/Tokyo")
SAID = "家賃を3か月滞納していて、大家さんから出ていくよう言われました"


def _purge(runtime, days_later: float = 0):
    clock.shift(timedelta(days=days_later))
    with runtime.db.session() as session:
        return retention.purge(session, runtime.bundle.retention, clock.now()).counts


def _messages(runtime, user):
    with runtime.db.session() as session:
        resident = repo.find_resident(session, "line", user)
        rows = session.execute(select(Message.sender, Message.text, Message.redacted_at)
                               .join(Conversation, Conversation.id == Message.conversation_id)
                               .where(Conversation.resident_id == resident.id).order_by(Message.id))
        return [tuple(r) for r in rows]


def _conversation(runtime, user=None, resident_id=None):
    with runtime.db.session() as session:
        if resident_id is None:
            resident_id = repo.find_resident(session, "line", user).id
        return session.scalars(select(Conversation).where(Conversation.resident_id == resident_id)).first()


def _talk(resident):
    resident.follow()
    resident.say(SAID)
    resident.tap("これでOK")
    while "答えない" in resident.buttons():
        resident.tap("答えない")


# --- the policy file --------------------------------------------------------------------------------------
def test_the_shipped_policy_keeps_texts_half_a_year_and_identities_a_year(bundle):
    policy = bundle.retention
    assert policy.days["message_text"] == 180 and policy.days["identity"] == 365
    assert policy.after_unfollow == 30 and policy.run_at.hour == 3


def test_a_broken_policy_file_is_refused_with_every_problem_and_its_line():
    data = load_yaml("periods:\n  raw_events: 14\n  message_text: -5\n  intake_summary: 365\n  identity: 365\n"
                     "  audit_log: 1095\n  consent_records: yes\n  photos: 3\nafter_unfollow: 30\nrun_at: '25:00'\n",
                     "retention.yaml")
    with pytest.raises(DataError) as exc:
        RetentionPolicy.from_data(data, "retention.yaml")
    problems = "\n".join(exc.value.problems)
    assert "retention.yaml:3: periods.message_text must be a whole number of days" in problems
    assert "retention.yaml:7: periods.consent_records" in problems
    assert "retention.yaml:8: unknown kind of data 'photos'" in problems
    assert "retention.yaml:10: run_at must be a time" in problems


# --- each kind of data when its time comes ----------------------------------------------------------------
def test_before_its_period_ends_nothing_of_a_conversation_is_touched(runtime, resident):
    _talk(resident)
    counts = _purge(runtime, 179)
    assert not counts.get("message_texts") and not counts.get("identities")
    assert any(t == SAID for _s, t, _r in _messages(runtime, resident.user))


def test_after_half_a_year_the_words_are_gone_but_topics_and_dates_stay(runtime, resident):
    _talk(resident)
    before = _conversation(runtime, resident.user)
    counts = _purge(runtime, 181)
    assert counts["message_texts"] >= 2 and counts["conversations_texts"] == 1
    lines = _messages(runtime, resident.user)
    assert lines and all(t == "" and r is not None for _s, t, r in lines)
    assert [s for s, _t, _r in lines].count("resident") >= 2  # the rows the reports count are still there
    after = _conversation(runtime, resident.user)
    assert after.topics == before.topics == ["housing", "money"]
    assert "words" not in after.data and "words" not in after.data["summary"]
    assert after.data["summary"]["topics"] == ["housing", "money"] and after.redacted == "texts"
    assert after.created_at == before.created_at


def test_after_a_year_the_summary_keeps_only_codes_notes_go_and_the_line_id_is_unlinked(runtime, resident):
    _talk(resident)
    conv = _conversation(runtime, resident.user)
    with runtime.db.session() as session:
        session.add(Note(conversation_id=conv.id, author="sato", text="大家さんの名前は田中さん"))
    counts = _purge(runtime, 366)
    assert counts["notes"] == 1 and counts["identities"] == 1
    with runtime.db.session() as session:
        assert repo.find_resident(session, "line", resident.user) is None
        row = session.get(Resident, conv.resident_id)
        assert row.external_id.startswith("anon-") and row.anonymised_at is not None and not row.following
        stripped = session.get(Conversation, conv.id)
        assert stripped.redacted == "summary" and set(stripped.data) <= {"summary", "area", "places_requested", "unmet", "topics"}
        assert stripped.topics == ["housing", "money"]


def test_webhook_bodies_and_sent_replies_go_after_two_weeks(runtime, resident):
    _talk(resident)
    with runtime.db.session() as session:
        assert session.scalar(select(func.count(InboundEvent.id))) > 0
    _purge(runtime, 15)
    with runtime.db.session() as session:
        assert session.scalar(select(func.count(InboundEvent.id))) == 0
        assert session.scalar(select(func.count(OutboxMessage.id))) == 0
    assert any(t == SAID for _s, t, _r in _messages(runtime, resident.user))  # the history is kept longer


def test_audit_lines_and_consent_records_go_after_their_own_periods(runtime, resident):
    add_slot(runtime, 3, hour=10)
    book_in_chat(resident)
    with runtime.db.session() as session:
        session.add(AuditEntry(staff_name="sato", action="read", at=clock.now()))
    _purge(runtime, 1096)
    with runtime.db.session() as session:
        assert session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == "read")) == 0
        assert session.scalar(select(func.count(Consent.id))) == 1  # consent records are kept five years
    _purge(runtime, 1826 - 1096)
    with runtime.db.session() as session:
        assert session.scalar(select(func.count(Consent.id))) == 0


def test_a_second_purge_finds_nothing_more_to_do(runtime, resident):
    _talk(resident)
    assert _purge(runtime, 400)
    assert not any(_purge(runtime, 0).values())


# --- residents who block the account ----------------------------------------------------------------------
def test_a_resident_who_blocks_the_account_loses_texts_and_identity_thirty_days_later(runtime, resident):
    _talk(resident)
    resident._send("unfollow")
    assert not _purge(runtime, 29).get("unfollowed")
    counts = _purge(runtime, 2)
    assert counts["unfollowed"] == 1
    with runtime.db.session() as session:
        assert repo.find_resident(session, "line", resident.user) is None


def test_a_resident_who_comes_back_within_thirty_days_keeps_everything(runtime, resident):
    _talk(resident)
    resident._send("unfollow")
    clock.shift(timedelta(days=20))
    resident.follow()
    assert not _purge(runtime, 15).get("unfollowed")
    assert any(t == SAID for _s, t, _r in _messages(runtime, resident.user))


# --- aggregates stay correct ------------------------------------------------------------------------------
def _report(runtime, app):
    with app.test_request_context():
        labels = admin_reports.labels()
    with runtime.db.session() as session:
        return dataclasses.asdict(build(session, runtime.bundle.office, date(2026, 10, 1), date(2026, 11, 30), labels))


def test_the_reports_count_exactly_the_same_after_everything_has_expired(runtime, app):
    with runtime.db.session() as session:
        build_known_history(session)
    before = _report(runtime, app)
    counts = _purge(runtime, (datetime(2033, 1, 1, tzinfo=JST) - clock.now()).days)
    assert counts["identities"] == 25 and counts["message_texts"] > 25
    assert _report(runtime, app) == before
    assert before["residents"] == 22


def test_after_everything_has_expired_no_table_holds_a_word_or_a_line_id_of_any_resident(runtime, resident):
    _talk(resident)
    with runtime.db.session() as session:
        build_known_history(session)
    _purge(runtime, 6 * 366)
    found = []
    with runtime.db.session() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)):
                flat = repr(tuple(row))
                for needle in (SAID[:12], SECRET_WORDS[:8], resident.user, "U0001"):
                    if needle in flat:
                        found.append(f"{table.name}: {needle}")
    assert not found, found


# --- on schedule, once a day ------------------------------------------------------------------------------
def _at_local(hour: int, minute: int = 0) -> None:
    target = (clock.now().astimezone(JST) + timedelta(days=1)).replace(hour=hour, minute=minute, second=0,
                                                                      microsecond=0)
    clock.shift(target - clock.now())


def test_the_purge_runs_once_a_day_after_its_hour_whatever_the_number_of_sweeps(runtime, resident):
    _talk(resident)
    _at_local(2, 0)
    runtime.sweep_once()
    with runtime.db.session() as session:
        assert session.scalar(select(func.count(ScheduledJob.id)).where(ScheduledJob.kind == "retention_purge")) == 0
    clock.shift(timedelta(days=200))
    _at_local(3, 45)
    for _ in range(3):
        runtime.sweep_once()
    runtime._purge_day = None  # another process: the day's job is already there
    runtime.sweep_once()
    with runtime.db.session() as session:
        jobs = list(session.scalars(select(ScheduledJob).where(ScheduledJob.kind == "retention_purge")))
        assert [j.status for j in jobs] == ["done"]
        assert jobs[0].payload["counts"]["message_texts"] >= 2
        [line] = session.scalars(select(AuditEntry).where(AuditEntry.action == "retention_purge"))
        assert line.staff_name == "system" and "message_texts=" in line.detail
    _at_local(3, 31)
    runtime.sweep_once()
    with runtime.db.session() as session:
        assert session.scalar(select(func.count(ScheduledJob.id)).where(ScheduledJob.kind == "retention_purge")) == 2


def test_the_command_line_dry_run_changes_nothing(runtime, resident, monkeypatch, settings):
    from click.testing import CliRunner

    from bot.cli import main
    _talk(resident)
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    clock.shift(timedelta(days=200))
    out = CliRunner().invoke(main, ["retention", "purge", "--dry-run"])
    assert out.exit_code == 0 and "would remove:" in out.output and "message_texts=" in out.output
    assert any(t == SAID for _s, t, _r in _messages(runtime, resident.user))
    out = CliRunner().invoke(main, ["retention", "purge"])
    assert out.exit_code == 0 and "removed:" in out.output
    assert not any(t == SAID for _s, t, _r in _messages(runtime, resident.user))
