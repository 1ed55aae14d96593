"""A newcomer's first message that several languages write ("ok", "hi") is answered in the language it seems to
be, but only as a guess: LINE's profile, asked once the answer has left, corrects it for the next turns; a message
that tells its language is never overridden by the profile."""
import pytest

from bot.line import events as line_events
from storage import repo

KANA = __import__("re").compile(r"[\u3040-\u30ff]")


def _row(runtime, user):
    with runtime.db.session() as session:
        r = repo.find_resident(session, line_events.CHANNEL, user)
        return r.lang, r.lang_source


@pytest.mark.parametrize("first", ["ok", "hi", "yes"])
def test_a_vietnamese_newcomer_whose_first_word_is_ok_is_answered_in_vietnamese_from_the_next_turn(
        resident, fake_line, runtime, first):
    fake_line.state.languages[resident.user] = "vi-VN"
    resident.say(first)
    assert _row(runtime, resident.user) == ("vi", "profile")
    resident.say("ok")
    assert "Nói chuyện với người" in resident.buttons()


def test_a_japanese_newcomer_who_writes_ok_is_answered_in_japanese_from_the_next_turn(resident, fake_line, runtime):
    fake_line.state.languages[resident.user] = "ja"
    resident.say("ok")
    assert _row(runtime, resident.user) == ("ja", "profile")
    resident.say("ok")
    assert KANA.search(resident.texts())


def test_a_guess_with_no_profile_language_stays_until_a_message_tells_the_language(resident, fake_line, runtime):
    fake_line.state.languages[resident.user] = None
    resident.say("ok")
    assert _row(runtime, resident.user) == ("en", "guessed")
    resident.say("Xin chào, tôi bị mất việc")
    assert _row(runtime, resident.user) == ("vi", "detected")


def test_a_first_message_that_tells_its_language_is_not_overridden_by_the_profile(resident, fake_line, runtime):
    fake_line.state.languages[resident.user] = "en"
    resident.say("Olá, perdi meu emprego")
    assert _row(runtime, resident.user) == ("pt-BR", "detected")
