"""Helpers for the accompanied-visit tests: slots at known local times relative to now."""
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers import slot_publishing
from storage import clock
from storage.models import Booking, Slot

TZ = "Asia/Tokyo"


def local_day(days_ahead: int) -> datetime:
    """Midnight in the office time zone, *days_ahead* days from today."""
    today = clock.now().astimezone(ZoneInfo(TZ)).date()
    return datetime.combine(today + timedelta(days=days_ahead), time(0), ZoneInfo(TZ))


def add_slot(runtime, days_ahead: int, hour: int = 10, capacity: int = 1, languages=("ja",),
             interpreter: bool = False, place: str = "市役所 1階ロビー", counselor: str = "佐藤") -> int:
    """Publish a one-off two-hour slot; return its id."""
    start = local_day(days_ahead) + timedelta(hours=hour)
    with runtime.db.session() as session:
        slot = slot_publishing.publish_slot(session, {
            "starts_at": start, "ends_at": start + timedelta(hours=2), "meeting_point": place,
            "counselor": counselor, "languages": list(languages), "interpreter": interpreter,
            "capacity": capacity}, clock.now())
        return slot.id


def slot(runtime, slot_id: int) -> Slot:
    """A fresh copy of a slot."""
    with runtime.db.session() as session:
        return session.get(Slot, slot_id)


def active_bookings(runtime, slot_id: int | None = None) -> list[Booking]:
    """Bookings with status 'booked' (on one slot, or all)."""
    with runtime.db.session() as session:
        q = session.query(Booking).filter(Booking.status == "booked")
        if slot_id is not None:
            q = q.filter(Booking.slot_id == slot_id)
        return q.order_by(Booking.id).all()


def book_in_chat(resident, destination: str = "ハローワーク", share: str = "伝えてよい") -> None:
    """From a new chat: the menu, an accompanied visit, the earliest slot, *destination*, the sharing answer."""
    resident.follow()
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    resident.tap(resident.buttons()[0])
    resident.tap(destination)
    resident.tap(share)


def to_the_consent_question(runtime, resident) -> None:
    """A new chat brought to 「…伝えてもよいですか」: the menu, an accompanied visit, the earliest slot, Hello Work."""
    add_slot(runtime, 3, hour=10)
    resident.follow()
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    resident.tap(resident.buttons()[0])
    resident.tap("ハローワーク")
    assert "伝えてもよいですか" in resident.texts()
