"""A resident who taps a button of an earlier screen is told so plainly, the current question follows, and that
answer stands alone — never opened with 「ゆっくりで大丈夫です」「ここにいますよ」, however often it comes (tapped
again, it says 「そのボタンも…」: never the same answer twice in a row)."""
import pytest

STALE = ("そのボタンは前の画面のものでした", "そのボタンも前の画面のものでした")
AGAIN = ("ゆっくりで大丈夫です", "ここにいますよ", "あせらなくて大丈夫です")


def _old_buttons(resident):
    resident.follow()
    first = resident.last_messages[-1]["quickReply"]["items"]
    resident.tap("できることを見る")
    return [item["action"]["data"] for item in first if item["action"].get("data")]


@pytest.mark.parametrize("taps", [2, 4])
def test_old_buttons_tapped_again_and_again_get_the_stale_answer_alone(resident, taps):
    old = _old_buttons(resident)
    choose, menu = old[0], old[1]
    previous = None
    for data in [choose, menu] * (taps // 2):
        resident.postback(data)
        said = resident.texts()
        assert said.startswith(STALE), said
        assert not any(word in said for word in AGAIN) and said != previous, said
        previous = said


def test_an_old_button_after_stopping_is_answered_alone_too(resident):
    old = _old_buttons(resident)
    resident.say("もういいです")
    for data in old[:2]:
        resident.postback(data)
        assert not any(word in resident.texts() for word in AGAIN), resident.texts()
