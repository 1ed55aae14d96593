"""Nothing to eat today is answered with food for today, not "are you somewhere safe?" (found by playing residents:
「wala na akong makain」 was asked whether they were safe, and "oo" heard with relief — nothing about food): the crisis
answer asks about food today, and 「今夜のこと」 stays under it for the places near them that give food."""
import pytest

from tests.support import move_clock_to

SAFETY = {"ja": "安全なところにいますか", "tl": "ligtas na lugar", "en": "somewhere safe"}


@pytest.mark.parametrize("lang, words, tonight", [
    ("ja", "おとといから何も食べてない。お金も0円", "今夜のこと"),
    ("tl", "wala na akong makain simula kahapon, wala rin akong pera", "Para ngayong gabi"),
    ("en", "i haven't eaten in two days and i have no money left", "For tonight"),
])
def test_a_resident_with_nothing_to_eat_is_pointed_to_food_today_not_asked_if_safe(resident, lang, words, tonight):
    move_clock_to("2026-12-07T21:00:00+09:00")
    said = resident.texts(resident.say(words))
    assert SAFETY[lang] not in said
    assert tonight in resident.buttons()


def test_with_a_wish_to_die_as_well_the_safety_question_is_still_asked(resident):
    move_clock_to("2026-12-07T21:00:00+09:00")
    said = resident.texts(resident.say("3日何も食べてない。もう死にたい"))
    assert SAFETY["ja"] in said
