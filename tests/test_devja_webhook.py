"""Through the webhook: a night in the car counted, a crisis typed in romaji, weeks in a car, a friend's habit and a
cut asked about before it comes (issue 18, session 17)."""
import pytest

from tests.support import Resident, move_clock_to

MONDAY = "2026-12-07T10:00:00+09:00"


@pytest.mark.parametrize("text", ["車中泊3日目", "大家に今日中に出てけって言われた。行き先もない"])
def test_a_resident_with_no_place_tonight_said_without_the_usual_words_gets_the_no_shelter_answer(app, fake_line, text):
    move_clock_to(MONDAY)
    resident = Resident(app, fake_line)
    texts = resident.texts(resident.say(text))
    assert "今夜の寝る場所のこと" in texts
    assert "よりそいホットライン" in texts


def test_a_resident_who_writes_a_wish_to_die_in_romaji_gets_the_crisis_answer_in_japanese(app, fake_line):
    move_clock_to(MONDAY)
    resident = Resident(app, fake_line)
    texts = resident.texts(resident.say("mou shinitai. ikiteru imi nai"))
    assert "とてもつらい気持ち" in texts
    assert "いのちの電話" in texts


def test_a_resident_sleeping_in_a_car_for_weeks_is_asked_about_tonight(app, fake_line):
    move_clock_to(MONDAY)
    resident = Resident(app, fake_line)
    texts = resident.texts(resident.say("車で寝泊まりして2週間です"))
    assert "今夜寝る場所がない状態ですか" in texts


@pytest.mark.parametrize("text, topic", [
    ("友だちがしょっちゅう「しにたい」って言うんだけど、どう返したらいいかわからん", "体や心のことですね"),
    ("電気の督促が来た。止められるまで何日くらい猶予ありますか", "お金のことですね"),
])
def test_a_friends_habit_or_a_cut_asked_about_before_it_comes_gets_the_topic_not_the_crisis_answer(app, fake_line, text, topic):
    move_clock_to(MONDAY)
    resident = Resident(app, fake_line)
    texts = resident.texts(resident.say(text))
    assert topic in texts
    assert "よりそいホットライン" not in texts and "もしかして" not in texts


def test_a_resident_who_explains_an_earlier_message_hears_sorry_for_the_misreading(app, fake_line):
    move_clock_to(MONDAY)
    resident = Resident(app, fake_line)
    resident.say("もう死んだ")
    texts = resident.texts(resident.say("さっき「もう死んだ」って送ったのはスマホが壊れたって意味です"))
    assert "読み違えてしまった" in texts
