"""Found by a tester: waiting for a counselor on a Monday evening, 「え、もう閉まったの？」 and 「今日はもうおしまい？」 were
asked 「もしかして、死にたいほど…」, and 「明日何時から？」 then got the hours and the same question again; 「もうだめだ」
got only 「受け取りました」, and a first "honestly I feel like giving up" only the topic picker. A question about the
office closing is answered with the hours and is no sign; the safety question is never asked twice in a row; giving up
is exhaustion, asked about gently, in every language."""
import pytest

from tests.support import chose_language

MONDAY_EVENING = "2026-12-07T21:30:00+09:00"
ASKED = "死にたいほどつらい気持ち"
STILL_OPEN = "さっきの質問だけ"
HOURS = "8:30–17:15"


@pytest.fixture
def waiting(resident):
    chose_language(resident, "ja", MONDAY_EVENING)
    resident.say("人と話したい")
    return resident


@pytest.mark.parametrize("question", ["え、もう閉まったの？", "今日はもうおしまい？", "もう閉まってますか", "受付終了？"])
def test_a_question_about_the_office_closing_gets_the_hours_not_the_safety_question(waiting, question):
    said = waiting.texts(waiting.say(question))
    assert HOURS in said and ASKED not in said, said


def test_english_closed_already_gets_the_hours(resident):
    chose_language(resident, "en", MONDAY_EVENING)
    resident.say("I want to talk to a person")
    said = resident.texts(resident.say("oh, closed already?"))
    assert "opening hours" in said and "want to die" not in said, said


def test_the_safety_question_is_never_asked_twice_in_a_row(waiting):
    assert ASKED in waiting.texts(waiting.say("もう無理かな"))
    said = waiting.texts(waiting.say("明日何時から？"))
    assert HOURS in said and ASKED not in said and STILL_OPEN in said, said
    assert "はい" in waiting.buttons()  # the question stays open under its buttons


def test_giving_up_while_waiting_is_asked_about_gently(waiting):
    said = waiting.texts(waiting.say("もうだめだ"))
    assert ASKED in said and "はい" in waiting.buttons(), said


@pytest.mark.parametrize("lang,text,asked", [
    ("en", "honestly I feel like giving up", "want to die"),
    ("ja", "もう諦めたい", ASKED),
    ("es", "a veces quiero rendirme", "morir"),
    ("pt-BR", "tenho vontade de desistir", "morrer"),
    ("vi", "em muốn bỏ cuộc", "chết"),
])
def test_giving_up_as_a_first_message_is_asked_about_gently(resident, lang, text, asked):
    chose_language(resident, lang, "2026-12-07T10:00:00+09:00")
    said = resident.texts(resident.say(text))
    assert asked in said, said
