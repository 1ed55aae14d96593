"""A resident books an accompanied visit in the chat, moves it and cancels it — through the real /callback."""
from datetime import timedelta

from sqlalchemy import select

from storage import clock
from storage.models import Conversation, ScheduledJob
from storage.models_booking import Booking
from tests.booking_helpers import active_bookings, add_slot, slot


def _to_menu(resident):
    resident.follow()
    resident.tap("できることを見る")


def test_a_resident_books_a_visit_from_the_menu_and_is_told_when_and_what_to_bring(runtime, resident):
    first = add_slot(runtime, 3, hour=10)
    add_slot(runtime, 4, hour=14)
    _to_menu(resident)
    resident.tap("一緒に行ってほしい")
    text = resident.texts()
    assert "相談員が一緒に行ける日です" in text
    assert "市役所 1階ロビー" in text
    labels = resident.buttons()
    assert labels[-1] != "ほかの日" and "ほかの日" in labels
    assert all(len(label) <= 20 for label in labels)
    resident.tap(labels[0])
    assert "どこへ一緒に行きたいですか" in resident.texts()
    resident.tap("ハローワーク")
    assert "履歴書" in resident.texts()
    assert "伝えてもよいですか" in resident.texts()
    resident.tap("伝えてよい")
    text = resident.texts()
    assert "予約できました" in text and "ハローワーク" in text and "佐藤" in text
    [booking] = active_bookings(runtime)
    assert booking.slot_id == first and booking.consent_to_share and booking.destination == "hellowork"
    assert slot(runtime, first).booked == 1
    with runtime.db.session() as session:
        keys = sorted(session.scalars(select(ScheduledJob.dedupe_key).where(ScheduledJob.status == "pending")))
    assert keys == [f"booking:{booking.id}:remind:day_before", f"booking:{booking.id}:remind:two_hours"]
