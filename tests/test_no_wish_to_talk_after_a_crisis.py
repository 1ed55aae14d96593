"""A resident who, right after the crisis answer, says they do not want to talk (「もう話したくない」「ほっといて」 "leave me
alone") is heard as wishing to stop — no need to talk, the 24-hour lines, the way back — in every language, never
answered with a topic noted or "it's fine not to know"; at a follow-up question 「話したくない」 still only skips it."""
import pytest

from tests.support import move_clock_to

MONDAY_AFTERNOON = "2026-12-07T14:00:00+09:00"


@pytest.mark.parametrize("sign, words, goodbye, line", [
    ("もう死にたい", "もう話したくない", "無理に話さなくて大丈夫です", "0120-279-338"),
    ("消えてしまいたい、ほんとに死にたい", "ほっといてください", "無理に話さなくて大丈夫です", "0120-279-338"),
    ("I want to die", "I don't want to talk anymore", "don't have to talk", "0120-279-338"),
    ("I want to kill myself", "just leave me alone", "don't have to talk", "0120-279-338"),
    ("Quiero morir", "déjame en paz", "No tienes que hablar", "0120-279-338"),
    ("Tôi muốn chết", "không muốn nói nữa", "", "0120-279-338"),
    ("我想死", "别管我", "", "0120-279-338"),
])
def test_no_wish_to_talk_right_after_a_crisis_answer_is_the_gentle_stop_with_the_lines(resident, sign, words, goodbye,
                                                                                      line):
    move_clock_to(MONDAY_AFTERNOON)
    resident.follow()
    resident.say(sign)
    answer = resident.texts(resident.say(words))
    assert goodbye in answer and line in answer, answer
    noted = resident.texts(resident.say("ok"))
    assert noted != answer


def test_dont_want_to_talk_at_a_follow_up_question_only_skips_that_question(resident):
    move_clock_to(MONDAY_AFTERNOON)
    resident.follow()
    resident.say("家賃が払えなくて困っています")
    resident.tap("これでOK")
    answer = resident.texts(resident.say("話したくない"))
    assert "無理に話さなくて大丈夫です" not in answer and "0120-279-338" not in answer
