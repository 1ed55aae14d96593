"""Asking for one more visit while one is booked starts a new booking in every language (「別の予約もしたい」 "another
appointment" 「quiero otra cita」 「다른 예약도 하고 싶어요」…) — the words were only known in Japanese and English, so the
others were shown the booked visit again; asking to move the visit to another time is not such a wish."""
import pytest
from sqlalchemy import select

from storage.models import Conversation
from tests.booking_helpers import active_bookings, add_slot, book_in_chat
from tests.companion_support import TUESDAY_AFTERNOON
from tests.test_hesitation import speaking

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

ANOTHER = [
    ("ja", "別の予約もしたいです"), ("ja-easy", "ほかの予約も したい"), ("en", "I'd like another appointment too"),
    ("zh-Hans", "我想再预约一次"), ("zh-Hant", "我還想再預約一次"), ("ko", "다른 예약도 하고 싶어요"),
    ("vi", "tôi muốn đặt thêm một lịch hẹn"), ("tl", "gusto ko ng isa pang appointment"),
    ("pt-BR", "quero mais um agendamento"), ("es", "quiero otra cita, por favor"), ("id", "saya mau janji temu lain"),
    ("ne", "अर्को बुकिङ गर्न चाहन्छु"), ("th", "อยากจองเพิ่มอีกหนึ่งนัด"), ("my", "နောက်တစ်ခု ချိန်းချင်ပါတယ်"),
]


def state(runtime) -> str:
    with runtime.db.session() as s:
        return s.scalars(select(Conversation).order_by(Conversation.id.desc())).first().state


@pytest.fixture
def booked(runtime, resident):
    from tests.support import move_clock_to
    move_clock_to(TUESDAY_AFTERNOON)
    add_slot(runtime, 2)
    add_slot(runtime, 3)
    book_in_chat(resident)
    assert len(active_bookings(runtime)) == 1
    return resident


@pytest.mark.parametrize("lang, words", ANOTHER)
def test_asking_for_another_visit_shows_the_free_times_in_every_language(runtime, booked, lang, words):
    speaking(runtime, booked, lang)
    booked.say(words)
    assert state(runtime) == "visit", f"{words!r} did not start a new booking"
    assert len(active_bookings(runtime)) == 1  # the booked visit stays as it is


@pytest.mark.parametrize("lang, words", [("es", "quiero cambiar a otra cita"), ("pt-BR", "quero remarcar para outro dia"),
                                         ("ko", "다른 예약으로 바꾸고 싶어요")])
def test_moving_the_visit_to_another_time_is_not_a_second_booking(runtime, booked, lang, words):
    speaking(runtime, booked, lang)
    booked.say(words)
    with runtime.db.session() as s:
        conv = s.scalars(select(Conversation).order_by(Conversation.id.desc())).first()
        assert not (conv.state == "visit" and not (conv.data or {}).get("visit", {}).get("moving"))


@pytest.mark.parametrize("words", ["quiero cambiar a otra cita", "¿puedo cambiar de cita?"])
def test_a_spanish_resident_who_asks_to_change_to_another_appointment_is_offered_to_move_the_visit(
        runtime, booked, words):
    speaking(runtime, booked, "es")
    booked.say(words)
    with runtime.db.session() as s:
        conv = s.scalars(select(Conversation).order_by(Conversation.id.desc())).first()
        assert (conv.data or {}).get("visit", {}).get("moving"), f"{words!r} did not offer to move the visit"
