"""The staff pages and the kiosk on a phone (390 px) and a tablet (768 px): nothing wider than the screen, so
nobody scrolls sideways; the kiosk lets people zoom (issue 21, point 8)."""
import re

import pytest

from storage.models import Conversation
from tests.support import sign_in_browser

pytestmark = [pytest.mark.browser, pytest.mark.presentation]
PAGES = ["/console/", "/console/c/{cid}", "/console/conversations", "/console/conversations?q=家賃&status=waiting",
         "/console/r/{rid}", "/console/bookings", "/console/kiosks", "/console/requests",
         "/admin/slots", "/admin/places", "/admin/resources", "/admin/reports/", "/admin/dialogs", "/admin/dialogs/form/office", "/admin/dialogs/form/hotlines",
         "/admin/dialogs/form/canned", "/admin/dialogs/form/followups", "/admin/staff",
         "/admin/audit", "/admin/account/password"]


@pytest.mark.parametrize("width", [390, 768])
def test_no_staff_page_scrolls_sideways(live_server, browser, runtime, resident, make_staff, width):
    resident.say("仕事がなくなって家賃が払えません。子どもが2人います。人と話したい")
    with runtime.db.session() as session:
        waiting = session.query(Conversation).filter_by(status="waiting").one()
        cid, rid = waiting.id, waiting.resident_id
    make_staff("boss", "admin")
    context = browser.new_context(viewport={"width": width, "height": 844}, locale="ja-JP")
    try:
        page = context.new_page()
        sign_in_browser(page, live_server, "boss")
        too_wide = {}
        for path in PAGES:
            page.goto(live_server + path.format(cid=cid, rid=rid))
            page.wait_for_load_state("networkidle")
            wide = page.evaluate("document.documentElement.scrollWidth")
            if wide > width:
                too_wide[path] = wide
        assert too_wide == {}
    finally:
        context.close()


def test_the_kiosk_lets_people_zoom():
    from pathlib import Path

    template = (Path(__file__).resolve().parent.parent / "bot" / "templates" / "kiosk" / "base.html").read_text()
    viewport = re.search(r'<meta name="viewport" content="([^"]+)"', template).group(1)
    assert "user-scalable=no" not in viewport and "maximum-scale=1" not in viewport.replace(" ", "")


@pytest.mark.parametrize("size", [{"width": 390, "height": 844}, {"width": 768, "height": 1024},
                                  {"width": 1024, "height": 768}])
def test_the_kiosk_fits_its_screen_from_the_language_choice_to_a_conversation(live_server, browser, runtime, size):
    from bot.kiosk import devices as kiosk_devices

    context = browser.new_context(viewport=size, locale="ja-JP", has_touch=True)
    try:
        page = context.new_page()
        _device, code = kiosk_devices.create(runtime.db, "受付1", "sato")
        page.goto(f"{live_server}/kiosk")
        page.get_by_test_id("enroll-code").fill(code)
        page.get_by_test_id("enroll-submit").click()
        page.get_by_test_id("lang-screen").wait_for()
        page.wait_for_selector("body[data-ready='1']", state="attached")
        wide = [page.evaluate("document.documentElement.scrollWidth")]
        page.get_by_test_id("lang-screen").locator("button").first.click()
        page.wait_for_timeout(1500)
        wide.append(page.evaluate("document.documentElement.scrollWidth"))
        assert max(wide) <= size["width"], wide
    finally:
        context.close()


def test_live_messages_show_the_offices_time_whatever_the_browsers_time_zone(live_server, browser, runtime, resident,
                                                                           make_staff):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    resident.say("家賃が払えません。人と話したい")
    with runtime.db.session() as session:
        cid = session.query(Conversation).filter_by(status="waiting").one().id
    make_staff("sato")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP", timezone_id="America/New_York")
    try:
        page = context.new_page()
        sign_in_browser(page, live_server, "sato")
        page.goto(f"{live_server}/console/c/{cid}")
        page.wait_for_selector("body")
        resident.say("まだですか")  # arrives by the page's polling, its time written by console.js
        page.get_by_text("まだですか").wait_for(timeout=10000)
        with runtime.db.session() as session:
            from storage.models import Message
            last = session.query(Message).filter_by(conversation_id=cid, text="まだですか").one()
        expected = last.created_at.astimezone(ZoneInfo("Asia/Tokyo")).strftime("%m/%d %H:%M")
        shown = page.locator(".msg", has_text="まだですか").locator("time").first.inner_text()
        assert shown == expected, (shown, expected, datetime.now(ZoneInfo("America/New_York")))
    finally:
        context.close()
