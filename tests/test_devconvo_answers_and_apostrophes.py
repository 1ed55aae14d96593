"""A typed "no, that's fine" is a no (found by a tester): read as neither the money topic (the Vietnamese 「nợ」, debt,
typed without accents, is "no") nor a yes as well; and the apostrophes a phone types (it’s, don’t, I’m, ＇) are read as
the straight one wherever a reply is read for what it says."""
import pytest

from dialogs.triage.classifier import Classifier
from tests.support import move_clock_to

MONDAY_10AM = "2026-12-07T10:00:00+09:00"
OFFER_EN = "A counselor can answer that question"


@pytest.fixture(scope="module")
def classifier():
    return Classifier.from_directory("dialogs/keywords")


@pytest.mark.parametrize("lang, words", [("en", "no, that's fine"), ("en", "no thanks, it’s fine"), ("vi", "no, that's fine"),
                                         ("vi", "no thanks"), ("vi", "no"), ("en", "no, that’s alright"),
                                         ("en", "No, it’s fine, thanks")])
def test_a_no_that_is_fine_names_no_topic_and_is_no_yes(classifier, lang, words):
    result = classifier.classify(words, lang)
    assert result.topics == () and "yes" not in result.intents, result


@pytest.mark.parametrize("words", ["toi bi no", "no nhieu qua", "tôi bị nợ", "toi dang no tien"])
def test_debt_typed_in_vietnamese_without_accents_is_still_money(classifier, words):
    assert "money" in classifier.classify(words, "vi").topics


def _at_the_income_question_with_the_offer_open(resident, fake_line, lang="en"):
    move_clock_to(MONDAY_10AM)
    fake_line.state.languages[resident.user] = lang
    resident.follow()
    resident.say("I lost my job")
    resident.tap("right")
    assert OFFER_EN in resident.texts(resident.say("can I bring my kid?"))


@pytest.mark.parametrize("no", ["no, that’s fine", "no thanks, it’s fine", "nah, it’s ok", "no, I’m fine", "no, that's fine"])
def test_a_no_with_curly_apostrophes_to_the_counselor_offer_declines_it_and_the_question_stays(resident, fake_line,
                                                                                                runtime, no):
    from tests.test_answers_at_questions_dev3 import _data

    _at_the_income_question_with_the_offer_open(resident, fake_line)
    said = resident.texts(resident.say(no))
    assert "income" in said and "welcome" not in said.lower(), said
    data = _data(runtime)
    assert "income" not in data.get("answers", {}) and "money" not in data["topics"], data
    assert data["queue"][0] == "income"


def test_a_vietnamese_resident_who_answers_in_english_no_gets_no_money_topic(resident, fake_line, runtime):
    from tests.test_answers_at_questions_dev3 import _data

    move_clock_to(MONDAY_10AM)
    fake_line.state.languages[resident.user] = "vi"
    resident.follow()
    resident.say("toi mat viec roi")
    resident.tap("Đúng")
    resident.say("no, that's fine")
    assert "money" not in _data(runtime)["topics"]


@pytest.mark.parametrize("words", ["I don’t know", "I don‘t know", "I don＇t know"])
def test_i_dont_know_with_any_apostrophe_at_the_safety_question_is_rather_not_say(resident, fake_line, words):
    move_clock_to(MONDAY_10AM)
    fake_line.state.languages[resident.user] = "en"
    resident.follow()
    resident.say("help me")
    said = resident.texts(resident.say(words))
    assert "feeling so bad" not in said, said
