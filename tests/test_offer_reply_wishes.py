"""A yes or no to "shall I connect you with a counselor?" that goes on in the resident's own words to say what they
want — to talk with a person (「はい、お願いしたいです」 "yes, I'd like to talk to someone") or to go on here (「いや、
自分で続けます」 "no, I'd rather keep going here") — is that yes or no, not "which did you mean?"; a yes followed by
an answer to the step's own question (「うん、少しある」 "yes I have some savings") is still that answer. A no followed
by a word that says "it's fine" (「いや、かまへん」「いや、ええよ」 "nah, ok", 「ううん」) is a no, not a yes."""
import pytest

from tests.support import conversation_state
from tests.test_replies_to_the_counselor_offer import answers, offered_at_the_income_question, t

pytestmark = pytest.mark.wordings  # the parameters are words typed: CI's PostgreSQL pass runs the first


@pytest.mark.parametrize("lang, reply", [
    ("ja", "はい、お願いしたいです"), ("ja", "うん、話してみたい"), ("ja", "そやな、相談員さんに話してみよかな"),
    ("ja", "はい、つないでもらえたら助かります"), ("en", "yeah, I would like to talk to someone"),
    ("en", "sure, I'd love to speak with a person"), ("es", "sí, me gustaría hablar con alguien"),
    ("pt-BR", "sim, quero falar com alguém"), ("ko", "네, 상담원이랑 얘기하고 싶어요"), ("zh-Hans", "好的，我想和人聊聊"),
    ("vi", "vâng, tôi muốn nói chuyện với người"), ("tl", "oo, gusto kong makausap ang counselor"),
    ("id", "ya, saya mau bicara dengan konselor")])
def test_a_yes_that_goes_on_to_ask_for_a_person_connects_a_counselor(resident, lang, reply):
    offered_at_the_income_question(resident, lang)
    said = resident.texts(resident.say(reply))
    assert t(lang, "offer.which") not in said, said
    assert conversation_state(resident) == "handoff" and "income" not in answers(resident), said


@pytest.mark.parametrize("lang, reply", [
    ("ja", "ううん、ここで続けたい"), ("ja", "いや、自分でやってみます"), ("ja", "いいえ、ここで質問に答えます"),
    ("en", "no, I'd rather keep going here"), ("en", "nah, I'll just keep answering the questions"),
    ("en", "no thanks, I prefer to carry on myself"), ("es", "no, prefiero seguir aquí"),
    ("pt-BR", "não, prefiro continuar aqui"), ("vi", "không, tôi sẽ tiếp tục ở đây"),
    ("tl", "hindi na, ituloy na lang natin dito"), ("id", "tidak, saya lanjut di sini saja")])
def test_a_no_that_goes_on_to_say_carry_on_here_is_taken_as_decided(resident, lang, reply):
    offered_at_the_income_question(resident, lang)
    said = resident.texts(resident.say(reply))
    assert t(lang, "offer.declined") in said and t(lang, "q.income") in said, said
    assert conversation_state(resident) == "followup" and "income" not in answers(resident)


@pytest.mark.parametrize("lang, reply", [
    ("ja", "いや、かまへん"), ("ja", "いや、ええよ"), ("ja", "いいえ、いいですよ"), ("ja", "ううん"), ("ja", "いや、構いません"),
    ("en", "nah, ok"), ("vi", "không, được rồi"), ("tl", "hindi na, sige"), ("es", "no, está bien")])
def test_a_no_followed_by_its_fine_is_a_no(resident, lang, reply):
    offered_at_the_income_question(resident, lang)
    said = resident.texts(resident.say(reply))
    assert t(lang, "offer.declined") in said and t(lang, "q.income") in said, said
    assert conversation_state(resident) == "followup"


@pytest.mark.parametrize("lang, reply", [
    ("ja", "うん、パートで少し"), ("ja", "はい、月に5万くらい"), ("en", "yes I have some savings"),
    ("en", "yeah, a bit from cleaning jobs")])
def test_a_yes_followed_by_an_answer_to_the_question_is_never_taken_as_accepting_the_offer(resident, lang, reply):
    offered_at_the_income_question(resident, lang)
    resident.say(reply)
    assert conversation_state(resident) == "followup", resident.texts()


def test_a_fine_word_that_is_no_yes_is_refused_with_its_language():
    from handlers.datafile import DataError, load_yaml
    from handlers.offer_replies import parse

    with pytest.raises(DataError) as refused:
        parse(load_yaml("languages:\n  ja:\n    accept: [はい]\n    fine: [かまへん]\n", "offer_replies.yaml"))
    assert "かまへん" in str(refused.value)
