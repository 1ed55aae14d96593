"""A bare no to the topics the bot read (「ちゃう」「いいえ」 "no") is heard: "which is closer, then?" with the topic
buttons under it, not "take your time" (found by a tester); a yes still confirms them."""
import pytest
from sqlalchemy import select

from storage.models import Conversation
from tests.support import move_clock_to

TUESDAY_10AM = "2026-12-08T10:00:00+09:00"


def _state(runtime) -> str:
    with runtime.db.session() as s:
        return s.scalars(select(Conversation)).one().state


@pytest.mark.parametrize("no", ["ちゃう", "いいえ", "ちがいます"])
def test_a_bare_no_to_the_topics_read_asks_which_is_closer_with_the_buttons(runtime, resident, no):
    move_clock_to(TUESDAY_10AM)
    resident.follow()
    resident.say("仕事をクビになってお金がありません")
    said = resident.texts(resident.say(no))
    assert "どれが近いですか" in said and "急がなくて" not in said, said
    assert _state(runtime) == "topics" and "これでOK" in resident.buttons()


def test_a_yes_to_the_topics_read_still_confirms_them(runtime, resident):
    move_clock_to(TUESDAY_10AM)
    resident.follow()
    resident.say("仕事をクビになってお金がありません")
    resident.say("はい")
    assert _state(runtime) != "topics"
