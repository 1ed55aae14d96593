"""A short reply about the conversation itself (「いいえ、このまま答えます」 "no, I'll keep answering", 「はい、このまま
進めてください」) is no sign of a crisis (found by a tester: the learned backstop read いいえ and このまま as a possible
suicide and asked the safety question): a message made only of the words that answer the bot's questions and offers
leaves nothing for a suspicion to come from — while the same words with a distress of their own are still asked about."""
import pytest

from tests.support import conversation_state, move_clock_to

MONDAY_10AM = "2026-12-07T10:00:00+09:00"
SAFETY = "死にたいほどつらい気持ちがありますか"
OFFER = "相談員につなぎましょうか"


def _at_the_income_question_with_the_offer_open(resident):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    resident.say("お金がなくて困ってる")
    resident.tap("これでOK")
    assert OFFER in resident.texts(resident.say("子どもを連れて行ってもいいですか"))


@pytest.mark.parametrize("reply", ["いいえ、このまま答えます", "いや、このまま続けます", "いいえ、このまま質問に答えます"])
def test_a_reply_about_the_dialog_after_the_offer_is_no_safety_question(resident, reply):
    _at_the_income_question_with_the_offer_open(resident)
    said = resident.texts(resident.say(reply))
    assert SAFETY not in said and "収入はありますか" in said, said
    assert conversation_state(resident) == "followup"


@pytest.mark.parametrize("reply", ["はい、このまま進めてください", "いいえ、このまま答えます", "このまま続けます"])
def test_a_reply_about_the_dialog_at_a_question_is_no_safety_question(resident, reply):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    resident.say("お金がなくて困ってる")
    resident.tap("これでOK")
    assert SAFETY not in resident.texts(resident.say(reply))
    assert conversation_state(resident) != "safety_check"


def test_a_distress_after_a_no_at_a_question_is_still_asked_about_or_answered(resident):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    resident.say("お金がなくて困ってる")
    resident.tap("これでOK")
    said = resident.texts(resident.say("いいえ、もう生きていけないと思う"))
    assert SAFETY in said or "0120-279-338" in said, said
