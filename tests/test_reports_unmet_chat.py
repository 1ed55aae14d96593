"""The booking dialog notes unmet needs for the reports: no slot in the resident's language, no slot at all."""
from sqlalchemy import select

from storage.models import Conversation
from tests.booking_helpers import add_slot


def _unmet(runtime) -> list:
    with runtime.db.session() as session:
        return session.scalars(select(Conversation)).one().data.get("unmet", [])


def _vietnamese_resident_asks_for_a_visit(runtime, resident):
    resident.follow()
    resident.tap("Language")
    resident.tap("Tiếng Việt")
    with runtime.db.session() as session:
        session.scalars(select(Conversation)).one().state = "outcome"
    resident.say("予約したい")


def test_slots_only_in_japanese_are_noted_as_no_slot_in_the_residents_language(runtime, resident):
    add_slot(runtime, 2, hour=10, languages=("ja",), place="日本語だけ")
    _vietnamese_resident_asks_for_a_visit(runtime, resident)
    assert "日本語だけ" in resident.texts()
    assert _unmet(runtime) == ["visit_language"]


def test_a_slot_in_the_language_notes_nothing(runtime, resident):
    add_slot(runtime, 2, hour=10, languages=("ja", "vi"), place="ベトナム語も")
    _vietnamese_resident_asks_for_a_visit(runtime, resident)
    assert _unmet(runtime) == []


def test_no_open_slot_at_all_is_noted_once(runtime, resident):
    _vietnamese_resident_asks_for_a_visit(runtime, resident)
    resident.say("予約したい")
    assert _unmet(runtime) == ["visit_none"]
