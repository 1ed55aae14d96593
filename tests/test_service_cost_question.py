"""A question about what the consultation costs (「相談ってお金かかりますか」「無料ですか」 "is it free?") is answered
wherever the resident is, in their language: it is free, what they tell us is kept confidential, and writing here is
enough; the step they were on goes on. Asked again, answered again in other words (never the same bubble twice in a
row). Cost told in a story (「家賃にお金がかかる」) is no question to us, and a crisis in the same words is a crisis."""
import pytest

from dialogs.catalog import Catalog
from tests.booking_helpers import add_slot
from tests.support import chose_language, conversation_state

pytestmark = pytest.mark.wordings  # the parameters are words typed: CI's PostgreSQL pass runs the first

MONDAY_MORNING = "2026-12-07T10:00:00+09:00"
QUESTIONS = [("ja", "相談ってお金かかりますか？"), ("ja", "無料ですか"), ("ja", "費用は？"), ("ja", "タダ？"),
             ("ja-easy", "そうだん は むりょう ですか"), ("en", "is it free?"), ("en", "how much does it cost?"),
             ("en", "do I have to pay?"), ("es", "¿Es gratis?"), ("pt-BR", "É de graça?"),
             ("vi", "Miễn phí không?"), ("tl", "Libre ba?"), ("zh-Hans", "收费吗？"), ("zh-Hant", "收費嗎？"),
             ("ko", "돈 들어요?"), ("id", "Gratis?"), ("th", "ฟรีไหม"), ("ne", "पैसा लाग्छ?"),
             ("my", "ပိုက်ဆံကုန်လား")]
STORIES = [("ja", "家賃にお金がかかる"), ("ja", "病院代が高くて払えない"), ("ja", "電気料金が払えない"),
           ("en", "the rent costs too much")]


@pytest.fixture(scope="module")
def catalog():
    return Catalog.from_directory()






def _free(catalog, lang: str) -> tuple[str, str]:
    return catalog.text(lang, "service.cost.1"), catalog.text(lang, "service.cost.2")


@pytest.mark.parametrize("lang, question", QUESTIONS)
def test_a_question_about_the_cost_is_answered_that_it_is_free_in_the_residents_language(
        resident, catalog, lang, question):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(question)
    answer = resident.texts()
    assert catalog.text(lang, "service.cost.1") in answer
    assert answer != catalog.text(lang, "service.cost.1")  # the step's question follows
    assert conversation_state(resident) == "start"  # no topics chosen for a question about us


def test_every_language_says_free_and_confidential(catalog):
    free = {"ja": "無料", "ja-easy": "無料", "en": "free", "es": "gratuita", "pt-BR": "gratuita", "vi": "miễn phí",
            "tl": "walang bayad", "zh-Hans": "免费", "zh-Hant": "免費", "ko": "무료", "id": "gratis",
            "th": "ฟรี", "ne": "निःशुल्क", "my": "အခမဲ့"}
    for lang, word in free.items():
        assert word in catalog.text(lang, "service.cost.1"), lang


def test_asked_again_the_other_wording_never_the_same_bubble(resident, catalog):
    chose_language(resident, "ja", MONDAY_MORNING)
    first, second = _free(catalog, "ja")
    answers = []
    for _ in range(3):
        resident.say("相談ってお金かかりますか？")
        answers.append(resident.texts())
    assert first in answers[0] and second in answers[1] and first in answers[2]
    assert second not in answers[0] and first not in answers[1]


def test_the_cost_asked_while_choosing_a_visit_keeps_the_visit_going(runtime, resident, catalog):
    chose_language(resident, "ja", MONDAY_MORNING)
    add_slot(runtime, 2, hour=10)
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    resident.say("無料ですか")
    assert catalog.text("ja", "service.cost.1") in resident.texts() and conversation_state(resident) == "visit"
    assert "ほかの日" in resident.buttons()


@pytest.mark.parametrize("lang, story", STORIES)
def test_cost_told_in_a_story_is_not_a_question_about_the_service(resident, catalog, lang, story):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(story)
    answer = resident.texts()
    assert not any(text in answer for text in _free(catalog, lang))


@pytest.mark.parametrize("lang, words", [("ja", "もう死にたい。相談ってお金かかりますか"),
                                         ("en", "I want to die. Is it free?")])
def test_a_crisis_in_the_same_message_gets_the_crisis_answer(resident, catalog, lang, words):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(words)
    answer = resident.texts()
    assert "0120-279-338" in answer and conversation_state(resident) == "crisis"
    assert not any(text in answer for text in _free(catalog, lang))
