"""A yes to the gentle question 「もしかして、死にたいほどつらい気持ちがありますか？」 is a yes to what it asked: the
lines for suicidal thoughts come, not the domestic-violence lines a bare 「助けて」 also made possible (found by a
tester: in office hours the suicide lines were missing altogether)."""
import pytest

from tests.support import move_clock_to

MONDAY_10AM = "2026-12-07T10:00:00+09:00"
SUNDAY_1AM = "2026-12-06T01:00:00+09:00"
DV_LINES = ("#8008", "0120-279-889")


@pytest.mark.parametrize("moment", [MONDAY_10AM, SUNDAY_1AM])
@pytest.mark.parametrize("answer", ["はい", "うん"])
def test_yes_after_a_bare_cry_gives_the_lines_for_suicidal_thoughts_first(resident, moment, answer):
    move_clock_to(moment)
    resident.follow()
    assert "死にたいほど" in resident.texts(resident.say("助けて"))
    said = resident.texts(resident.say(answer))
    assert "0120-279-338" in said or "いのちの電話" in said, said
    assert not any(number in said for number in DV_LINES), said


def test_yes_in_english_after_help_gives_suicide_lines_not_dv_lines_first(resident):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    resident.say("help!")
    said = resident.texts(resident.say("yes"))
    assert not any(number in said for number in DV_LINES), said


def test_rather_not_say_gives_the_lines_for_what_was_asked(resident):
    move_clock_to(MONDAY_10AM)
    resident.follow()
    resident.say("助けて")
    said = resident.texts(resident.tap("話したくない"))
    assert not any(number in said for number in DV_LINES), said
