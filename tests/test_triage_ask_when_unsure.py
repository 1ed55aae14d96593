"""Ask when unsure (issue 18): words that may mean a crisis get a gentle, direct question with yes / no /
rather not; a yes is a crisis sign; the conversation goes where a counselor looks either way."""
import pytest
from sqlalchemy import select

from storage.models import Conversation
from tests.companion_support import TUESDAY_AFTERNOON, Chat
from tests.support import move_clock_to


def conversation(runtime) -> Conversation:
    with runtime.db.session() as s:
        return s.scalars(select(Conversation).order_by(Conversation.id.desc())).first()


@pytest.fixture
def chat(resident):
    move_clock_to(TUESDAY_AFTERNOON)
    return Chat(resident)


def test_a_resident_who_writes_a_word_that_may_mean_dying_is_asked_gently_and_directly(chat, resident, runtime):
    asked = chat.say("いきたくない")  # 行きたくない or 生きたくない: the dictionary cannot tell
    assert "死にたいほどつらい気持ち" in asked
    assert {"はい", "いいえ", "話したくない"} <= {label for label in resident.buttons()}
    conv = conversation(runtime)
    assert conv.status == "waiting" and conv.urgency >= 50  # a counselor sees it, whatever the answer


def test_yes_to_the_safety_question_is_a_crisis_sign(chat, runtime):
    chat.say("いきたくない")
    answer = chat.tap("はい")
    assert "いのちの電話" in answer or "こころの" in answer or "相談" in answer
    assert conversation(runtime).crisis == ["suicide"]


def test_no_to_the_safety_question_thanks_the_resident_and_keeps_them_where_counselors_look(chat, runtime):
    chat.say("いきたくない")
    answer = chat.tap("いいえ")
    assert answer  # thanked, and back to the conversation
    conv = conversation(runtime)
    assert not conv.crisis and conv.status == "waiting"


def test_a_joke_about_dying_is_asked_about_not_taken_as_certain(chat):
    asked = chat.say("I want to die lol")
    assert "want to die" in asked or "死にたい" in asked


def test_the_question_names_the_sign_suspected(chat):
    asked = chat.say("彼氏に殴られたwww")
    assert "暴力" in asked and "死にたい" not in asked


def test_a_denied_crisis_word_is_neither_a_crisis_nor_a_question(chat, runtime):
    answer = chat.say("しにたいとかじゃないけど、仕事が見つからなくて")
    assert "死にたいほど" not in answer
    conv = conversation(runtime)
    assert not conv.crisis
