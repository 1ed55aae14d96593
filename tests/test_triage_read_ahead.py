"""On SQLite a message's triage is read before its turn takes the one writer (bot/app/triage_ahead.py)."""
import pytest

from bot.app.triage_ahead import TriageAhead
from tests.support import Resident


def test_a_reading_prepared_ahead_is_used_once_by_the_turn_that_asks_for_the_same_message_and_language():
    calls = []
    ahead = TriageAhead(lambda text, lang=None: calls.append((text, lang)) or f"{text}/{lang}")
    ahead.prepare("U1", "家賃が払えない")
    assert ahead("家賃が払えない", None) == "家賃が払えない/None"
    assert ahead("家賃が払えない", None) == "家賃が払えない/None"  # asked again: read again
    assert calls == [("家賃が払えない", None), ("家賃が払えない", None)]


def test_a_wrong_guess_of_the_language_only_means_the_turn_reads_the_message_itself_and_the_next_guess_is_right():
    calls = []
    ahead = TriageAhead(lambda text, lang=None: calls.append((text, lang)) or f"{text}/{lang}")
    ahead.prepare("U1", "ok")
    assert ahead("ok", "en") == "ok/en"  # prepared for no language: read again for English
    ahead.remember("U1", "en")  # the language the turn left them with
    ahead.prepare("U1", "thanks")
    assert ahead("thanks", "en") == "thanks/en"
    assert calls == [("ok", None), ("ok", "en"), ("thanks", "en")]


def test_a_reading_the_turn_did_not_use_is_forgotten():
    ahead = TriageAhead(lambda text, lang=None: object())
    ahead.prepare("U1", "こんにちは")
    ahead.forget_prepared()
    first, second = ahead("こんにちは", None), ahead("こんにちは", None)
    assert first is not second


def test_on_sqlite_a_residents_message_is_read_before_the_turn_holds_the_writer_and_not_again_inside(app, fake_line):
    runtime = app.extensions["madoguchi"]
    if runtime.db.is_postgres:
        pytest.skip("PostgreSQL has no single writer to spare")
    resident = Resident(app, fake_line)
    resident.say("こんにちは")
    classify = runtime.services.classify
    held_when_read = []
    inner = classify._classify

    def recording(text, lang=None):
        held_when_read.append((text, runtime.db._writer._depth > 0))
        return inner(text, lang)

    classify._classify = recording
    try:
        answer = resident.say("仕事がなくなって家賃が払えません")
    finally:
        classify._classify = inner
    assert ("仕事がなくなって家賃が払えません", False) in held_when_read
    assert ("仕事がなくなって家賃が払えません", True) not in held_when_read
    assert "お仕事" in resident.texts(answer)  # the reading was used: the topics are named
