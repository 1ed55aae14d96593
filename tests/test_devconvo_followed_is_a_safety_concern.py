"""Being followed (stalking: 「後をつけられてる」「つけられてる気がする」 "someone is following me") is a violence / safety
concern (found by a tester: the violence exclusion for 付けられ, which keeps 蹴られ's reading けられ out of 片付けられ,
cancelled it). A keyword written around an exclusion says what the words mean there; 名前を付けられた, 気を付けられない
keep their own meaning (and the learned backstop does not ask about violence for them); arson is a crisis."""
import pytest

from dialogs.triage.classifier import Classifier
from tests.support import conversation_state, move_clock_to

SATURDAY_NIGHT = "2026-12-05T23:30:00+09:00"


@pytest.fixture(scope="module")
def classifier():
    return Classifier.from_directory("dialogs/keywords")


@pytest.mark.parametrize("lang, words", [
    ("ja", "後をつけられてる"), ("ja", "つけられてる気がする"), ("ja", "誰かに後をつけられている"), ("ja", "帰り道、ずっとつけられてる"),
    ("ja", "知らない人につけられた"), ("ja", "元夫につけ回されてる"), ("ja", "家に火をつけられた"),
    ("en", "someone is following me"), ("en", "I think a man followed me home"), ("es", "alguien me está siguiendo"),
    ("pt", "tem alguém me seguindo"), ("vi", "tôi bị theo dõi"), ("tl", "may sumusunod sa akin"), ("zh", "有人跟踪我"),
    ("ko", "누가 따라와요"), ("id", "saya dibuntuti orang")])
def test_being_followed_or_arson_is_violence(classifier, lang, words):
    assert "violence" in classifier.classify(words, lang).crisis


@pytest.mark.parametrize("words", ["名前を付けられた", "子どもに名前をつけられない", "気を付けられない", "コンロの火がつけられない",
                                   "部屋が片付けられない", "仕事を続けられない"])
def test_attached_named_or_careful_keep_their_own_meaning(classifier, words):
    result = classifier.classify(words, "ja")
    assert "violence" not in result.crisis and "violence" not in result.possible, result


def test_kicked_is_still_violence(classifier):
    assert "violence" in classifier.classify("夫に蹴られた", "ja").crisis


def test_a_resident_followed_at_night_gets_the_crisis_answer_through_the_webhook(resident):
    move_clock_to(SATURDAY_NIGHT)
    resident.follow()
    said = resident.texts(resident.say("帰り道に後をつけられてる気がする"))
    assert conversation_state(resident) == "crisis" and "110" in said, said


def test_named_by_someone_is_no_safety_question(resident):
    move_clock_to(SATURDAY_NIGHT)
    resident.follow()
    resident.say("子どもの名前を付けられた")
    assert conversation_state(resident) not in ("crisis", "safety_check")


def test_a_thing_thrown_at_the_resident_is_still_asked_about(classifier):
    result = classifier.classify("昨日はハサミを投げつけられた。腕切れた", "ja")
    assert "violence" in result.crisis + result.possible, result


def test_a_settled_cut_last_year_is_still_a_money_worry_but_a_past_night_outside_no_housing_need(classifier):
    assert "money" in classifier.classify("my gas got cut off last year but im working again now", "en").topics
    assert "housing" not in classifier.classify("I used to be homeless but now I'm fine", "en").topics
