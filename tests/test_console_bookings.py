"""/console/bookings: counselors see the visits ahead (the summary only with consent), .ics, and cancel one."""
from zoneinfo import ZoneInfo

from icalendar import Calendar
from sqlalchemy import select

from storage.models import Booking, Conversation, ScheduledJob
from tests.booking_helpers import active_bookings, add_slot
from tests.console_fixtures import sign_in

SUMMARY = {"topics": ["housing", "money"], "crisis": [], "household": "ひとり暮らし", "area": "北区",
           "words": ["家賃が払えない"]}


def _book(resident, destination="ハローワーク", consent="伝えてよい"):
    resident.follow()
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    resident.tap(resident.buttons()[0])
    resident.tap(destination)
    resident.tap(consent)
    assert "予約できました" in resident.texts()


def _give_every_conversation_an_intake_summary(runtime):
    with runtime.db.session() as session:
        for conv in session.scalars(select(Conversation)):
            conv.data = {**(conv.data or {}), "summary": dict(SUMMARY)}


def test_counselors_see_upcoming_visits_with_the_summary_only_when_the_resident_agreed(
        counselor_client, runtime, resident, new_resident):
    client, _csrf = counselor_client
    add_slot(runtime, 3, capacity=3, place="市役所 1階ロビー", counselor="佐藤")
    _book(resident)
    other = new_resident()
    _book(other, destination="病院", consent="伝えないで")
    _give_every_conversation_an_intake_summary(runtime)
    page = client.get("/console/bookings")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert html.count('data-testid="booking-row"') == 2 and "市役所 1階ロビー" in html
    assert "ハローワーク" in html and "病院" in html
    # the summary appears exactly once: for the resident who agreed
    assert html.count("ひとり暮らし") == 1 and html.count("住まい") == 1
    assert html.count('data-testid="no-consent"') == 1
    first, second = active_bookings(runtime)
    consenting = html.split(f'data-booking="{first.id}"')[1].split("</tr>")[0]
    assert "ひとり暮らし" in consenting and f"/console/c/{first.conversation_id}" in consenting
    refusing = html.split(f'data-booking="{second.id}"')[1].split("</tr>")[0]
    assert "ひとり暮らし" not in refusing and "共有に同意していません" in refusing
    assert f"/console/c/{second.conversation_id}" not in refusing
    assert f"/console/bookings/{first.id}.ics" in html and 'href="/console/bookings.ics"' in html


def test_the_ics_links_give_valid_calendars_to_a_signed_in_counselor_only(counselor_client, app, runtime, resident):
    client, _csrf = counselor_client
    add_slot(runtime, 3)
    _book(resident)
    [booking] = active_bookings(runtime)
    one = client.get(f"/console/bookings/{booking.id}.ics")
    assert one.status_code == 200 and one.mimetype == "text/calendar"
    [event] = Calendar.from_ical(one.get_data()).walk("VEVENT")
    assert "ハローワーク" in str(event["SUMMARY"]) and str(event["STATUS"]) == "CONFIRMED"
    assert len(Calendar.from_ical(client.get("/console/bookings.ics").get_data()).walk("VEVENT")) == 1
    assert client.get("/console/bookings/99999.ics").status_code == 404
    stranger = app.test_client()
    assert stranger.get(f"/console/bookings/{booking.id}.ics").status_code == 302  # to the sign-in page


def test_a_counselor_cancels_a_visit_and_the_resident_is_told_at_once(counselor_client, runtime, resident):
    client, csrf = counselor_client
    add_slot(runtime, 3)
    add_slot(runtime, 6, place="別の日の場所")
    _book(resident)
    [booking] = active_bookings(runtime)
    assert client.post(f"/console/bookings/{booking.id}/cancel", data={"reason": "急用"}).status_code == 400  # no CSRF
    assert [b.id for b in active_bookings(runtime)] == [booking.id]
    resp = client.post(f"/console/bookings/{booking.id}/cancel", data={"csrf_token": csrf, "reason": "急用"},
                       follow_redirects=True)
    html = resp.get_data(as_text=True)
    assert "予約を取り消しました" in html and 'data-testid="no-bookings"' in html
    runtime.drain()
    told = resident.texts(resident.wait())
    assert "こちらの都合で行けなくなりました" in told and "別の日の場所" in told
    with runtime.db.session() as session:
        row = session.get(Booking, booking.id)
        assert (row.status, row.cancelled_by, row.cancel_reason) == ("cancelled", "staff", "急用")
        notice = session.scalars(select(ScheduledJob).where(
            ScheduledJob.dedupe_key == f"booking:{booking.id}:staff_cancel")).one()
        assert notice.status == "done"
    again = client.post(f"/console/bookings/{booking.id}/cancel", data={"csrf_token": csrf}, follow_redirects=True)
    assert "すでに取り消されています" in again.get_data(as_text=True)
    missing = client.post("/console/bookings/4242/cancel", data={"csrf_token": csrf}, follow_redirects=True)
    assert "その予約は見つかりません" in missing.get_data(as_text=True)


def test_editors_cannot_see_or_cancel_bookings_and_the_header_links_each_role_to_its_pages(
        app, runtime, make_staff, counselor_client, resident):
    add_slot(runtime, 3)
    _book(resident)
    [booking] = active_bookings(runtime)
    make_staff("ed", "editor")
    editor = app.test_client()
    csrf = sign_in(editor, "ed")
    for path in ("/console/bookings", "/console/bookings.ics", f"/console/bookings/{booking.id}.ics"):
        assert editor.get(path).status_code == 403, path
    assert editor.post(f"/console/bookings/{booking.id}/cancel", data={"csrf_token": csrf}).status_code == 403
    assert [b.id for b in active_bookings(runtime)] == [booking.id]
    assert 'data-testid="nav-bookings"' not in editor.get("/admin/slots").get_data(as_text=True)
    counselor, _ = counselor_client
    queue = counselor.get("/console/").get_data(as_text=True)
    assert 'data-testid="nav-bookings"' in queue and 'href="/console/bookings"' in queue
    make_staff("boss", "admin")
    admin = app.test_client()
    sign_in(admin, "boss")
    nav = admin.get("/console/bookings").get_data(as_text=True)
    assert all(f'data-testid="nav-{x}"' in nav for x in ("queue", "bookings", "admin"))


def test_the_conversation_summary_shows_the_visit_booked_in_it(counselor_client, runtime, resident):
    """A resident books a visit in the conversation: its intake card says when, where to (staff label) and
    that it is booked — not 「—」 — and says it was cancelled once it is."""
    client, csrf = counselor_client
    add_slot(runtime, 3, capacity=3, place="市役所 1階ロビー", counselor="佐藤")
    _book(resident)
    [booking] = active_bookings(runtime)
    page = client.get(f"/console/c/{booking.conversation_id}").get_data(as_text=True)
    card = page[page.index('data-testid="summary-visit"'):]
    card = card[:card.index("</dd>")]
    assert 'data-testid="summary-booking"' in card and "ハローワーク" in card and "予約中" in card
    with runtime.db.session() as session:
        starts = session.get(Booking, booking.id).slot.starts_at.astimezone(ZoneInfo(runtime.settings.tz))
    assert "市役所 1階ロビー" in card and starts.strftime("%m/%d") in card and starts.strftime("%H:%M") in card
    client.post(f"/console/bookings/{booking.id}/cancel", data={"csrf_token": csrf, "reason": "担当者の都合"})
    page = client.get(f"/console/c/{booking.conversation_id}").get_data(as_text=True)
    card = page[page.index('data-testid="summary-visit"'):]
    assert "取り消し" in card[:card.index("</dd>")]
