"""An answer with a thank-you or a goodbye after it is the answer: 「大丈夫です、ありがとう」 "I'm fine, thanks" 「không sao,
cảm ơn」 at the gentle safety question is a "fine" (not a "you're welcome" that leaves the question hanging), "yes,
thanks" a yes, 「はい、ありがとう」 at the cancel question cancels — in every language; a thank-you alone, or where
nothing is asked, is still answered as a thank-you (found by a tester)."""
import pytest

from tests.booking_helpers import active_bookings, add_slot, book_in_chat
from tests.companion_support import TUESDAY_AFTERNOON
from tests.support import move_clock_to
from tests.test_safety_question_answers import SATURDAY_NIGHT, asked_about, conversation, speaking

pytestmark = pytest.mark.wordings  # the parameters are words typed: CI's PostgreSQL pass runs the first

FINE_AND_THANKS = [
    ("ja", "大丈夫です、ありがとう"), ("ja", "大丈夫です。ありがとうございます"), ("ja-easy", "だいじょうぶ、ありがとう"),
    ("en", "I'm fine, thanks"), ("en", "no, thank you"), ("zh-Hans", "没事，谢谢"), ("zh-Hant", "沒事，謝謝"),
    ("ko", "괜찮아요, 감사합니다"), ("vi", "không sao, cảm ơn"), ("tl", "ok lang ako, salamat"),
    ("pt-BR", "tudo bem, obrigada"), ("es", "estoy bien, gracias"), ("id", "saya baik-baik saja, terima kasih"),
    ("ne", "म ठीक छु, धन्यवाद"), ("th", "ไม่เป็นไร ขอบคุณค่ะ"), ("my", "အဆင်ပြေပါတယ် ကျေးဇူးတင်ပါတယ်"),
]


@pytest.fixture
def night(resident):
    move_clock_to(SATURDAY_NIGHT)
    resident.follow()
    return resident


@pytest.mark.parametrize("lang, answer", FINE_AND_THANKS)
@pytest.mark.parametrize("kind", ["suicide", "no_food", "no_shelter"])
def test_fine_with_thanks_answers_the_safety_question(night, runtime, lang, answer, kind):
    speaking(runtime, night, lang)
    asked_about(runtime, kind)
    night.say(answer)
    conv = conversation(runtime)
    assert conv.state != "safety_check" and not conv.crisis, f"{answer!r} was not read as the answer 'fine'"


@pytest.mark.parametrize("lang, answer", [("ja", "はい、ありがとう"), ("en", "yes, thanks"), ("es", "sí, gracias"),
                                          ("vi", "có, cảm ơn"), ("tl", "oo, salamat"), ("zh-Hans", "是的，谢谢"),
                                          ("th", "ใช่ ขอบคุณครับ"), ("ne", "हो, धन्यवाद")])
def test_yes_with_thanks_at_the_safety_question_is_a_yes(night, runtime, lang, answer):
    speaking(runtime, night, lang)
    asked_about(runtime, "suicide")
    night.say(answer)
    assert conversation(runtime).crisis == ["suicide"]


def test_there_is_none_with_thanks_at_the_food_question_is_a_yes(night, runtime):
    asked_about(runtime, "no_food")
    night.say("ないです、ありがとう")
    assert conversation(runtime).crisis == ["no_food"]


def test_thanks_alone_at_the_safety_question_is_still_a_thank_you_and_the_question_stays(night, runtime):
    asked_about(runtime, "suicide")
    said = night.texts(night.say("ありがとう"))
    assert "どういたしまして" in said or "こちらこそ" in said
    assert conversation(runtime).state == "safety_check"


@pytest.fixture
def at_the_cancel_question(runtime, resident):
    move_clock_to(TUESDAY_AFTERNOON)
    add_slot(runtime, 2)
    book_in_chat(resident)
    resident.say("予約をキャンセルしたい")
    return resident


@pytest.mark.parametrize("answer, kept", [("はい、ありがとうございます", False), ("いいえ、ありがとう", True),
                                          ("はい、どうもありがとうございます", False)])
def test_yes_or_no_with_courtesy_answers_the_cancel_question(runtime, at_the_cancel_question, answer, kept):
    said = at_the_cancel_question.texts(at_the_cancel_question.say(answer))
    assert bool(active_bookings(runtime)) is kept and "どういたしまして" not in said


def test_yes_and_thanks_where_nothing_is_asked_is_a_thank_you(resident):
    resident.follow()
    said = resident.texts(resident.say("はい、ありがとう"))
    assert "どういたしまして" in said or "こちらこそ" in said
