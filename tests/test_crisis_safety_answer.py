"""After a crisis answer the bot asks 「いま、あなたは安全なところにいますか」; the next message is its answer: "no", "not
safe", "he is here" or a platform at night is danger now (110 and 119 at once, the office told again, first in the
queue), "yes" / "I'm safe" is heard with relief. A "no" is never read as a topic. (Found by a tester.)"""
import pytest
from sqlalchemy import select

from storage.models import Conversation
from tests.support import move_clock_to

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

SUNDAY_1AM = "2026-12-06T01:00:00+09:00"
MONDAY_10AM = "2026-12-07T10:00:00+09:00"


def _asked(resident, text="死にたい", moment=SUNDAY_1AM) -> None:
    move_clock_to(moment)
    resident.follow()
    assert "安全なところにいますか" in resident.texts(resident.say(text)) or "somewhere safe" in resident.texts()


@pytest.mark.parametrize("answer", ["いいえ", "安全じゃない", "いま駅のホームにいる", "夫がいる"])
def test_a_resident_who_answers_not_safe_is_told_to_call_110_or_119_now(runtime, resident, answer):
    _asked(resident)
    said = resident.texts(resident.say(answer))
    assert "110" in said and "119" in said, said
    with runtime.db.session() as session:
        conv = session.scalars(select(Conversation)).one()
        assert conv.urgency > 100 and len(conv.data["crisis_log"]) == 2


def _asked_in_english(resident) -> None:
    move_clock_to(MONDAY_10AM)
    resident.follow()
    assert "somewhere safe" in resident.texts(resident.say("I want to die"))


@pytest.mark.parametrize("answer", ["No", "I'm not safe", "he is here"])
def test_not_safe_in_english_is_danger_now_and_no_is_never_money(resident, answer):
    _asked_in_english(resident)
    said = resident.texts(resident.say(answer))
    assert "110" in said and "119" in said and "Money" not in said, said


@pytest.mark.parametrize("answer", ["はい", "大丈夫です、家にいます"])
def test_a_resident_who_is_safe_is_heard_with_relief(resident, answer):
    _asked(resident)
    said = resident.texts(resident.say(answer))
    assert "よかったです" in said and "110" not in said, said


def test_only_the_next_message_answers_the_question(resident):
    _asked(resident)
    resident.say("ずっとつらかった")
    said = resident.texts(resident.say("いいえ"))
    assert "110番（警察）" not in said


def test_someone_elses_danger_is_told_to_call_119_for_them(resident):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    assert "その方は" in resident.texts(resident.say("友達が死にたいって言ってる"))
    said = resident.texts(resident.say("いいえ"))
    assert "その方が" in said and "119" in said, said


@pytest.mark.parametrize("answer", ["大丈夫です、死なないです", "死ぬつもりはないです", "安全です", "危険はないです"])
def test_safety_said_with_a_negative_word_is_heard_as_safety_not_danger(runtime, resident, answer):
    _asked(resident)
    said = resident.texts(resident.say(answer))
    assert "よかったです" in said and "110" not in said, said
    with runtime.db.session() as session:
        assert session.scalars(select(Conversation)).one().urgency <= 100


@pytest.mark.parametrize("answer", ["No, I'm not in danger", "I'm not going to kill myself", "I am safe"])
def test_safety_in_english_with_a_no_or_a_not_is_heard_as_safety(resident, answer):
    _asked_in_english(resident)
    said = resident.texts(resident.say(answer))
    assert "110" not in said and "119" not in said, said
