"""Where the bot asks consent to pass the resident's words on (the accompanied visit's summary, a referral to an
agency), a typed request to pass it on — 「伝えてください」「伝えといて」「言っておいてください」 "please tell them" "pass it on" —
is a yes: asking for it is consent. A request not to (「言わないで」「伝えてほしくない」 "don't pass it on") or the resident's
own telling (「自分で伝えます」) is a no, and a question about it (「伝えるの？」) is never consent: it is answered and the
consent asked again (found by a tester: every such request got "I couldn't read that as an answer")."""
import pytest
from sqlalchemy import select

from storage.models import Referral
from tests.booking_helpers import active_bookings, add_slot, to_the_consent_question
from tests.places_support import seed_directory, set_clock, to_the_referral_question
from tests.support import move_clock_to

pytestmark = pytest.mark.wordings  # the parameters are words typed: CI's PostgreSQL pass runs the first

TUESDAY_MORNING = "2026-12-08T10:00:00+09:00"
CONSENT_JA = "伝えてもよいですか"
LANGS = ("ja", "en", "vi", "zh-Hans", "zh-Hant", "ko", "es", "pt-BR", "tl", "id", "th", "ne", "my")


def _tap_trigger(resident, trigger: str) -> None:
    items = resident.last_messages[-1]["quickReply"]["items"]
    resident.postback(next(i["action"]["data"] for i in items if i["action"].get("data", "").startswith(f"t={trigger}&")))


def _at_the_consent_in(runtime, new_resident, fake_line, lang: str):
    """A resident whose LINE speaks *lang*, brought to the visit's consent question by the buttons."""
    move_clock_to(TUESDAY_MORNING)
    add_slot(runtime, 3, hour=10, languages=LANGS)
    resident = new_resident()
    fake_line.state.languages[resident.user] = lang
    resident.follow()
    _tap_trigger(resident, "menu")
    _tap_trigger(resident, "visit")
    resident.tap(resident.buttons()[0])  # the earliest slot
    resident.tap(resident.buttons()[0])  # the first place
    assert any(i["action"].get("data", "").startswith("t=consent&") for i in
               resident.last_messages[-1]["quickReply"]["items"]), resident.texts()
    return resident


@pytest.mark.parametrize("request_words", ["伝えてください", "伝えといて", "言っておいてください", "相談員さんに話しといてください",
                                           "全部共有しておいてください", "伝えてもろてええよ", "じゃあ伝えて",
                                           "伝えといてもらえると助かります", "言うといてや"])
def test_a_resident_who_asks_that_it_be_passed_on_books_with_the_summary_shared(runtime, resident, request_words):
    move_clock_to(TUESDAY_MORNING)
    to_the_consent_question(runtime, resident)
    said = resident.texts(resident.say(request_words))
    assert "予約できました" in said and "読み取れませんでした" not in said, said
    [booking] = active_bookings(runtime)
    assert booking.consent_to_share


@pytest.mark.parametrize("refusal", ["言わないで", "伝えてほしくない", "伝えないでください", "相談員には内緒にしてください",
                                     "自分で伝えます", "当日自分から話すので大丈夫"])
def test_a_resident_who_asks_that_it_not_be_passed_on_books_without_sharing(runtime, resident, refusal):
    move_clock_to(TUESDAY_MORNING)
    to_the_consent_question(runtime, resident)
    said = resident.texts(resident.say(refusal))
    assert "予約できました" in said, said
    [booking] = active_bookings(runtime)
    assert not booking.consent_to_share


def test_a_resident_who_asks_whether_it_is_passed_on_is_answered_and_asked_again(runtime, resident):
    move_clock_to(TUESDAY_MORNING)
    to_the_consent_question(runtime, resident)
    said = resident.texts(resident.say("伝えるの？"))
    assert not active_bookings(runtime)
    assert "読むのは、一緒に行く相談員だけです" in said and CONSENT_JA in said, said
    resident.say("じゃあ伝えといてください")
    [booking] = active_bookings(runtime)
    assert booking.consent_to_share


@pytest.mark.parametrize("lang, request_words", [
    ("en", "please tell them"), ("en", "pass it on"), ("en", "ok let them know"), ("vi", "nói với họ giúp tôi"),
    ("zh-Hans", "请转告他们"), ("zh-Hant", "請幫我轉達"), ("ko", "전해 주세요"), ("es", "dígaselo por favor"),
    ("pt-BR", "pode passar para eles"), ("tl", "pakisabi na lang po"), ("id", "tolong sampaikan"), ("th", "ฝากบอกเขาด้วย"),
    ("en", "sure, feel free to share"), ("es", "sí, puedes decírselo"), ("pt-BR", "pode falar pra eles"), ("ko", "전달 부탁드려요"),
    ("id", "silakan disampaikan"), ("tl", "sige, ipaalam niyo sa kanila"),
])
def test_a_request_to_pass_it_on_in_each_language_is_consent(runtime, new_resident, fake_line, lang, request_words):
    resident = _at_the_consent_in(runtime, new_resident, fake_line, lang)
    resident.say(request_words)
    [booking] = active_bookings(runtime)
    assert booking.consent_to_share, request_words


@pytest.mark.parametrize("lang, words", [
    ("en", "don't pass it on"), ("en", "please don't tell them"), ("en", "I'll tell them in person"), ("es", "no se lo digan"),
    ("vi", "đừng chia sẻ"),
    ("zh-Hans", "别告诉他们"), ("zh-Hans", "别跟他们说"), ("ko", "전하지 마세요"), ("pt-BR", "não compartilhe"),
])
def test_a_request_not_to_pass_it_on_in_each_language_is_no_consent(runtime, new_resident, fake_line, lang, words):
    resident = _at_the_consent_in(runtime, new_resident, fake_line, lang)
    resident.say(words)
    [booking] = active_bookings(runtime)
    assert not booking.consent_to_share, words


@pytest.mark.parametrize("lang, question", [("en", "will you tell them?"), ("es", "¿se lo van a decir?")])
def test_a_question_about_passing_it_on_is_no_consent_in_other_languages_either(runtime, new_resident, fake_line, lang,
                                                                                question):
    resident = _at_the_consent_in(runtime, new_resident, fake_line, lang)
    resident.say(question)
    assert not active_bookings(runtime)


def _to_the_referral_consent(runtime, resident):
    seed_directory(runtime)
    set_clock("2026-11-24 11:00")
    to_the_referral_question(resident)
    resident.tap("ハローワーク")
    assert "伝えてOK" in resident.buttons()


def _referrals(runtime):
    with runtime.db.session() as session:
        return [r.consent for r in session.scalars(select(Referral))]


@pytest.mark.parametrize("words, consent", [("伝えてください", "share"), ("相談員さんから言っといて", "share"),
                                            ("伝えないでください", "self"), ("言わないで", "self"),
                                            ("自分で連絡します", "self")])
def test_at_a_referral_a_typed_request_chooses_how_it_is_passed_on(runtime, resident, words, consent):
    _to_the_referral_consent(runtime, resident)
    resident.say(words)
    assert _referrals(runtime) == [consent]
    assert "0120-000-201" in resident.texts()


def test_at_a_referral_a_question_about_passing_it_on_records_nothing(runtime, resident):
    _to_the_referral_consent(runtime, resident)
    resident.say("伝えるの？")
    assert _referrals(runtime) == []
    assert "伝えてOK" in resident.buttons()
