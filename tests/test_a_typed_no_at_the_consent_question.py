"""At the accompanied visit's consent question (may the summary be passed on?), a refusal typed in the resident's
own words is taken as no — plain, regional or softened (「だめだ」「いやや」「それはちょっと…」); words that answer
nothing there (a destination) are not thanked, and the question asked again is in the bubble (found by a tester).
Refusals in the other languages are read as no too."""
import pytest

from tests.booking_helpers import active_bookings, add_slot
from tests.support import move_clock_to

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

TUESDAY_MORNING = "2026-12-08T10:00:00+09:00"
CONSENT_QUESTION = "相談員に伝えてもよいですか"


def _at_the_consent_question(runtime, resident) -> None:
    move_clock_to(TUESDAY_MORNING)
    add_slot(runtime, 1, 10, capacity=5)
    resident.follow()
    resident.say("同行支援をお願いしたいです")
    resident.tap(resident.buttons()[0])
    assert CONSENT_QUESTION in resident.texts(resident.tap("ハローワーク"))


@pytest.mark.parametrize("refusal", ["だめだ", "いやや", "それはちょっと…", "ダメです", "嫌です", "無理です"])
def test_a_typed_refusal_books_without_sharing_the_summary(runtime, resident, refusal):
    _at_the_consent_question(runtime, resident)
    said = resident.texts(resident.say(refusal))
    assert "予約できました" in said and "ありがとうございます" not in said, said
    [booking] = active_bookings(runtime)
    assert not booking.consent_to_share


@pytest.mark.parametrize("words", ["役所の福祉課", "駅前で待ち合わせ"])
def test_words_that_answer_nothing_get_the_question_again_in_the_same_bubble_without_thanks(runtime, resident, words):
    _at_the_consent_question(runtime, resident)
    answer = resident.say(words)
    said = resident.texts(answer)
    assert "ありがとうございます" not in said, said
    assert CONSENT_QUESTION in answer[-1]["text"] and answer[-1]["text"] != CONSENT_QUESTION, answer
    again = resident.say(words)
    assert CONSENT_QUESTION in again[-1]["text"] and again[-1]["text"] != answer[-1]["text"], again
    assert not active_bookings(runtime)


@pytest.mark.parametrize("lang, text", [
    ("en", "please don't"), ("vi", "không được"), ("zh", "别"), ("ko", "안 돼요"), ("pt", "prefiro não"),
    ("es", "mejor no"), ("id", "jangan"), ("th", "ไม่ได้"),
])
def test_a_refusal_in_each_language_is_read_as_no(classify, lang, text):
    assert "no" in classify(text, lang).intents, text
