"""A new kind of crisis sign in an open crisis gets its own question: a wish to die written after "no food today"
is asked "are you safe?" (and the next yes is heard as safe, not as food found); nowhere to sleep written after a
wish to die is asked about tonight. "I can't phone, he is right here" is danger now before it is a wish to write.
The open question asked again after a thank-you comes in its shorter wording, never the same bubble twice."""
from tests.support import Resident, move_clock_to

TUESDAY_AFTERNOON = "2026-11-24T15:00:00+09:00"
SAFE_Q = "いま、あなたは安全なところにいますか"
TONIGHT_Q = "今夜、泊まれるところのあてはありますか"


def _resident(app, fake_line) -> Resident:
    move_clock_to(TUESDAY_AFTERNOON)
    return Resident(app, fake_line)


def test_a_resident_who_writes_a_wish_to_die_after_no_food_today_is_asked_whether_they_are_safe(app, fake_line):
    resident = _resident(app, fake_line)
    resident.say("3日何も食べてない")
    answer = resident.texts(resident.say("もう生きていたくない"))
    assert SAFE_Q in answer
    assert "安全なところにいてくれて" in resident.texts(resident.say("うん"))


def test_a_resident_who_has_nowhere_tonight_after_a_wish_to_die_is_asked_about_tonight(app, fake_line):
    resident = _resident(app, fake_line)
    resident.say("しにたい")
    answer = resident.texts(resident.say("今夜寝るところもない"))
    assert TONIGHT_Q in answer
    assert "一緒に探しましょう" in resident.texts(resident.say("ない"))


def test_the_same_kind_of_sign_again_is_not_asked_again(app, fake_line):
    resident = _resident(app, fake_line)
    resident.say("死にたい")
    assert SAFE_Q not in resident.texts(resident.say("消えたい"))


def test_i_cannot_phone_he_is_right_here_is_answered_as_danger_now(app, fake_line):
    resident = _resident(app, fake_line)
    resident.say("夫に殴られています")
    answer = resident.texts(resident.say("電話はできない、夫がそばにいる"))
    assert "110" in answer and "人のいる明るい場所" in answer


def test_a_thank_you_after_the_question_asks_it_again_in_other_words(app, fake_line):
    resident = _resident(app, fake_line)
    asked = resident.say("もう死にたい")
    again = resident.say("ありがとう")
    assert not {m.get("text") for m in asked} & {m.get("text") for m in again}
    assert "安全なところにいますか" in resident.texts(again)
