"""Yes and no in dialect and in polite forms — Kansai 「ええで」「かまへん」「せやな」「ちゃうちゃう」, Vietnamese "dạ có",
Tagalog "hindi naman po" — are heard wherever the bot asks a yes / no question, and a no followed by what the
resident needs ("no, I just need a job") is a no and that need. Found by a tester whose bot looped on them."""
import pytest
from sqlalchemy import select

from storage.models import Conversation
from tests.booking_helpers import active_bookings, add_slot
from tests.support import move_clock_to

pytestmark = pytest.mark.wordings  # the parameters are words typed: CI's PostgreSQL pass runs the first

TUESDAY_MORNING = "2026-12-08T10:00:00+09:00"
CRISIS_LINE = "0120-279-338"
SAFETY_QUESTIONS = {
    "ja": "死にたいほどつらい気持ち", "vi": "đau khổ đến mức muốn chết", "tl": "gusto mo nang mamatay",
    "en": "want to die?", "es": "quieres morir",
}
THANKED = {
    "ja": "答えてくださってありがとうございます", "vi": "Cảm ơn bạn đã trả lời", "tl": "Salamat sa pagsagot",
    "en": "Thank you for answering", "es": "Gracias por responder",
}
CRIES = {"ja": "助けて", "vi": "giúp tôi với", "tl": "tulong po", "en": "Please help me, I don't know what to do anymore",
         "es": "ayúdenme"}


def conversation(runtime) -> Conversation:
    with runtime.db.session() as s:
        return s.scalars(select(Conversation).order_by(Conversation.id.desc())).first()


def at_the_safety_question(resident, fake_line, lang: str) -> None:
    move_clock_to(TUESDAY_MORNING)
    fake_line.state.languages[resident.user] = lang
    resident.follow()
    assert SAFETY_QUESTIONS[lang] in resident.texts(resident.say(CRIES[lang]))


@pytest.mark.parametrize("lang, answer", [("ja", "せやな"), ("ja", "そうや"), ("ja", "んだ"), ("vi", "dạ có"),
                                          ("tl", "oo naman po")])
def test_a_resident_who_answers_yes_in_dialect_or_politely_to_the_safety_question_gets_the_crisis_answer(
        resident, fake_line, runtime, lang, answer):
    at_the_safety_question(resident, fake_line, lang)
    said = resident.texts(resident.say(answer))
    assert CRISIS_LINE in said and SAFETY_QUESTIONS[lang] not in said
    assert conversation(runtime).crisis == ["suicide"]


@pytest.mark.parametrize("lang, answer", [("ja", "ちゃうちゃう"), ("ja", "ちゃいます"), ("ja", "死にたいとまでは思ってない"),
                                          ("tl", "hindi naman po"), ("vi", "dạ không phải ạ")])
def test_a_resident_who_answers_no_in_dialect_or_politely_to_the_safety_question_is_thanked_not_asked_again(
        resident, fake_line, runtime, lang, answer):
    at_the_safety_question(resident, fake_line, lang)
    said = resident.texts(resident.say(answer))
    assert THANKED[lang] in said and SAFETY_QUESTIONS[lang] not in said and CRISIS_LINE not in said
    assert not conversation(runtime).crisis


@pytest.mark.parametrize("lang, answer, topic", [("en", "no, I just need a job", "Work"),
                                                 ("es", "no, solo necesito trabajo", "Trabajo")])
def test_a_no_followed_by_what_the_resident_needs_is_a_no_and_that_need(resident, fake_line, runtime, lang, answer,
                                                                        topic):
    at_the_safety_question(resident, fake_line, lang)
    said = resident.texts(resident.say(answer))
    assert THANKED[lang] in said and topic in said and SAFETY_QUESTIONS[lang] not in said
    conv = conversation(runtime)
    assert not conv.crisis and conv.topics == ["work"] and conv.state == "topics"


def test_wanting_to_die_is_not_read_as_a_no_when_it_follows_one(resident, fake_line, runtime):
    """A guard (it passed before): the no said first never hides a crisis that follows it."""
    at_the_safety_question(resident, fake_line, "en")
    assert CRISIS_LINE in resident.texts(resident.say("no, I want to die"))


def _booked(runtime, resident) -> None:
    move_clock_to(TUESDAY_MORNING)
    for day in (1, 2, 3):
        add_slot(runtime, day, 10, capacity=5)
    resident.follow()
    resident.say("同行支援をお願いしたいです")
    resident.tap(resident.buttons()[0])
    resident.tap("ハローワーク")


@pytest.mark.parametrize("answer", ["ええで", "ええよ", "かまへん", "せやな", "ええで言うてるやん"])
def test_a_resident_who_says_eede_to_the_cancel_question_has_the_visit_cancelled(runtime, resident, answer):
    _booked(runtime, resident)
    resident.tap("伝えてよい")
    assert "キャンセルしますか" in resident.texts(resident.say("キャンセルしたい"))
    assert "キャンセルしました" in resident.texts(resident.say(answer))
    assert active_bookings(runtime) == []


@pytest.mark.parametrize("answer", ["ちゃう", "あかん", "いらん"])
def test_a_resident_who_says_chau_to_the_cancel_question_keeps_the_visit(runtime, resident, answer):
    _booked(runtime, resident)
    resident.tap("伝えてよい")
    resident.say("キャンセルしたい")
    said = resident.texts(resident.say(answer))
    assert "キャンセルしました" not in said and "まだキャンセルしていません" not in said
    assert len(active_bookings(runtime)) == 1


@pytest.mark.parametrize("answer", ["ええで", "ええよ", "かまへん", "構いません"])
def test_a_resident_who_says_kamahen_to_the_consent_question_books_with_consent(runtime, resident, answer):
    _booked(runtime, resident)
    assert "予約できました" in resident.texts(resident.say(answer))
    [booking] = active_bookings(runtime)
    assert booking.consent_to_share


@pytest.mark.parametrize("answer", ["せやな", "ええよ", "おう", "うっす"])
def test_a_resident_who_says_seyana_at_the_topics_step_goes_on_to_the_follow_up_questions(resident, answer):
    move_clock_to(TUESDAY_MORNING)
    resident.follow()
    resident.say("仕事をクビになってお金がありません")
    said = resident.texts(resident.say(answer))
    assert "急がなくて大丈夫です" not in said and "収入はありますか" in said


@pytest.mark.parametrize("lang, text, intent", [
    ("ko", "아뇨 괜찮아요", "no"), ("id", "iya kak", "yes"), ("id", "nggak kok", "no"),
    ("pt", "sim claro", "yes"), ("pt", "claro que não", "no"), ("es", "claro que no", "no"), ("th", "ไม่ใช่ค่ะ", "no"),
    ("th", "ใช่แล้วครับ", "yes"), ("zh", "没有啦", "no"), ("zh", "对对", "yes"), ("en", "nah mate", "no"),
    ("en", "yeah sure", "yes"),
])
def test_polite_and_casual_yes_and_no_in_each_language_are_read(classify, lang, text, intent):
    assert intent in classify(text, lang).intents, text


@pytest.mark.parametrize("lang, text, intent", [
    ("ja", "ええでしょう", None), ("ja", "しちゃう", None), ("ja", "いいです", "yes"), ("ja", "大丈夫です", "fine"),
    ("ko", "괜찮아요", "no"), ("ja", "いや、まあ", None),
])
def test_lookalikes_of_the_new_forms_keep_their_old_reading(classify, lang, text, intent):
    """Guards (they passed before): ええ inside 「ええでしょう」, ちゃう ending 「しちゃう」, a hedge 「いや、まあ」 are no answer;
    「いいです」 stays a yes, 「大丈夫です」 a fine, 괜찮아요 a no thanks."""
    intents = set(classify(text, lang).intents) & {"yes", "no", "fine"}
    assert (intent in intents) if intent else not intents & {"yes", "no"}, (text, intents)
