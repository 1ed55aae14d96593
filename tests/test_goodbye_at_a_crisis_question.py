"""A thank-you or a goodbye while 「今夜、寝る場所はありますか」 or today's food is asked is answered — and the question
stays asked, in its own words, under its buttons: a resident may not leave it hanging unknowingly (found by playing
residents, session 22: 「ありがとうございました」 there got "you're welcome, talk to us any time" and nothing more)."""
import pytest

from tests.support import TONIGHT_QUESTION, to_the_tonight_question


@pytest.mark.parametrize("words", ["ありがとうございました", "じゃあまたね", "おやすみなさい"])
def test_a_goodbye_at_the_tonight_question_keeps_the_question_asked(resident, words):
    to_the_tonight_question(resident)
    said = resident.texts(resident.say(words))
    assert TONIGHT_QUESTION in said
    assert "はい" in " ".join(resident.buttons()) or "ある" in " ".join(resident.buttons())


def test_after_the_goodbye_a_no_is_still_the_answer_to_tonight(resident):
    to_the_tonight_question(resident)
    resident.say("ありがとう、もう大丈夫です、さようなら")
    said = resident.texts(resident.say("いいえ"))
    assert "今夜" in said and ("泊まれる" in said or "寝る" in said or "相談員" in said)
