"""Staff pages show codes (household, area, destination, language, role) by their Japanese names, never raw."""
from icalendar import Calendar
from sqlalchemy import select

from storage.models import Booking, Conversation
from tests.booking_helpers import active_bookings, add_slot
from tests.console_fixtures import sign_in

SUMMARY = {"topics": ["housing"], "crisis": [], "household": "alone", "area": "north", "words": []}


def _book(resident, destination="福祉事務所"):
    resident.follow()
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    resident.tap(resident.buttons()[0])
    resident.tap(destination)
    resident.tap("伝えてよい")
    assert "予約できました" in resident.texts()


def _summaries_as_codes_and_no_typed_destination(runtime):
    with runtime.db.session() as session:
        for conv in session.scalars(select(Conversation)):
            conv.data = {**(conv.data or {}), "summary": dict(SUMMARY)}
        for booking in session.scalars(select(Booking)):
            booking.destination_text = None  # the resident tapped the button: only the id is kept


def test_the_bookings_page_shows_household_and_area_as_the_conversation_page_does(counselor_client, runtime, resident):
    client, _csrf = counselor_client
    add_slot(runtime, 3)
    _book(resident)
    _summaries_as_codes_and_no_typed_destination(runtime)
    html = client.get("/console/bookings").get_data(as_text=True)
    assert "世帯：ひとり" in html and "地域：北部" in html
    assert "alone" not in html and "north" not in html


def test_the_resident_page_and_the_ics_name_the_destination_and_language_in_japanese(
        counselor_client, runtime, resident):
    client, _csrf = counselor_client
    add_slot(runtime, 3)
    _book(resident)
    _summaries_as_codes_and_no_typed_destination(runtime)
    [booking] = active_bookings(runtime)
    page = client.get(f"/console/r/{booking.resident_id}").get_data(as_text=True)
    assert "行き先：福祉事務所" in page and "行き先：welfare" not in page
    [event] = Calendar.from_ical(client.get(f"/console/bookings/{booking.id}.ics").get_data()).walk("VEVENT")
    assert "言語: 日本語" in str(event["DESCRIPTION"]) and "言語: ja" not in str(event["DESCRIPTION"])


def test_a_refused_page_names_the_role_in_japanese(app, make_staff):
    make_staff("ed", "editor")
    make_staff("sato", "counselor")
    editor, counselor = app.test_client(), app.test_client()
    sign_in(editor, "ed")
    sign_in(counselor, "sato")
    for client, path, role in ((editor, "/console/denied", "編集者"), (counselor, "/admin/places", "相談員"),
                               (editor, "/console/bookings", "編集者")):
        resp = client.get(path)
        html = resp.get_data(as_text=True)
        assert resp.status_code == 403 and f"{role}の権限では" in html, (path, html)
        assert "editor の権限" not in html and "counselor の権限" not in html
