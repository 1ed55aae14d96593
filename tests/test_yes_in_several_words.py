"""A typed yes said in several answer words (「んだ、そんだ」 "yep, that's it", "opo tama", "opo meron" — yes, I have
one) answers the question as one yes does: the topics shown are confirmed, the tonight question is answered (found by
a tester: "No rush. You can choose below…", or the question asked again). Words that are not all answers stay no
answer, and a single word is never cut into answers (うすそう is not うす・そう)."""
import pytest
from sqlalchemy import select

from dialogs.triage.classifier import Classifier
from storage.models import Conversation
from tests.support import TONIGHT_QUESTION, chose_language, conversation_state, to_the_tonight_question

MONDAY_MORNING = "2026-12-07T10:00:00+09:00"


@pytest.fixture(scope="module")
def classifier():
    return Classifier.from_directory("dialogs/keywords")


@pytest.mark.parametrize("lang, story, yes", [
    ("ja", "子どもの学費が払えへん", "んだ、そんだ"),
    ("ja", "子どもの学費が払えへん", "うん、それです"),
    ("en", "can't pay my kid's school fees", "yep that's it"),
    ("en", "can't pay my kid's school fees", "yes, exactly"),
    ("tl", "hindi ko mabayaran ang tuition ng anak ko", "opo tama"),
    ("tl", "hindi ko mabayaran ang tuition ng anak ko", "oo, tama yan po"),
    ("vi", "không trả được học phí cho con", "vâng, đúng rồi"),
    ("es", "no puedo pagar la escuela de mi hijo", "sí, correcto"),
])
def test_a_yes_in_several_words_confirms_the_topics_shown(resident, lang, story, yes):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(story)
    assert conversation_state(resident) == "topics"
    resident.say(yes)
    assert conversation_state(resident) in ("followup", "outcome")


@pytest.mark.parametrize("words", ["opo meron", "oo, meron po", "opo, mayroon"])
def test_yes_i_have_one_answers_the_tonight_question(runtime, resident, words):
    to_the_tonight_question(resident)
    with runtime.db.session() as session:
        session.scalars(select(Conversation)).one().resident.lang = "tl"
    answer = resident.texts(resident.say(words))
    assert TONIGHT_QUESTION not in answer
    with runtime.db.session() as session:
        assert session.scalars(select(Conversation)).one().data["answers"]["tonight"]["value"] == "has_place"


@pytest.mark.parametrize("lang, words, intents", [
    ("ja", "んだ、そんだ", {"yes"}), ("tl", "opo, meron naman", {"yes", "have"}), ("tl", "hindi, wala", {"no", "have_not"}),
    ("en", "yes, of course", {"yes"}), ("ko", "네, 맞아요", {"yes"}),
])
def test_each_answer_word_counts(classifier, lang, words, intents):
    assert intents <= set(classifier.classify(words, lang).intents)


@pytest.mark.parametrize("lang, words", [("ja", "うすそう"), ("ja", "ただいま"), ("en", "yes my boss fired me"),
                                         ("tl", "opo pero wala akong trabaho")])
def test_words_that_are_not_all_answers_are_no_answer_in_several_words(classifier, lang, words):
    result = classifier.classify(words, lang)
    assert not {"yes", "have"} & set(result.intents) or result.topics
