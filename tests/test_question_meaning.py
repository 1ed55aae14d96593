"""「どういう意味？」 "what do you mean?" at a follow-up question: the question said again in plainer words, with its
buttons under it — not "a counselor can answer that", not the next question (found by playing residents: "what do you
mean" at "Do you have somewhere to sleep tonight?" skipped it and asked about income)."""
import pytest

from handlers import languages
from handlers.datafile import DataError
from handlers.questions import QuestionBook
from tests.support import TONIGHT_QUESTION, move_clock_to, to_the_tonight_question

PERSON_OFFER = "相談員がお答えできます"
PLAINER_TONIGHT = "屋根のある所で眠れるか"


@pytest.mark.parametrize("puzzled", ["どういう意味ですか？", "え？", "どゆこと", "？", "よくわからない"])
def test_a_resident_puzzled_by_the_tonight_question_gets_it_in_plainer_words_with_its_buttons(resident, puzzled):
    to_the_tonight_question(resident)
    said = resident.texts(resident.say(puzzled))
    assert PLAINER_TONIGHT in said
    assert PERSON_OFFER not in said and TONIGHT_QUESTION not in said
    assert {"ある", "ない"} <= set(resident.buttons())


def test_puzzled_twice_the_second_time_gets_simpler_words_offered_never_the_same_explanation(resident):
    to_the_tonight_question(resident)
    first = resident.texts(resident.say("え？"))
    second = resident.texts(resident.say("え？"))
    assert PLAINER_TONIGHT in first and PLAINER_TONIGHT not in second
    assert "やさしい" in second and PERSON_OFFER not in second
    assert "ある" in resident.buttons()


def test_after_the_explanation_a_typed_no_still_answers_tonight_as_a_crisis_sign(resident):
    to_the_tonight_question(resident)
    resident.say("どういういみ？")
    assert "0120-279-338" in resident.texts(resident.say("ない"))


@pytest.mark.parametrize("story, confirm, puzzled, plainer", [
    ("hi, i lost my job at the factory and my rent is due friday", "That's right", "what do you mean?", "a place with a roof"),
    ("perdí mi trabajo y no puedo pagar el alquiler", "Está bien", "¿qué significa?", "un lugar con techo"),
    ("mất việc, không trả được tiền nhà", "Đúng", "nghĩa là sao?", "chỗ có mái che"),
    ("失业了，房租交不起", "对", "什么意思？", "遮风挡雨"),
])
def test_in_other_languages_what_do_you_mean_explains_the_question_asked(resident, story, confirm, puzzled, plainer):
    move_clock_to("2026-12-07T10:00:00+09:00")
    resident.say(story)
    resident.tap(confirm)
    said = resident.texts(resident.say(puzzled))
    assert plainer in said, said


def test_every_follow_up_question_has_plainer_words_in_every_language(bundle):
    for question in bundle.questions.questions:
        assert question.explain, question.id
        for code in languages.codes():
            assert bundle.catalog.texts[code].get(question.explain, "").strip(), (question.id, code)


def test_an_explain_id_that_no_catalog_has_is_refused_on_load():
    data = {"questions": [{"id": "x", "prompt": "q.tonight", "explain": "q.nowhere.explain", "ask_when": ["housing"],
                           "options": [{"label": "a.tonight.yes", "value": "y"}]}]}
    with pytest.raises(DataError) as raised:
        QuestionBook.from_data(data, "followups.yaml", known_message=lambda m: m != "q.nowhere.explain")
    assert "q.nowhere.explain" in str(raised.value)
