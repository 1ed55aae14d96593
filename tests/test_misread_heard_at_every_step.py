""""That's not what I said" (「そういう意味じゃない」「そういうことちゃう」 "you got me wrong", "mali po ang intindi mo") is
understood in many wordings and wherever the bot read the resident: at the topics shown it is a sorry and "which is
closer?" with the topics still there to change; at a question that follows it is no answer, but the same sorry back
at the topics; after a crisis answer, the sorry of the crisis talk (found by a tester: a counselor offer, "no rush",
a generic thank-you, or the words taken as the answer)."""
import pytest
from sqlalchemy import select

from dialogs.catalog import Catalog
from storage.models import Conversation
from tests.support import chose_language, conversation_state, move_clock_to

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

MONDAY_MORNING = "2026-12-07T10:00:00+09:00"
TUESDAY_10AM = "2026-12-08T10:00:00+09:00"


@pytest.fixture(scope="module")
def catalog():
    return Catalog.from_directory()


def _data(runtime) -> dict:
    with runtime.db.session() as session:
        return dict(session.scalars(select(Conversation)).one().data)


@pytest.mark.parametrize("lang, story, words", [
    ("ja", "借金の取り立てがきつい", "そういう意味じゃない"),
    ("ja", "借金の取り立てがきつい", "いや、違うって"),
    ("ja", "借金の取り立てがきつい", "そんなこと言うてへんよ"),
    ("en", "debt collectors keep calling me", "that's not what I said"),
    ("en", "debt collectors keep calling me", "no, you've got it all wrong"),
    ("tl", "may utang ako at hinahabol ako ng naniningil", "hindi ganun"),
    ("vi", "tôi nợ nhiều tiền quá", "bạn hiểu nhầm rồi"),
    ("zh-Hans", "我欠了很多钱", "你搞错了"),
    ("es", "tengo muchas deudas", "no, no es eso"),
])
def test_at_the_topics_shown_a_misread_is_a_sorry_and_which_is_closer(resident, catalog, lang, story, words):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(story)
    shown = [b for b in resident.buttons() if b.startswith("✓")]
    answer = resident.texts(resident.say(words))
    assert catalog.text(lang, "intake.which_topic_misread") in answer, answer
    assert catalog.text(lang, "common.question_for_counselor") not in answer
    # the topics read are unticked (tests/test_topic_misread_unticked.py), their buttons still there to choose again
    unticked = {b.removeprefix("✓ ") for b in shown}
    assert conversation_state(resident) == "topics" and shown and unticked <= set(resident.buttons())


def test_a_misread_that_names_the_topic_instead_puts_it_in_place_of_the_one_shown(resident):
    chose_language(resident, "ja", MONDAY_MORNING)
    resident.say("借金の取り立てがきつい")
    resident.say("そういう意味じゃなくて、仕事のことです")
    assert "✓ お仕事" in resident.buttons() and "✓ お金" not in resident.buttons()


@pytest.mark.parametrize("lang, first, words", [
    ("ja", "ガス止められた", "ちゃうねん、そういうことちゃう"),
    ("en", "the gas was cut off", "no you got me wrong"),
    ("tl", "pinutol ang kuryente namin", "hindi po yan ang ibig kong sabihin"),
    ("tl", "pinutol ang kuryente namin", "mali po ang intindi mo"),
    ("vi", "nhà tôi bị cắt điện rồi", "không phải ý tôi như vậy"),
    ("zh-Hans", "我家的燃气被停了", "不是这个意思"),
    ("ko", "가스가 끊겼어요", "그게 아니에요"),
])
def test_after_a_crisis_answer_more_wordings_are_heard_and_said_sorry_for(runtime, resident, catalog, lang, first, words):
    move_clock_to(TUESDAY_10AM)
    chose_language(resident, lang, TUESDAY_10AM)
    resident.say(first)
    assert conversation_state(resident) == "crisis"
    answer = resident.texts(resident.say(words))
    assert catalog.text(lang, "crisis_talk.misread") in answer, answer
    assert _data(runtime)["misread_said"]  # the counselor sees that the resident disputed it


@pytest.mark.parametrize("lang, answer", [("ja", "違う"), ("zh-Hans", "不是"), ("th", "ไม่ใช่ค่ะ")])
def test_a_bare_no_stays_a_no_where_safety_is_asked(classifier_intents, lang, answer):
    assert "misread" not in classifier_intents(answer, lang) and "no" in classifier_intents(answer, lang)


@pytest.fixture(scope="module")
def classifier_intents():
    from dialogs.triage.classifier import Classifier

    classifier = Classifier.from_directory("dialogs/keywords")
    return lambda text, lang: set(classifier.classify(text, lang.split("-")[0]).intents)
