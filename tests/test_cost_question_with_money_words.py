"""A question whether the consultation costs money is the cost question wherever it is asked, in every language, also
when its words are money words (「お金かかる？」「なんぼかかるん？」 "có mất tiền không?", 「要花钱吗」): it is answered that the
consultation is free, and its money words give no Money topic (found by a tester: they were read as the Money topic,
or a counselor was offered). Money told beside the question (「お金がない、相談は無料？」) is still the resident's topic."""
import pytest

from dialogs.catalog import Catalog
from dialogs.triage.classifier import Classifier
from tests.support import chose_language, conversation_state, to_the_tonight_question

pytestmark = pytest.mark.wordings  # the parameters are words typed: CI's PostgreSQL pass runs the first

MONDAY_MORNING = "2026-12-07T10:00:00+09:00"
AT_THE_START = [("ja", "お金かかる？"), ("ja", "料金は？"), ("ja", "なんぼかかるん？"), ("ja", "これってタダなん？"),
                ("ja", "相談するのにお金とられますか"), ("ja", "費用かかる？"), ("th", "เสียเงินไหม"),
                ("th", "ค่าใช้จ่ายเท่าไหร่คะ"), ("vi", "bao nhiêu tiền"), ("vi", "có tốn phí không ạ"),
                ("es", "¿tengo que pagar?"), ("es", "¿cuánto cobran?"), ("zh-Hans", "要花钱吗"), ("zh-Hans", "要不要付钱？"),
                ("ko", "상담비가 있나요"), ("en", "will I be charged?"), ("tl", "may bayad po ba?"), ("pt-BR", "quanto vocês cobram?")]


@pytest.fixture(scope="module")
def catalog():
    return Catalog.from_directory()


@pytest.fixture(scope="module")
def classifier():
    return Classifier.from_directory("dialogs/keywords")


def _free(catalog, lang: str) -> tuple[str, str]:
    return catalog.text(lang, "service.cost.1"), catalog.text(lang, "service.cost.2")


@pytest.mark.parametrize("lang, question", AT_THE_START)
def test_a_cost_question_in_money_words_is_answered_that_it_is_free_and_names_no_topic(resident, catalog, lang, question):
    chose_language(resident, lang, MONDAY_MORNING)
    answer = resident.texts(resident.say(question))
    assert any(text in answer for text in _free(catalog, lang)), answer
    assert conversation_state(resident) == "start"  # no Money topic to confirm


@pytest.mark.parametrize("lang, story, question", [
    ("ja", "仕事をクビになって家賃が払えない", "お金かかる？"),
    ("en", "I lost my job and can't pay rent", "do I have to pay anything?"),
    ("vi", "Tôi bị mất việc, không trả được tiền nhà", "có mất tiền không?"),
])
def test_asked_at_the_topics_step_it_is_answered_and_the_topics_stay(resident, catalog, lang, story, question):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(story)
    answer = resident.texts(resident.say(question))
    assert any(text in answer for text in _free(catalog, lang)), answer
    assert catalog.text(lang, "common.question_for_counselor") not in answer
    assert conversation_state(resident) == "topics"


# 要花钱吗 is written in letters only Chinese uses: answered in Chinese, however short (the resident's language follows)
@pytest.mark.parametrize("lang, question", [("ja", "お金かかりますか"), ("zh-Hans", "要花钱吗"), ("ja", "これってタダなん？")])
def test_asked_at_the_tonight_question_it_is_answered_and_the_question_stays_open(resident, catalog, lang, question):
    to_the_tonight_question(resident)
    answer = resident.texts(resident.say(question))
    assert any(text in answer for text in _free(catalog, lang)), answer
    assert catalog.text(lang, "common.question_for_counselor") not in answer
    assert len(resident.buttons()) >= 2 and conversation_state(resident) == "followup"
    if lang == "ja":
        assert {"ある", "ない"} <= set(resident.buttons())


@pytest.mark.parametrize("lang, question", [("ko", "상담비가 있나요"), ("vi", "tư vấn có tốn phí không"),
                                            ("ja", "相談ってタダ？")])
def test_asked_where_no_day_can_be_booked_it_is_answered(resident, catalog, lang, question):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.tap("できることを見る")  # the welcome came before the language was chosen
    resident.tap(catalog.text(lang, "opt.visit"))
    assert catalog.text(lang, "booking.no_slots") in resident.texts()
    answer = resident.texts(resident.say(question))
    assert any(text in answer for text in _free(catalog, lang)), answer


@pytest.mark.parametrize("lang, words, topics", [
    ("ja", "お金がない、相談は無料？", {"money"}),
    ("ja", "子どもにお金がかかる", {"family", "money"}),
    ("ja", "電気料金が高い", {"money"}),
    ("es", "tengo que pagar el alquiler y no puedo", {"housing", "money"}),
    ("en", "I can't pay for food, is it free?", {"money"}),
    ("vi", "tôi nợ bao nhiêu tiền cũng không biết", {"money"}),
    ("zh", "我身上没多少钱", {"money"}),
    ("en", "my kids cost money", {"family", "money"}),
    ("tl", "may singil ang kuryente", {"money"}),
    ("th", "จ่ายเท่าไหร่ก็ไม่พอ", {"money"}),
])
def test_money_told_beside_or_instead_of_the_question_is_still_the_money_topic(classifier, lang, words, topics):
    assert topics <= set(classifier.classify(words, lang).topics)


def test_money_said_beside_the_question_is_the_topic_the_resident_confirms(resident):
    chose_language(resident, "ja", MONDAY_MORNING)
    resident.say("お金がない、相談は無料？")
    assert "✓ お金" in resident.buttons() and conversation_state(resident) == "topics"
