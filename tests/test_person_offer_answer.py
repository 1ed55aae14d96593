"""At the consent question of a booking, a question of the resident's own (「友達もついてきていいですか」) is never the
consent, and the answer holds one question only: the way to a counselor is told ("tap 'talk to a person' any time"),
not asked, and the consent question follows — so a typed 「うん」 or 「いいえ」 after it answers the consent, which is
the only question on the screen (a tester had found 「うん」 booking the visit with consent when the answer asked both
"shall I connect you?" and the consent; session 22 made it one question). The person button still connects a person."""
from tests.booking_helpers import active_bookings, to_the_consent_question

OFFER = "相談員がお答えできます"


def _at_consent_then_a_question(runtime, resident) -> None:
    to_the_consent_question(runtime, resident)
    assert OFFER in resident.texts(resident.say("友達もついてきていいですか"))


def test_after_a_question_at_the_consent_step_the_way_to_a_person_is_told_and_the_consent_asked_alone(
        runtime, resident):
    to_the_consent_question(runtime, resident)
    said = resident.texts(resident.say("友達もついてきていいですか"))
    assert OFFER in said and "つなぎましょうか" not in said and "伝えてもよいですか" in said
    assert not active_bookings(runtime)
    assert resident.buttons()[0] == "人と話したい" and "伝えてよい" in resident.buttons()


def test_the_person_button_after_a_question_at_the_consent_step_connects_a_person_and_books_nothing(runtime, resident):
    _at_consent_then_a_question(runtime, resident)
    said = resident.texts(resident.tap("人と話したい"))
    assert "予約できました" not in said and not active_bookings(runtime), said
    assert "相談員" in said


def test_a_no_after_a_question_at_the_consent_step_books_the_visit_without_sharing(runtime, resident):
    _at_consent_then_a_question(runtime, resident)
    said = resident.texts(resident.say("いいえ"))
    [booking] = active_bookings(runtime)
    assert "予約できました" in said and not booking.consent_to_share


def test_a_yes_to_the_step_itself_without_an_offer_is_still_the_steps_answer(runtime, resident):
    to_the_consent_question(runtime, resident)
    said = resident.texts(resident.say("はい"))
    assert "予約できました" in said
