"""At the step that asks consent to share the summary with the counselor who goes along, a question of the resident's
own is never the consent (「子ども連れて行ってもいい？」 holds いい and had booked the visit with the summary shared):
it is heard, a question about the sharing itself is answered, and the consent is asked again — never "I couldn't
read that as an answer". Found by playing residents (session 22)."""
from tests.booking_helpers import active_bookings, add_slot, to_the_consent_question

CONSENT_JA = "伝えてもよいですか"


def _tap_trigger(resident, trigger: str) -> None:
    """Press the quick reply that fires *trigger*, whatever its label in the resident's language."""
    items = resident.last_messages[-1]["quickReply"]["items"]
    resident.postback(next(i["action"]["data"] for i in items if i["action"].get("data", "").startswith(f"t={trigger}&")))


def _to_consent_in(runtime, new_resident, fake_line, line_lang: str, consent_words: str):
    add_slot(runtime, 3, hour=10, languages=("ja", "en", "vi"))
    resident = new_resident()
    fake_line.state.languages[resident.user] = line_lang
    resident.follow()
    _tap_trigger(resident, "menu")
    _tap_trigger(resident, "visit")
    resident.tap(resident.buttons()[0])  # the earliest slot
    resident.tap(resident.buttons()[0])  # the first place
    assert consent_words in resident.texts()
    return resident


def test_a_question_about_bringing_a_child_at_the_consent_step_books_nothing_and_asks_again(runtime, resident):
    to_the_consent_question(runtime, resident)
    resident.say("むすこもいっしょに行って大丈夫ですか？")
    text = resident.texts()
    assert not active_bookings(runtime)
    assert "予約できました" not in text and "読み取れませんでした" not in text
    assert CONSENT_JA in text and "相談員" in text
    resident.tap("伝えてよい")
    [booking] = active_bookings(runtime)
    assert booking.consent_to_share


def test_may_i_decide_later_or_must_i_share_is_no_consent_either_way(runtime, resident):
    to_the_consent_question(runtime, resident)
    for question in ("これって今きめないとダメ？", "伝えないとまずいですか？"):
        resident.say(question)
        assert not active_bookings(runtime)
        assert CONSENT_JA in resident.texts()
    resident.say("いいえ、伝えないでください")
    [booking] = active_bookings(runtime)
    assert not booking.consent_to_share


def test_who_would_learn_of_it_is_answered_and_the_consent_asked_again(runtime, resident):
    to_the_consent_question(runtime, resident)
    resident.say("これ母にも知られたりしますか？")
    text = resident.texts()
    assert "読むのは、一緒に行く相談員だけです" in text
    assert CONSENT_JA in text and "読み取れませんでした" not in text
    assert not active_bookings(runtime)
    resident.say("はい、お願いします")
    [booking] = active_bookings(runtime)
    assert booking.consent_to_share


def test_in_english_a_question_with_yes_in_it_is_no_consent_and_who_reads_is_answered(runtime, new_resident, fake_line):
    resident = _to_consent_in(runtime, new_resident, fake_line, "en", "share")
    resident.say("yes but can my employer see this?")
    text = resident.texts()
    assert "Only the counselor going with you reads it" in text
    assert not active_bookings(runtime)
    resident.say("ok is it fine if I come with my sister?")
    assert not active_bookings(runtime) and "couldn't" not in resident.texts().lower()
    resident.say("yes")
    [booking] = active_bookings(runtime)
    assert booking.consent_to_share


def test_in_vietnamese_who_reads_it_is_answered_before_any_consent(runtime, new_resident, fake_line):
    resident = _to_consent_in(runtime, new_resident, fake_line, "vi", "chia sẻ")
    resident.say("được, nhưng công ty em có biết không?")
    assert "Chỉ nhân viên tư vấn đi cùng bạn mới đọc" in resident.texts()
    assert not active_bookings(runtime)


def test_deleting_ones_data_is_never_confirmed_by_a_question(runtime, resident):
    resident.follow()
    resident.say("私のデータを消してほしい")
    before = resident.texts()
    resident.say("消したら予約もなくなるんですか？")
    from sqlalchemy import select

    from storage.models import DataRequest
    with runtime.db.session() as session:
        assert session.scalars(select(DataRequest)).all() == [], before
