"""The follow-up question about tonight (「今夜、寝る場所はありますか」) is not passed over: words that do not answer it
are kept and the question comes once more; an answer, or a second message of other words, moves on. (Found by a
tester: 「今日は雨ですね」 silently skipped it.)"""
from tests.support import to_the_tonight_question


def test_words_that_do_not_answer_the_tonight_question_bring_it_back_once(resident):
    to_the_tonight_question(resident)
    said = resident.texts(resident.say("今日は雨ですね"))
    assert "もう一度だけ" in said and "寝る場所" in said, said
    moved_on = resident.texts(resident.say("そうですね"))
    assert "もう一度だけ" not in moved_on


def test_an_answer_in_words_is_taken_at_once(resident):
    to_the_tonight_question(resident)
    said = resident.texts(resident.say("あります"))
    assert "もう一度だけ" not in said


def test_no_place_tonight_typed_is_still_the_crisis_answer(resident):
    to_the_tonight_question(resident)
    said = resident.texts(resident.say("ないです"))
    assert "0120-279-338" in said or "安全" in said or "今夜" in said
