"""Where the bot asks consent to pass the resident's words on, a request put politely as a question — 「伝えてもらえますか？」
「伝えてくれますか」「伝えておいてもらえる？」 "could you tell them?" "¿se lo puedes decir?" — asks for it: it is consent (found
by a tester: each got "a counselor can answer that question" and the consent again). A question about whether, what or
who (「伝えるの？」「伝えてくれるの？」「誰に伝わるの？」 "will you tell them?" "will my boss see this?") still is never consent.

At a referral the question asks whether a counselor may tell the agency (「相談員から「…」に、あなたの相談のことを伝えても
よいですか」 "May a counselor tell … what you are consulting about?", in every catalog), so a plain yes (「はい」「うん」
「お願いします」 "yes please") chooses the first button, passing it on, and a plain no contacting it oneself; anything
unclear is answered with the choice again under its buttons (found by a tester: 「はい」 got "noted" and the question)."""
import pytest
from sqlalchemy import select

from dialogs.catalog import Catalog
from storage.models import Referral
from tests.booking_helpers import active_bookings, to_the_consent_question
from tests.places_support import seed_directory, set_clock
from tests.support import move_clock_to
from tests.test_consent_asked_as_a_request import _at_the_consent_in, _tap_trigger, _to_the_referral_consent

pytestmark = pytest.mark.wordings  # the parameters are words typed: CI's PostgreSQL pass runs the first

TUESDAY_MORNING = "2026-12-08T10:00:00+09:00"
CONSENT_JA = "伝えてもよいですか"
LANGS = ("ja", "ja-easy", "en", "vi", "zh-Hans", "zh-Hant", "ko", "es", "pt-BR", "tl", "id", "th", "ne", "my")


@pytest.mark.parametrize("request_words", ["伝えてもらえますか？", "伝えてくれますか", "伝えておいてもらえる？",
                                           "相談員さんに言っといてもらえませんか", "共有しておいていただけますか？",
                                           "伝えといてくれへん？", "伝えてもらうことってできますか？", "伝えていただけますか",
                                           "伝えてくれたりする？"])
def test_a_resident_who_asks_politely_that_it_be_passed_on_books_with_the_summary_shared(runtime, resident,
                                                                                        request_words):
    move_clock_to(TUESDAY_MORNING)
    to_the_consent_question(runtime, resident)
    said = resident.texts(resident.say(request_words))
    assert "予約できました" in said and "相談員がお答えできます" not in said, said
    [booking] = active_bookings(runtime)
    assert booking.consent_to_share


@pytest.mark.parametrize("question", ["伝えるの？", "誰に伝わるの？", "伝えてくれるの？", "会社に伝えてもらえるんですか？",
                                      "伝えなくても予約できますか？"])
def test_a_question_whether_or_to_whom_it_is_passed_on_is_answered_and_no_consent(runtime, resident, question):
    move_clock_to(TUESDAY_MORNING)
    to_the_consent_question(runtime, resident)
    said = resident.texts(resident.say(question))
    assert not active_bookings(runtime)
    assert CONSENT_JA in said, said


def test_asking_politely_not_to_pass_it_on_is_no_consent(runtime, resident):
    move_clock_to(TUESDAY_MORNING)
    to_the_consent_question(runtime, resident)
    resident.say("伝えないでもらえますか？")
    [booking] = active_bookings(runtime)
    assert not booking.consent_to_share


@pytest.mark.parametrize("lang, request_words", [
    ("en", "could you tell them?"), ("en", "can you pass it on?"), ("en", "would you let them know please?"),
    ("es", "¿se lo puedes decir?"), ("es", "¿me haces el favor de decirle?"), ("pt-BR", "pode passar para eles?"),
    ("zh-Hans", "可以帮我转告吗？"), ("zh-Hant", "可以幫我轉達嗎？"), ("ko", "전해 주실 수 있어요?"),
    ("vi", "nói với họ giúp tôi được không?"), ("id", "bisa tolong disampaikan?"), ("th", "ช่วยบอกเขาได้ไหม"),
    ("tl", "pwede mo bang sabihin sa kanila?"), ("en", "would you mind passing it on?"), ("es", "¿les puedes avisar?"),
])
def test_a_request_put_as_a_question_is_consent_in_each_language(runtime, new_resident, fake_line, lang,
                                                                 request_words):
    resident = _at_the_consent_in(runtime, new_resident, fake_line, lang)
    resident.say(request_words)
    [booking] = active_bookings(runtime)
    assert booking.consent_to_share, request_words


@pytest.mark.parametrize("lang, question", [("en", "will my boss see this?"), ("en", "will you tell them?"),
                                            ("en", "who will you tell?"), ("en", "what will you tell them?"),
                                            ("es", "¿se lo van a decir?"),
                                            ("zh-Hans", "会告诉他们吗？")])
def test_a_question_about_it_in_other_languages_books_nothing(runtime, new_resident, fake_line, lang, question):
    resident = _at_the_consent_in(runtime, new_resident, fake_line, lang)
    resident.say(question)
    assert not active_bookings(runtime)


def _referrals(runtime):
    with runtime.db.session() as session:
        return [r.consent for r in session.scalars(select(Referral))]


@pytest.mark.parametrize("words, consent", [("はい", "share"), ("うん", "share"), ("お願いします", "share"),
                                            ("はい、お願いします", "share"), ("ええで", "share"),
                                            ("伝えてもらえますか？", "share"), ("いいえ", "self"), ("いや", "self"),
                                            ("結構です", "self")])
def test_at_a_referral_a_plain_yes_passes_it_on_and_a_plain_no_is_contacting_it_oneself(runtime, resident, words,
                                                                                      consent):
    _to_the_referral_consent(runtime, resident)
    said = resident.texts(resident.say(words))
    assert _referrals(runtime) == [consent]
    assert "0120-000-201" in said
    assert ("相談員から" in said) == (consent == "share"), said


@pytest.mark.parametrize("words", ["うーん", "どっちがいいのかな", "どっちでもいい", "まだ決められない", "🤔"])
def test_at_a_referral_anything_unclear_asks_the_choice_again_with_its_buttons(runtime, resident, words):
    _to_the_referral_consent(runtime, resident)
    said = resident.texts(resident.say(words))
    assert _referrals(runtime) == []
    assert said.strip(), "never silence"
    assert "伝えてOK" in resident.buttons() and "自分で連絡する" in resident.buttons()


@pytest.mark.parametrize("question", ["伝えるの？", "誰に伝わるの？", "家族にも伝わる？"])
def test_at_a_referral_a_question_about_what_or_to_whom_is_answered_and_the_choice_asked_again(runtime, resident,
                                                                                               question):
    _to_the_referral_consent(runtime, resident)
    said = resident.texts(resident.say(question))
    assert _referrals(runtime) == []
    assert "伝えるのは、あなたの相談のこと（お仕事、お金）だけです" in said and "伝えてもよいですか" in said, said
    assert "伝えてOK" in resident.buttons()


def _at_the_referral_consent_in(runtime, new_resident, fake_line, lang: str):
    """A resident whose LINE speaks *lang*, brought by the buttons to the consent of a referral to the first agency."""
    seed_directory(runtime)
    set_clock("2026-11-24 11:00")
    resident = new_resident()
    fake_line.state.languages[resident.user] = lang
    resident.follow()
    _tap_trigger(resident, "menu")
    _tap_trigger(resident, "referral")
    _tap_trigger(resident, "pick")
    assert any(i["action"].get("data", "").startswith("t=share&") for i in
               resident.last_messages[-1]["quickReply"]["items"]), resident.texts()
    return resident


@pytest.mark.parametrize("lang, words, consent", [
    ("en", "yes please", "share"), ("en", "yes", "share"), ("en", "no thanks", "self"), ("es", "sí", "share"),
    ("es", "no", "self"), ("pt-BR", "sim", "share"), ("vi", "vâng", "share"), ("zh-Hans", "好的", "share"),
    ("zh-Hans", "不用", "self"), ("ko", "네", "share"), ("tl", "oo", "share"), ("id", "ya", "share"),
    ("id", "tidak", "self"), ("en", "go ahead", "share"), ("en", "no, I'll call them", "self"),
])
def test_at_a_referral_a_plain_yes_or_no_reads_the_same_in_every_language(runtime, new_resident, fake_line, lang,
                                                                          words, consent):
    resident = _at_the_referral_consent_in(runtime, new_resident, fake_line, lang)
    resident.say(words)
    assert _referrals(runtime) == [consent], resident.texts()


@pytest.mark.parametrize("lang", LANGS)
def test_the_referral_consent_asks_whether_it_may_be_passed_on_in_every_catalog(lang):
    """A yes answers "may we pass it on?" only where that is what is asked: every catalog asks it as a yes / no question,
    its first button the yes."""
    first_line = Catalog.from_directory().text(lang, "referral.consent", agency="A", topics="T", days="7").split("\n")[0]
    assert "A" in first_line and first_line.rstrip().endswith(("?", "？", "か。", "ไหม", "လား။", "ですか。")), first_line
