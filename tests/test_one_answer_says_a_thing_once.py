"""One answer does not say the same thing twice: 「ゆっくりで大丈夫です。」 in front of a bubble said again is not
followed by 「急がなくて大丈夫です…」; 「まだ？」 while waiting for a counselor out of hours gets one line that says the
words are kept and when they are read, not two (found by a tester)."""
import pytest

from tests.support import chose_language

MONDAY_EVENING = "2026-12-07T21:30:00+09:00"
SUNDAY_2PM = "2026-12-06T14:00:00+09:00"
NO_RUSH = {"ja": ("ゆっくりで大丈夫", "急がなくて大丈夫", "あせらなくて大丈夫", "ゆっくり考えて"),
           "en": ("Take your time", "No rush", "no rush", "take your time")}
PLACES = {"ja": "近くの居場所", "en": "Places nearby"}


def _no_rush_said(lang: str, said: str) -> int:
    return sum(said.count(words) for words in NO_RUSH[lang])


@pytest.mark.parametrize("lang", sorted(NO_RUSH))
def test_a_location_sent_again_where_no_place_was_found_says_no_rush_once(resident, lang):
    chose_language(resident, lang, MONDAY_EVENING)
    resident.tap("できることを見る")  # the first screen's buttons, before a language is chosen
    resident.tap(PLACES[lang])
    resident.location()
    said = resident.texts(resident.location())
    assert _no_rush_said(lang, said) <= 1, said


def test_still_waiting_out_of_hours_is_told_once_that_the_words_are_kept(resident):
    chose_language(resident, "ja", SUNDAY_2PM)
    resident.say("人と話したい")
    resident.say("いつ返事来るの？")
    answer = resident.say("まだ？")
    bubbles = [m.get("text", "") for m in answer]
    assert "8:30" in "".join(bubbles), bubbles
    assert sum("相談員" in b for b in bubbles) == 1, bubbles
