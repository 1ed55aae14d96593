"""What the resident types after "a counselor can answer that — shall I connect you?" during the intake is a reply
to that offer, never the answer to the intake question still open (「いま、収入はありますか」): a yes of several words
(「ほな頼むわ」 "yeah go on") connects a counselor; a no of several words (「いや、ええわ」 "nah I'm good") is taken as
decided and the question comes again in words; "how long would that take?" is answered by the office's hours with the
offer kept open; "who reads this?" is answered wherever it comes; a protest (「そういう意味じゃない」) or a question
about the buttons (「答えないとあかんの？」) is no answer either. Found by a tester: such replies were stored as the
answer and the intake moved on, or got "take your time" and "I'm still here" with no answer."""
import pytest
from sqlalchemy import select

from dialogs.catalog import Catalog
from storage.models import Conversation
from storage.models import Resident as ResidentRow
from tests.support import chose_language, conversation_state

pytestmark = pytest.mark.wordings  # the parameters are words typed: CI's PostgreSQL pass runs the first

CATALOG = Catalog.from_directory()
MONDAY_MORNING = "2026-12-07T10:00:00+09:00"
SUNDAY = "2026-12-06T14:00:00+09:00"
# a first message about work and money (the income question comes first) and a question the step cannot answer
OPENINGS = {
    "ja": ("仕事がなくてお金がない", "印鑑って要りますか？"),
    "en": ("no job and no money", "do I need to bring my passport?"),
    "zh-Hans": ("失业了，没有钱", "需要带护照吗？"),
    "ko": ("일도 없고 돈도 없어요", "보증인이 필요한가요?"),
    "vi": ("không có việc, không có tiền", "có cần mang hộ chiếu không?"),
    "tl": ("walang trabaho, walang pera", "kailangan ko bang magdala ng pasaporte?"),
    "pt-BR": ("estou sem trabalho e sem dinheiro", "preciso levar o passaporte?"),
    "es": ("no tengo trabajo ni dinero", "¿tengo que llevar el pasaporte?"),
    "id": ("saya tidak punya pekerjaan dan tidak punya uang", "apakah saya perlu membawa paspor?"),
    "th": ("ไม่มีงาน ไม่มีเงิน", "ต้องเอาพาสปอร์ตไปไหม"),
}


def t(lang: str, msg_id: str, **params) -> str:
    return CATALOG.text(lang, msg_id, **params)


def answers(resident) -> dict:
    with resident.runtime.db.session() as s:
        row = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        return dict((s.scalars(select(Conversation).where(Conversation.resident_id == row.id)).one().data or {})
                    .get("answers") or {})


def offered_at_the_income_question(resident, lang: str, moment: str = MONDAY_MORNING) -> None:
    opening, question = OPENINGS[lang]
    chose_language(resident, lang, moment)
    resident.say(opening)
    assert t(lang, "q.income") in resident.texts(resident.tap(t(lang, "opt.done")))
    said = resident.texts(resident.say(question))
    assert t(lang, "common.question_for_counselor") in said and t(lang, "q.income") in said


@pytest.mark.parametrize("lang, reply", [
    ("ja", "ほな、お願いしよかな"), ("ja", "うん、つないでください"), ("en", "sure, go ahead then"),
    ("en", "yes please, that'd help"), ("tl", "sige po, pakikonekta"), ("pt-BR", "pode sim, por favor"),
    ("ko", "네 연결해 주세요"), ("th", "ได้เลยค่ะ รบกวนด้วย"), ("vi", "vâng, nhờ kết nối giúp em"),
    ("zh-Hans", "好的，麻烦您了"), ("es", "sí, adelante por favor")])
def test_a_yes_of_several_words_to_the_offer_connects_a_counselor_and_answers_nothing(resident, lang, reply):
    offered_at_the_income_question(resident, lang)
    said = resident.texts(resident.say(reply))
    assert conversation_state(resident) == "handoff", said
    assert t(lang, "q.household") not in said
    assert "income" not in answers(resident)


@pytest.mark.parametrize("lang, reply", [
    ("ja", "いや、今はええわ"), ("ja", "いいえ、大丈夫です"), ("en", "nah, I'm alright thanks"),
    ("en", "no thanks, let's keep going"), ("tl", "hindi na po, salamat"), ("th", "ไม่ต้องค่ะ ขอบคุณ"),
    ("pt-BR", "não, tô bem"), ("ko", "아뇨 괜찮습니다"), ("vi", "dạ thôi, không cần ạ"),
    ("id", "tidak usah, terima kasih"), ("es", "no, gracias, sigamos"), ("zh-Hans", "不用了，谢谢")])
def test_a_no_of_several_words_to_the_offer_is_taken_as_decided_and_the_question_asked_again_in_words(
        resident, lang, reply):
    offered_at_the_income_question(resident, lang)
    said = resident.texts(resident.say(reply))
    assert t(lang, "offer.declined") in said and t(lang, "q.income") in said, said
    assert not any(t(lang, f"companion.hesitation.{n}") in said for n in (1, 2, 3))
    assert conversation_state(resident) == "followup" and "income" not in answers(resident)
    resident.tap(t(lang, "a.income.yes"))
    assert answers(resident)["income"]["value"] == "some_income"


@pytest.mark.parametrize("lang, reply", [("ja", "いや、ええわ"), ("en", "yeah nah"), ("pt-BR", "não precisa")])
def test_a_typed_answer_after_declining_is_the_answer_to_the_question(resident, lang, reply):
    offered_at_the_income_question(resident, lang)
    resident.say(reply)
    resident.say({"ja": "パートで月5万くらい", "en": "I earn a bit from part-time work", "pt-BR": "ganho pouco"}[lang])
    assert "income" in answers(resident) and conversation_state(resident) == "followup"


@pytest.mark.parametrize("lang, question", [("ja", "どのくらいで返事くる？"), ("en", "how long till someone answers?"),
                                            ("ko", "오래 기다려야 해요?"), ("pt-BR", "demora muito?"),
                                            ("th", "ต้องรอกี่นาทีคะ")])
def test_how_long_a_counselor_takes_is_answered_in_office_hours_and_the_offer_stays_open(resident, lang, question):
    offered_at_the_income_question(resident, lang)
    said = resident.texts(resident.say(question))
    assert said == t(lang, "offer.wait_open"), said
    assert resident.buttons()[0] == t(lang, "opt.person") and t(lang, "a.income.yes") in resident.buttons()
    assert "income" not in answers(resident)
    resident.say({"ja": "ほな頼むわ", "en": "ok sure", "ko": "네 부탁해요", "pt-BR": "pode ser", "th": "ค่ะ"}[lang])
    assert conversation_state(resident) == "handoff"


def test_how_long_a_counselor_takes_out_of_hours_says_when_they_read(resident):
    offered_at_the_income_question(resident, "ja", SUNDAY)
    said = resident.texts(resident.say("どれくらい待つん？"))
    assert "受付時間外" in said and "8:30" in said and "つなぎましょうか" in said, said
    said = resident.texts(resident.say("ちゃう"))
    assert t("ja", "offer.declined") in said and t("ja", "q.income") in said
    assert "income" not in answers(resident)


@pytest.mark.parametrize("lang, opening, question", [
    ("ja", "家賃が払えなくて家を出ないといけない", "これって誰が見てるんですか？"),
    ("en", "can't pay rent, have to leave my flat", "who's going to read what I write?"),
    ("zh-Hans", "付不起房租，要搬出去了", "是谁在看我写的东西？"),
    ("es", "no puedo pagar el alquiler y tengo que irme", "¿quién lee esto?")])
def test_who_reads_the_messages_is_answered_and_the_question_asked_again(resident, lang, opening, question):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(opening)
    assert t(lang, "q.tonight") in resident.texts(resident.tap(t(lang, "opt.done")))
    said = resident.texts(resident.say(question))
    assert t(lang, "offer.who_reads") in said and t(lang, "q.tonight") in said, said
    assert conversation_state(resident) == "followup" and "tonight" not in answers(resident)


def test_who_reads_after_the_offer_is_answered_and_a_yes_then_still_connects(resident):
    offered_at_the_income_question(resident, "ja")
    said = resident.texts(resident.say("これ誰が読んでるの？"))
    assert t("ja", "offer.who_reads") in said and t("ja", "q.income") in said
    resident.say("せやな、頼むわ")
    assert conversation_state(resident) == "handoff" and "income" not in answers(resident)


@pytest.mark.parametrize("lang, protest", [("ja", "そういう意味じゃないんだけど"), ("en", "that's not what I meant"),
                                           ("zh-Hans", "不是这个意思"), ("vi", "không phải ý tôi như vậy")])
def test_a_protest_at_an_intake_question_is_not_its_answer(resident, lang, protest):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(OPENINGS[lang][0])
    resident.tap(t(lang, "opt.done"))
    said = resident.texts(resident.say(protest))
    assert t(lang, "intake.followup_misread", back=t(lang, "opt.back")) in said and t(lang, "q.income") in said
    assert conversation_state(resident) == "followup" and "income" not in answers(resident)


@pytest.mark.parametrize("lang, question", [("ja", "これ答えないとあかんの？"), ("ja", "全部答えなきゃいけないですか"),
                                            ("en", "do I have to answer every question?"), ("zh-Hans", "这些都要回答吗？"),
                                            ("pt-BR", "é obrigatório responder?")])
def test_asking_whether_the_questions_must_be_answered_is_answered_and_nothing_skipped(resident, lang, question):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(OPENINGS[lang][0])
    resident.tap(t(lang, "opt.done"))
    said = resident.texts(resident.say(question))
    assert t(lang, "intake.answers_optional", skip=t(lang, "opt.skip")) in said and t(lang, "q.income") in said, said
    assert conversation_state(resident) == "followup" and "income" not in answers(resident)


def test_a_buttons_words_inside_a_question_are_no_tap_of_it(resident):
    chose_language(resident, "ja", MONDAY_MORNING)
    resident.say("仕事がなくてお金がない")
    resident.tap("これでOK")
    resident.tap("少しある")
    assert t("ja", "q.household") in resident.texts()
    said = resident.texts(resident.say("ひとりでも相談できますか？"))
    assert t("ja", "common.question_for_counselor") in said and t("ja", "q.household") in said
    assert conversation_state(resident) == "followup" and "household" not in answers(resident)


def test_a_yes_or_no_among_other_words_after_the_offer_asks_which_is_meant(resident):
    offered_at_the_income_question(resident, "en")
    said = resident.texts(resident.say("ok but I'm not sure tbh"))
    assert t("en", "offer.which") in said and resident.buttons()[0] == t("en", "opt.person")
    assert "income" not in answers(resident)
    resident.say("no, carry on")
    assert t("en", "q.income") in resident.texts() and conversation_state(resident) == "followup"


@pytest.mark.parametrize("lang, reply", [("en", "yeah I get a little from part-time work"), ("ja", "うん、少しある")])
def test_an_answer_to_the_question_holding_a_yes_after_the_offer_is_that_answer(resident, lang, reply):
    offered_at_the_income_question(resident, lang)
    resident.say(reply)
    assert answers(resident)["income"]["text"] == reply and conversation_state(resident) == "followup"


# (a question the bot can answer itself — 「役所に報告されますか？」, privacy — is answered since session 22: service_questions)
@pytest.mark.parametrize("lang, second", [("ja", "年金の手続きってどうなりますか？"), ("en", "what happens with my pension paperwork?")])
def test_a_second_question_right_after_the_offer_gets_the_offer_again_in_other_words_not_a_bare_im_still_here(
        resident, lang, second):
    offered_at_the_income_question(resident, lang)
    said = resident.texts(resident.say(second))
    assert t(lang, "common.question_for_counselor_too") in said and t(lang, "q.income") in said, said
    assert resident.buttons()[0] == t(lang, "opt.person") and "income" not in answers(resident)
    resident.say({"ja": "ほな、お願い", "en": "ok go ahead"}[lang])
    assert conversation_state(resident) == "handoff"


@pytest.mark.parametrize("lang, opening, question, no", [
    ("ja", "家賃が払えなくて家を出ないといけない", "保証人はいりますか？", "いいえ"),
    ("en", "can't pay rent, have to leave my flat", "do I need a guarantor?", "No")])
def test_a_bare_no_after_the_offer_at_tonights_question_is_read_as_no_place_tonight(resident, lang, opening, question,
                                                                                    no):
    chose_language(resident, lang, MONDAY_MORNING)
    resident.say(opening)
    resident.tap(t(lang, "opt.done"))
    answer = resident.texts(resident.say(question))
    # one question in the answer: the way to a person is told (its button first), not asked beside tonight's question
    assert t(lang, "common.question_for_counselor") not in answer
    assert t(lang, "common.question_for_counselor_later", person=t(lang, "opt.person")) in answer
    assert resident.buttons()[0] == t(lang, "opt.person")
    resident.say(no)
    assert conversation_state(resident) == "crisis" and answers(resident)["tonight"]["value"] == "no_place"
