"""Found by a tester playing residents (session 20): a short "why?" at a step that asks something is answered with
why it asks (in every language), never "a counselor can answer that — shall I connect you?" and the question again;
a wish to stop where a question is open (「算了」 "ayoko na" 「やっぱりいいです」) is a clear choice — stop or keep going —
never "let's carry on"; and a typed 「もどる」 "back" 「返回」 does what the back button does."""
import pytest

from dialogs.catalog import Catalog
from tests.booking_helpers import add_slot, book_in_chat
from tests.support import Resident, conversation_state, move_clock_to

pytestmark = pytest.mark.wordings  # the parameters are words typed: CI's PostgreSQL pass runs the first

MONDAY_MORNING = "2026-12-07T10:00:00+09:00"
CATALOG = Catalog.from_directory()


def said(lang: str, msg_id: str, **params) -> str:
    return CATALOG.text(lang, msg_id, **params)


def at_the_first_question(app, fake_line, story: str) -> Resident:
    move_clock_to(MONDAY_MORNING)
    resident = Resident(app, fake_line)
    resident.say(story)
    buttons = resident.buttons()
    resident.tap(buttons[buttons.index(buttons[-4])])  # the "that's right" button, before back, person, language
    return resident


STORIES = {
    "en": "I lost my job and can't pay rent",
    "zh-Hant": "我付不起房租，沒有工作",
    "pt-BR": "Perdi meu emprego e não consigo pagar o aluguel",
    "vi": "Mất việc rồi, không trả được tiền nhà",
    "tl": "Nawalan ako ng trabaho, hindi ko mabayaran ang upa",
    "ne": "मेरो जागिर गयो, घर भाडा तिर्न सक्दिन",
    "ko": "일을 잃어서 집세를 못 내요",
    "th": "ตกงาน ไม่มีเงินจ่ายค่าเช่าบ้าน",
    "es": "Perdí mi trabajo y no puedo pagar el alquiler",
    "id": "Saya kehilangan pekerjaan dan tidak bisa bayar sewa",
    "zh-Hans": "我没有工作，交不起房租",
    "ja": "仕事がなくて家賃が払えない",
}


@pytest.mark.parametrize("lang, why", [
    ("en", "why?"), ("en", "Why"), ("en", "how come?"), ("zh-Hant", "為什麼"), ("zh-Hans", "为什么？"),
    ("pt-BR", "por quê?"), ("vi", "tại sao?"), ("tl", "bakit?"), ("tl", "bakit po"), ("ne", "किन?"),
    ("ko", "왜요?"), ("th", "ทำไม"), ("es", "¿por qué?"), ("id", "kenapa?"), ("ja", "なんで？"), ("ja", "どうして"),
])
def test_a_short_why_at_a_question_is_told_why_it_is_asked_with_one_question_only(app, fake_line, lang, why):
    resident = at_the_first_question(app, fake_line, STORIES[lang])
    question = resident.texts().strip()
    answer = resident.texts(resident.say(why))
    langs = ("zh-Hant", "zh-Hans") if lang == "zh-Hant" else (lang,)  # a Chinese story is read as zh-Hans first
    assert any(said(code, "intake.why_asked", skip=said(code, "opt.skip"))[:12] in answer for code in langs)
    assert said(lang, "common.question_for_counselor") not in answer  # one question: no offer before it
    assert question in answer  # the question stays open


def test_a_resident_who_asks_why_they_must_wait_is_told_how_the_wait_stands(app, fake_line):
    move_clock_to(MONDAY_MORNING)
    resident = Resident(app, fake_line)
    resident.say("I want to talk to a person")
    answer = resident.texts(resident.say("why do I have to wait?"))
    assert answer.strip() != said("en", "handoff.noted")
    assert "in turn" in answer


@pytest.mark.parametrize("stop", ["算了", "算了吧"])
def test_never_mind_in_chinese_at_the_income_question_asks_whether_to_stop_never_lets_go_on(app, fake_line, stop):
    resident = at_the_first_question(app, fake_line, "我没有工作，没钱")
    assert "收入" in resident.texts()
    answer = resident.texts(resident.say(stop))
    assert said("zh-Hans", "offer.declined") not in answer
    assert "收入" not in answer  # neither taken as its answer (the next question) nor asked again beside the choice
    assert said("zh-Hans", "companion.ask_stop") in answer
    assert said("zh-Hans", "opt.stop_here") in resident.buttons()
    assert conversation_state(resident) == "stop_check"


def test_never_mind_after_the_person_offer_is_a_choice_to_stop_not_lets_continue(app, fake_line):
    resident = at_the_first_question(app, fake_line, "仕事がなくてお金がない")
    resident.say("どのくらい時間かかりますか")
    answer = resident.texts(resident.say("やっぱりいいです"))
    assert said("ja", "offer.declined") not in answer
    assert said("ja", "companion.ask_stop") in answer


def test_choosing_to_keep_going_brings_back_the_open_question_and_stopping_lets_go_kindly(app, fake_line):
    resident = at_the_first_question(app, fake_line, "我没有工作，没钱")
    resident.say("算了")
    back = resident.texts(resident.tap(said("zh-Hans", "opt.keep_going")))
    assert "收入" in back and conversation_state(resident) == "followup"
    resident.say("算了")
    resident.tap(said("zh-Hans", "opt.stop_here"))
    assert conversation_state(resident) == "stopped"


def test_never_mind_while_waiting_for_a_person_lets_them_go_kindly_out_of_the_queue(app, fake_line):
    move_clock_to(MONDAY_MORNING)
    resident = Resident(app, fake_line)
    resident.say("人と話したい")
    answer = resident.texts(resident.say("やっぱりいいです"))
    assert "受け取りました" not in answer
    assert said("ja", "companion.stopped") in answer
    assert conversation_state(resident) == "stopped"


@pytest.mark.parametrize("story, no_need", [
    ("我交不起房租", "不用了"), ("집세를 못 내요", "됐어요"), ("Không trả được tiền nhà", "thôi")])
def test_no_need_at_the_question_about_tonight_is_no_answer_and_no_crisis_but_a_choice(app, fake_line, story, no_need):
    resident = at_the_first_question(app, fake_line, story)
    answer = resident.texts(resident.say(no_need))
    assert "talkme.jp" not in answer  # not read as "no place tonight"
    assert conversation_state(resident) == "stop_check"


@pytest.mark.parametrize("no_need", ["不用了，谢谢", "不用了"])
def test_no_need_after_the_person_offer_still_declines_the_offer(app, fake_line, no_need):
    resident = at_the_first_question(app, fake_line, "我没有工作，没钱")
    resident.say("要等多久？")
    answer = resident.texts(resident.say(no_need))
    assert said("zh-Hans", "companion.ask_stop") not in answer


def test_ayoko_na_at_the_times_of_a_visit_asks_whether_to_stop(app, fake_line):
    move_clock_to(MONDAY_MORNING)
    resident = Resident(app, fake_line)
    add_slot(resident.runtime, 2, languages=("tl", "ja"))
    resident.say("Kailangan ko ng kasama sa pagpunta sa city hall")
    if conversation_state(resident) != "visit":
        resident.say("Gusto kong magpa-book ng kasama")
    assert conversation_state(resident) == "visit"
    answer = resident.texts(resident.say("ayoko na"))
    assert said("tl", "offer.declined") not in answer
    assert said("tl", "companion.ask_stop") in answer


def test_never_mind_right_after_booking_a_visit_asks_whether_to_cancel_it(app, fake_line):
    move_clock_to(MONDAY_MORNING)
    resident = Resident(app, fake_line)
    add_slot(resident.runtime, 2)
    book_in_chat(resident)
    assert conversation_state(resident) == "my_visit"
    resident.say("やっぱりやめます")
    assert conversation_state(resident) == "visit_cancel"


@pytest.mark.parametrize("lang, back", [("ja", "もどる"), ("ja", "戻る"), ("en", "back"), ("en", "Go back"),
                                        ("zh-Hans", "返回"), ("tl", "bumalik")])
def test_typing_back_does_what_the_back_button_does(app, fake_line, lang, back):
    typed = at_the_first_question(app, fake_line, STORIES[lang])
    typed_answer = typed.texts(typed.say(back))
    tapped = at_the_first_question(app, fake_line, STORIES[lang])
    tapped_answer = tapped.texts(tapped.tap(said(lang, "opt.back")))
    assert conversation_state(typed) == conversation_state(tapped) == "topics"
    assert typed_answer == tapped_answer


@pytest.mark.parametrize("story, leaving", [("我没有工作，没钱", "算了，再见"), ("仕事がなくてお金がない", "やっぱりいいです、さようなら")])
def test_a_wish_to_stop_said_with_a_goodbye_lets_the_resident_go_without_a_choice(app, fake_line, story, leaving):
    resident = at_the_first_question(app, fake_line, story)
    resident.say(leaving)
    assert conversation_state(resident) == "stopped"


@pytest.mark.parametrize("back", ["もどる", "戻る！"])
def test_typing_back_at_the_times_of_a_visit_is_the_back_button(app, fake_line, back):
    move_clock_to(MONDAY_MORNING)
    resident = Resident(app, fake_line)
    add_slot(resident.runtime, 2)
    resident.follow()
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    assert conversation_state(resident) == "visit"
    answer = resident.texts(resident.say(back))
    assert conversation_state(resident) == "outcome"
    assert "はじめから" not in answer
