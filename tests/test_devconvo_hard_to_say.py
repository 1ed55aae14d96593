"""「いえない」「うまくいえない」 (can't say it: 言えない written in kana, which holds いえ, "no") is finding it hard to put
into words, never a no (found by a tester): at a question it is heard and the question stays open; right after "shall
I connect you with a counselor?" it declines nothing; after a crisis sign it is listened to."""
import pytest

from tests.support import conversation_state, move_clock_to

MONDAY_10AM = "2026-12-07T10:00:00+09:00"
SAFETY_JA = "死にたいほどつらい気持ちがありますか"
INCOME_JA = "収入はありますか"
HEARD = ("うまく言葉にできなくても", "言いにくいこともありますよね")
OFFER = "相談員につなぎましょうか"


@pytest.mark.parametrize("words", ["いえない", "うまくいえない", "なかなか言えない", "言いにくい"])
def test_a_resident_who_finds_it_hard_to_say_at_the_safety_question_is_heard_and_asked_nothing_as_a_no(resident, words):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    assert SAFETY_JA in resident.texts(resident.say("たすけて"))
    said = resident.texts(resident.say(words))
    assert any(h in said for h in HEARD), said
    assert conversation_state(resident) == "safety_check" and "はい" in resident.buttons()


@pytest.mark.parametrize("words", ["いえない", "うまくいえない", "いえないです"])
def test_hard_to_say_at_a_follow_up_question_keeps_the_question_open(resident, runtime, words):
    from tests.test_answers_at_questions_dev3 import _data

    move_clock_to(MONDAY_10AM)
    resident.follow()
    resident.say("お金がなくて困ってる")
    assert INCOME_JA in resident.texts(resident.tap("これでOK"))
    said = resident.texts(resident.say(words))
    assert any(h in said for h in HEARD), said
    assert "income" not in _data(runtime).get("answers", {}) and "少しある" in resident.buttons()


def test_hard_to_say_right_after_the_counselor_offer_declines_nothing(resident, runtime):
    from tests.test_answers_at_questions_dev3 import _data

    move_clock_to(MONDAY_10AM)
    resident.follow()
    resident.say("お金がなくて困ってる")
    resident.tap("これでOK")
    assert OFFER in resident.texts(resident.say("子どもを連れて行ってもいいですか"))
    said = resident.texts(resident.say("うまくいえない"))
    assert "このまま質問を続けますね" not in said and "続けましょう" not in said
    assert any(h in said for h in HEARD), said
    assert "income" not in _data(runtime).get("answers", {})


def test_a_plain_no_in_kana_is_still_a_no_to_the_offer(resident):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    resident.say("お金がなくて困ってる")
    resident.tap("これでOK")
    resident.say("子どもを連れて行ってもいいですか")
    said = resident.texts(resident.say("いえ、結構です"))
    assert not any(h in said for h in HEARD) and INCOME_JA in said, said


def test_hard_to_say_after_a_crisis_sign_is_listened_to(resident):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    resident.say("死にたい")
    said = resident.texts(resident.say("うまくいえない"))
    assert said and conversation_state(resident) == "crisis"


def test_cant_tell_anyone_as_a_first_message_is_read_as_a_story(resident):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    resident.say("借金のこと、誰にもいえない")
    assert conversation_state(resident) == "topics" and "お金" in resident.texts()


@pytest.mark.parametrize("lang, words", [("en", "it's hard to say"), ("vi", "khó nói lắm"), ("zh-Hans", "我说不出来")])
def test_hard_to_say_in_other_languages_at_the_safety_question(resident, fake_line, lang, words):
    move_clock_to(MONDAY_10AM)
    fake_line.state.languages[resident.user] = lang
    resident.follow()
    resident.say({"en": "help me", "vi": "cứu tôi với", "zh-Hans": "救救我"}[lang])
    assert conversation_state(resident) == "safety_check"
    resident.say(words)
    assert conversation_state(resident) == "safety_check"
