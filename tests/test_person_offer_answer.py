"""A typed yes or no right after "a counselor can answer that — shall I connect you?" answers that offer, not the
step's own question: at the consent question of a booking, 「うん」 after the offer connects a counselor and gives no
consent to share; 「いいえ」 leaves the consent question open (found by a tester: 「うん」 booked the visit with consent)."""
from tests.booking_helpers import active_bookings, add_slot

OFFER = "相談員がお答えできます"


def _at_consent(runtime, resident) -> None:
    add_slot(runtime, 3, hour=10)
    resident.follow()
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    resident.tap(resident.buttons()[0])
    resident.tap("ハローワーク")
    assert "伝えてもよいですか" in resident.texts()


def _at_consent_then_a_question(runtime, resident) -> None:
    _at_consent(runtime, resident)
    assert OFFER in resident.texts(resident.say("友達もついてきていいですか"))


def test_yes_to_the_counselor_offer_at_the_consent_question_connects_a_person_and_shares_nothing(runtime, resident):
    _at_consent_then_a_question(runtime, resident)
    said = resident.texts(resident.say("うん"))
    assert "予約できました" not in said and not active_bookings(runtime), said
    assert "相談員" in said


def test_no_to_the_counselor_offer_leaves_the_consent_question_open(runtime, resident):
    _at_consent_then_a_question(runtime, resident)
    said = resident.texts(resident.say("いいえ"))
    assert "予約できました" not in said and not active_bookings(runtime), said
    assert "伝えてよい" in resident.buttons()


def test_a_yes_to_the_step_itself_without_an_offer_is_still_the_steps_answer(runtime, resident):
    _at_consent(runtime, resident)
    said = resident.texts(resident.say("はい"))
    assert "予約できました" in said
