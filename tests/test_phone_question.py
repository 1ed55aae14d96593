"""「電話で相談できますか」 "can I call you?" is a question about the service: answered with the office's phone and hours
wherever the resident is, without putting them in the counselor queue; 「電話で相談したい」 still asks for a person, and
not being able to phone still gets the lines one can write to."""
import pytest

from tests.support import chose_language, conversation_state

MONDAY_MORNING = "2026-12-07T10:00:00+09:00"


@pytest.mark.parametrize("lang, question, hours_word", [
    ("ja", "電話で相談できますか", "受付時間"), ("ja", "電話番号を教えてください", "受付時間"),
    ("en", "can I call you instead?", "open"), ("en", "what's your phone number", "open"),
    ("es", "¿puedo llamar por teléfono?", "horario"), ("vi", "cho em xin số điện thoại", "giờ"),
    ("ko", "전화로 상담해도 돼요?", "시간"), ("zh-Hans", "可以打电话吗？", "时间"),
])
def test_a_question_about_phoning_gets_the_phone_and_hours_not_the_queue(resident, runtime, lang, question,
                                                                           hours_word):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(question)
    answer = resident.texts()
    assert runtime.bundle.office.phone in answer
    assert hours_word in answer.lower() or hours_word in answer
    assert conversation_state(resident) == "start"


def test_a_wish_to_consult_by_phone_still_asks_for_a_person(resident):
    chose_language(resident, "ja", MONDAY_MORNING)
    resident.say("電話で相談したいです")
    assert conversation_state(resident) != "start"


def test_not_being_able_to_phone_is_not_a_question_about_phoning(resident, runtime):
    chose_language(resident, "ja", MONDAY_MORNING)
    resident.say("電話できないんです")
    assert runtime.bundle.office.phone not in resident.texts() or "書" in resident.texts()
