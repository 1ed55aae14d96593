"""A bare cry for help — 「助けて」, socorro, 살려주세요, tolong… — is never passed over at any step: it gets the gentle
safety question, the question that was pending (「今夜、寝る場所はありますか」) comes back after it, and a second cry
is answered as a crisis. A control character stuck to the word changes nothing. (Found by a tester.)"""
import pytest

from tests.support import move_clock_to

SUNDAY_1AM = "2026-12-06T01:00:00+09:00"
SAFETY_QUESTION = "もしかして、死にたいほどつらい気持ちがありますか"
TONIGHT = "今夜、寝る場所はありますか"


def _at_the_tonight_question(resident) -> None:
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    resident.say("家賃が払えなくて家を出ないといけない")
    assert TONIGHT in resident.texts(resident.tap("これでOK"))


@pytest.mark.parametrize("cry", ["助けて", "たすけて！", "助けて\u0007", "誰か助けて…"])
def test_a_help_cry_at_a_follow_up_question_is_asked_about_and_the_question_comes_back(resident, cry):
    _at_the_tonight_question(resident)
    assert SAFETY_QUESTION in resident.texts(resident.say(cry))
    assert TONIGHT in resident.texts(resident.say("いいえ"))


def test_a_second_help_cry_is_answered_as_a_crisis(resident):
    _at_the_tonight_question(resident)
    resident.say("助けて")
    resident.say("いいえ")
    answer = resident.texts(resident.say("たすけて"))
    assert "0120-279-338" in answer and "110" in answer and "収入" not in answer


def test_a_help_cry_while_waiting_for_a_person_is_asked_about(resident):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    resident.say("人と話したい")
    assert SAFETY_QUESTION in resident.texts(resident.say("たすけて"))


def test_asking_for_help_with_something_is_not_a_cry(resident):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    answer = resident.texts(resident.say("家賃のことで助けてもらえる制度はありますか"))
    assert SAFETY_QUESTION not in answer


@pytest.mark.parametrize("lang, cry", [
    ("ja", "助けて"), ("en", "help me"), ("es", "ayúdame"), ("pt", "socorro"), ("vi", "giúp tôi với"), ("zh", "救命"),
    ("ko", "살려주세요"), ("tl", "tulungan mo ako"), ("id", "tolong"), ("ne", "मलाई बचाउनुहोस्"), ("th", "ช่วยด้วย"),
    ("my", "ကယ်ပါ"),
])
def test_every_language_reads_a_bare_help_cry_as_a_possible_crisis(classify, lang, cry):
    result = classify(cry, lang)
    assert "suicide" in result.possible and not result.crisis, (lang, result)
    assert classify(cry + "\u0007", lang).possible == result.possible


@pytest.mark.parametrize("cry, question", [("socorro", "pensa em morrer"), ("살려주세요", "죽고 싶을 만큼"),
                                           ("help me", "so bad that you want to die")])
def test_a_one_word_cry_in_another_language_is_asked_about_in_that_language(resident, cry, question):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    assert question in resident.texts(resident.say(cry))


@pytest.mark.parametrize("lang, asking", [
    ("ja", "助けてください"), ("ja", "たすけてほしいです"), ("en", "I need help"), ("en", "please help me"),
    ("es", "Necesito ayuda"), ("pt", "Preciso de ajuda"), ("ko", "도와주세요"), ("id", "bantu saya"),
    ("ne", "मलाई मद्दत गर्नुहोस्"), ("my", "ကူညီပေးပါ"), ("zh", "请帮帮我"), ("vi", "làm ơn giúp tôi"),
])
def test_a_request_for_help_is_an_ordinary_first_message_not_a_cry(classify, lang, asking):
    result = classify(asking, lang)
    assert not result.possible and not result.crisis and not result.topics, (lang, result)


def test_a_resident_who_writes_i_need_help_is_asked_what_troubles_them_not_about_dying(resident):
    move_clock_to(SUNDAY_1AM)
    resident.follow()
    answer = resident.texts(resident.say("助けてください"))
    assert SAFETY_QUESTION not in answer and answer


@pytest.mark.parametrize("lang, text", [("ja", "夫がお金を渡してくれない"), ("en", "my husband controls my money"),
                                        ("zh", "老公不给我钱")])
def test_living_money_withheld_alone_is_family_and_money_not_a_sign_of_violence(classify, lang, text):
    result = classify(text, lang)
    assert not result.possible and not result.crisis and {"family", "money"} <= set(result.topics), (lang, result)
