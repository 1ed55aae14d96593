"""Found by a tester: an angry resident asking for a person — 「はよ人出せや」「責任者出せ」「人呼べって言ってんだよ」
「人間いないの？」 — got the topic buttons three times, while 「人間と話させろ」 worked; 「クソbot」 got no sorry; and the
other way round, the question 「人間？」 ("are you human?") and "pwede po bang tumawag?" ("may I call?") queued the
resident without asking. A request for a person is heard in its rough and indirect forms (call, bring, put on, hand
over to a person; "no human here?") in every language; a question whether a person is there is answered, and the
way to one offered, not acted on; "may I call?" gets the centre's phone and hours."""
import pytest

from dialogs.catalog import Catalog
from tests.support import chose_language, conversation_state

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

MONDAY_MORNING = "2026-12-07T10:00:00+09:00"


@pytest.fixture(scope="module")
def catalog():
    return Catalog.from_directory()


@pytest.mark.parametrize("text", [
    "さっさと担当の人出せよ", "上の人呼んでこい", "もういいから職員に代われ", "責任者を連れてこい", "ここ人間おらんのか",
    "put a real person on", "bring me a counsellor", "páseme con un encargado", "chama um atendente aí",
    "gọi nhân viên ra đây đi", "ipasa mo ako sa staff", "快给我找个负责人来", "담당자 불러", "panggilin petugas dong",
    "เรียกเจ้าหน้าที่มาหน่อย",
])
def test_a_rough_or_indirect_request_for_a_person_is_a_request(classify, text):
    assert "human" in classify(text).intents, text


@pytest.mark.parametrize("text", ["会社が人を出してくれない", "頼れる人がいないの", "I need to bring my son to the doctor"])
def test_people_in_a_story_are_no_request(classify, text):
    assert "human" not in classify(text).intents, text


@pytest.mark.parametrize("text", ["ポンコツbot", "クソAIが", "dumb robot", "bot inútil", "垃圾ai", "bot goblok banget"])
def test_the_bot_sworn_at_is_frustration(classify, text):
    assert "frustrated" in classify(text).intents, text


@pytest.mark.parametrize("lang,first,rough", [
    ("ja", "家賃が払えない", "いい加減に人出せって"),
    ("ja", "仕事がない", "責任者呼べや"),
    ("en", "I lost my job", "just put a human on"),
    ("es", "no tengo trabajo", "pásame con una persona ya"),
    ("vi", "tôi mất việc", "gọi người thật ra đây đi"),
])
def test_a_rough_request_for_a_person_at_the_topics_step_queues_the_resident(resident, lang, first, rough):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(first)
    resident.say(rough)
    assert conversation_state(resident) == "handoff", resident.texts()


@pytest.mark.parametrize("lang,question", [
    ("ja", "人間？"), ("ja", "本物の人？"), ("en", "human?"), ("en", "a real person?"), ("tl", "tao ka ba?"),
    ("zh-Hans", "真人？"), ("ko", "사람이에요?"), ("vi", "người thật?"),
])
def test_a_question_whether_a_person_is_there_is_answered_not_queued(resident, catalog, lang, question):
    chose_language(resident, lang, MONDAY_MORNING)
    said = resident.texts(resident.say(question))
    person = catalog.text(lang, "opt.person")
    answers = (catalog.text(lang, "offer.who_reads"), catalog.text(lang, "service.bot.1").replace("{person}", person))
    assert any(answer in said for answer in answers), said  # who reads here: the centre's counselors, people
    assert conversation_state(resident) == "start"
    assert person in resident.buttons()


def test_a_person_named_without_a_question_mark_is_still_a_request(resident):
    chose_language(resident, "ja", MONDAY_MORNING)
    resident.say("人間")
    assert conversation_state(resident) == "handoff"


@pytest.mark.parametrize("lang,question", [("tl", "pwede po bang tumawag?"), ("tl", "puwedeng tumawag?"),
                                           ("en", "can i phone you?")])
def test_may_i_call_is_answered_with_the_phone_not_queued(resident, lang, question):
    chose_language(resident, lang, MONDAY_MORNING)
    said = resident.texts(resident.say(question))
    assert "0120-000-000" in said and conversation_state(resident) == "start", said


def test_the_bot_sworn_at_gets_a_sorry_and_a_person_offered(resident, catalog):
    chose_language(resident, "ja", MONDAY_MORNING)
    resident.say("クソbotかよ")
    assert "ごめんなさい" in resident.texts() and catalog.text("ja", "opt.person") in resident.buttons()
