"""Nowhere to sleep tonight (found by a tester): the crisis answer asks about tonight — somewhere to stay? — not "are you
somewhere safe?", and a no to it (「ない」「ねえって」 "nowhere") gets what can be done tonight (the lines, places for a
night, the centre, when a counselor reads), never the 110/police advice for danger; a yes is heard with relief; words
of danger still get 110. Other signs still ask about safety. The when-read bubble is never said twice in a row."""
import pytest

from tests.support import conversation_state, move_clock_to

SATURDAY_NIGHT = "2026-12-05T23:30:00+09:00"
NO_PLACE_JA = "家賃が払えなくて追い出された。今夜寝るところがない"
ASK_TONIGHT_JA = "今夜、泊まれるところのあてはありますか"
SAFE_Q_JA = "安全なところにいますか"
DANGER_ADVICE_JA = "すぐに110番（警察）か119番（救急）"


@pytest.mark.parametrize("no", ["ねえって", "ない", "ないです", "いいえ"])
def test_a_no_to_where_to_stay_tonight_gets_tonight_help_not_danger_advice(resident, no):
    move_clock_to(SATURDAY_NIGHT)
    resident.follow()
    first = resident.texts(resident.say(NO_PLACE_JA))
    assert ASK_TONIGHT_JA in first and SAFE_Q_JA not in first, first
    said = resident.texts(resident.say(no))
    assert DANGER_ADVICE_JA not in said, said
    assert "今夜泊まれるところを、一緒に探しましょう" in said and "0120-279-338" in said, said
    assert conversation_state(resident) == "crisis"


def test_a_yes_to_where_to_stay_tonight_is_heard_with_relief(resident):
    move_clock_to(SATURDAY_NIGHT)
    resident.follow()
    resident.say(NO_PLACE_JA)
    said = resident.texts(resident.say("友達の家に泊まれる。あります"))
    assert "よかった" in said and DANGER_ADVICE_JA not in said, said


def test_danger_said_after_the_tonight_question_still_gets_110(resident):
    move_clock_to(SATURDAY_NIGHT)
    resident.follow()
    resident.say(NO_PLACE_JA)
    said = resident.texts(resident.say("安全じゃない。危ない"))
    assert "110" in said, said


def test_in_english_nowhere_tonight_is_asked_about_tonight_and_a_no_gets_help(resident, fake_line):
    move_clock_to(SATURDAY_NIGHT)
    fake_line.state.languages[resident.user] = "en"
    resident.follow()
    first = resident.texts(resident.say("I got evicted and I have nowhere to sleep tonight"))
    assert "anywhere you could stay tonight" in first, first
    said = resident.texts(resident.say("no"))
    assert "look for somewhere you can stay tonight" in said and "119" not in said, said


def test_a_suicide_sign_still_asks_about_safety(resident):
    move_clock_to(SATURDAY_NIGHT)
    resident.follow()
    assert SAFE_Q_JA in resident.texts(resident.say("死にたい"))


def test_the_when_read_bubble_is_not_said_twice_in_a_row(resident):
    move_clock_to(SATURDAY_NIGHT)
    resident.follow()
    resident.say(NO_PLACE_JA)
    before = resident.say("ねえって")
    after = resident.say("いいえ")
    assert before[-1]["text"] != after[-1]["text"]


@pytest.mark.parametrize("lang, hungry, no, heard", [
    ("ja", "昨日から何も食べてない", "ない", "今日食べられるところを、一緒に探しましょう"),
    ("th", "ไม่มีอะไรกินเลยตั้งแต่เมื่อวาน", "ไม่มี", "มาช่วยกันหาที่ที่จะได้กินอะไรวันนี้กัน"),
    ("en", "I haven't eaten anything since yesterday", "no", "somewhere you can get food today")])
def test_nothing_to_eat_is_asked_about_food_today_and_a_no_gets_food_help_not_danger_advice(resident, fake_line, lang,
                                                                                              hungry, no, heard):
    move_clock_to(SATURDAY_NIGHT)
    fake_line.state.languages[resident.user] = lang
    resident.follow()
    first = resident.texts(resident.say(hungry))
    assert SAFE_Q_JA not in first and "somewhere safe" not in first, first
    said = resident.texts(resident.say(no))
    assert heard in said and "119" not in said, said


def test_a_greeting_in_a_language_with_spaces_has_a_space_after_it(resident, fake_line):
    move_clock_to(SATURDAY_NIGHT)
    fake_line.state.languages[resident.user] = "en"
    resident.follow()
    resident.say("I need to talk to someone")
    said = resident.texts(resident.say("hello?"))
    assert "evening.Thank" not in said and "Good evening. Thank" in said, said
