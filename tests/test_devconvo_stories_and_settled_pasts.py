"""A trouble in a film or a settled past is not the resident's need of today (found by a tester: 「映画で借金の話を見た」
「昔は借金があったけど今は完済した」 "I used to be homeless but now I'm fine" ticked money or housing for the intake): the
topics named next to a story word, or in a past clause with a "now" after it, are not ticked; a need told in the "now"
clause, or a trouble of today, still is."""
import pytest
from sqlalchemy import select

from dialogs.triage.classifier import Classifier
from storage.models import Conversation
from tests.support import move_clock_to

MONDAY_10AM = "2026-12-07T10:00:00+09:00"


@pytest.fixture(scope="module")
def classifier():
    return Classifier.from_directory("dialogs/keywords")


@pytest.mark.parametrize("lang, words", [
    ("ja", "映画で借金の話を見た"), ("ja", "ドラマで主人公が家賃を滞納してた"), ("ja", "昔は借金があったけど今は完済した"),
    ("en", "I used to be homeless but now I'm fine"), ("en", "I watched a movie about debt"),
    ("en", "years ago I lost my job, now I have a good one")])
def test_a_story_or_a_settled_past_ticks_no_topic_of_its_own(classifier, lang, words):
    result = classifier.classify(words, lang)
    assert not {"money", "housing"} & set(result.topics), result


@pytest.mark.parametrize("lang, words, topic", [
    ("ja", "借金がある", "money"), ("ja", "昔は借金があったけど今はまた返せなくて困ってる", "money"),
    ("ja", "前は家賃を払えてたけど今は払えない", "housing"), ("en", "I have a lot of debt", "money"),
    ("en", "I used to have a job, now I'm unemployed", "work")])
def test_a_need_of_today_is_still_its_topic(classifier, lang, words, topic):
    assert topic in classifier.classify(words, lang).topics


@pytest.mark.parametrize("lang, words", [("ja", "映画で借金の話を見た"), ("en", "I used to be homeless but now I'm fine"),
                                         ("ja", "昔は借金があったけど今は完済した")])
def test_the_intake_ticks_nothing_for_a_story_or_a_past_that_is_over(resident, runtime, fake_line, lang, words):
    move_clock_to(MONDAY_10AM)
    fake_line.state.languages[resident.user] = lang
    resident.follow()
    resident.say(words)
    with runtime.db.session() as s:
        data = s.scalars(select(Conversation).order_by(Conversation.id.desc())).first().data or {}
    assert not data.get("topics"), data
