"""「ロボットですか」 "am I talking to a bot?" is answered honestly wherever the resident is — an automatic reply answers
first, the centre's counselors (people) read, and how to reach one — without putting them in the counselor queue;
「役立たず」 "this is useless" is heard with a sorry and a person offered. The step they were on goes on, and asked
again, the other wording comes (never the same bubble twice in a row)."""
import pytest

from dialogs.catalog import Catalog
from tests.support import chose_language, conversation_state

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

MONDAY_MORNING = "2026-12-07T10:00:00+09:00"
BOT_QUESTIONS = [("ja", "あなたはロボットですか"), ("ja", "これって自動返信？"), ("en", "are you a real person or a robot?"),
                 ("en", "am I talking to a bot"), ("es", "¿eres un bot?"), ("pt-BR", "vc é robô?"),
                 ("vi", "bạn là bot hả"), ("tl", "bot ka ba?"), ("zh-Hans", "你是机器人吗"), ("ko", "로봇인가요?"),
                 ("id", "ini bot ya?"), ("th", "เป็นบอทไหมคะ")]
FRUSTRATIONS = [("ja", "役立たず"), ("ja", "お前らどうせ何もしてくれないんだろ"), ("en", "this bot is useless"),
                ("en", "what a waste of time"), ("es", "no sirves para nada"), ("vi", "chẳng giúp được gì cả"),
                ("zh-Hans", "根本没用"), ("ko", "도움이 하나도 안 돼요")]


@pytest.fixture(scope="module")
def catalog():
    return Catalog.from_directory()


@pytest.mark.parametrize("lang, question", BOT_QUESTIONS)
def test_asking_whether_a_bot_answers_is_answered_honestly_without_queueing(resident, catalog, lang, question):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(question)
    answer = resident.texts()
    person = catalog.text(lang, "opt.person")
    assert catalog.text(lang, "service.bot.1").replace("{person}", person) in answer
    assert conversation_state(resident) == "start"  # a question about us, not a request: no queue
    assert person in resident.buttons()  # the way to a person is right there


def test_asked_again_the_other_wording(resident, catalog):
    chose_language(resident, "en", MONDAY_MORNING)
    resident.say("are you a bot?")
    first = resident.texts()
    resident.say("seriously, are you a bot")
    second = resident.texts()
    assert "automatic" in first and first != second
    assert catalog.text("en", "service.bot.2").split("{")[0] in second


def test_wanting_a_real_person_is_still_a_request_for_one(resident):
    chose_language(resident, "en", MONDAY_MORNING)
    resident.say("I want to talk to a real person")
    assert conversation_state(resident) != "start"


@pytest.mark.parametrize("lang, words", FRUSTRATIONS)
def test_frustration_with_the_bot_is_heard_with_a_sorry_and_a_person_offered(resident, catalog, lang, words):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(words)
    person = catalog.text(lang, "opt.person")
    assert catalog.text(lang, "service.frustrated.1").replace("{person}", person) in resident.texts()
    assert person in resident.buttons()


def test_frustration_told_in_a_story_is_the_story(resident, catalog):
    chose_language(resident, "ja", MONDAY_MORNING)
    resident.say("役所は何もしてくれない。家賃が払えなくて困ってる")
    assert "ごめんなさい" not in resident.texts()
    assert "お金" in resident.texts() or "住まい" in resident.texts()
