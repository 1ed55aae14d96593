"""Headless Chromium: a resident photographs a notice in the simulator (through /callback and the fake LINE's
content API, as in production) and the counselor sees it on the conversation page — live, as a thumbnail that
opens a viewer with the mouse or the keyboard and closes with Esc; the page stays free of serious axe problems."""
import pytest

from storage.models import Attachment, Conversation
from tests.console_fixtures import open_office
from tests.support import sign_in_browser, wait_until
from tests.test_accessibility import axe_source, problems  # noqa: F401 - axe_source is a fixture

pytestmark = pytest.mark.browser


def test_a_photo_sent_in_the_simulator_is_seen_by_the_counselor(live_server, browser, runtime, make_staff,
                                                                 axe_source):  # noqa: F811 - the fixture
    from playwright.sync_api import expect
    open_office(runtime)
    make_staff("sato")
    resident_side = browser.new_context(viewport={"width": 1100, "height": 900}, locale="ja-JP")
    counselor_side = browser.new_context(viewport={"width": 1360, "height": 900}, locale="ja-JP", bypass_csp=True)
    try:
        sim = resident_side.new_page()
        sim.goto(f"{live_server}/simulator")
        phone = sim.locator("[data-testid=resident]").first
        phone.locator(".compose .text").fill("家賃が払えなくて、退去の通知が来ました。人と話したい")
        phone.locator(".compose .send").click()
        wait_until(lambda: _waiting(runtime), timeout=15)
        cid = _waiting(runtime)

        page = counselor_side.new_page()
        sign_in_browser(page, live_server, "sato")
        page.goto(f"{live_server}/console/c/{cid}")
        expect(page.get_by_test_id("history")).to_be_visible()
        assert page.get_by_test_id("media-thumb").count() == 0

        phone.locator(".image").click()  # the simulator's photo button: a made-up notice, served by the fake LINE
        expect(phone.locator("[data-testid=bot-message]", has_text="受け取りました").first).to_be_visible(timeout=10000)
        wait_until(lambda: _stored(runtime), timeout=15)
        thumb = page.get_by_test_id("media-thumb").first
        expect(thumb).to_be_visible(timeout=15000)  # arrived through updates.json, no reload
        wait_until(lambda: thumb.locator("img").evaluate("i => i.complete && i.naturalWidth > 0"), timeout=10)

        thumb.click()
        viewer = page.get_by_test_id("media-viewer")
        expect(viewer).to_be_visible()
        # the viewer loads the picture itself (the thumbnail is a smaller preview of it)
        wait_until(lambda: viewer.locator("img").evaluate("i => i.complete && i.naturalWidth > 0"), timeout=10)
        assert viewer.locator("img").evaluate("i => i.naturalWidth") == 900
        expect(page.get_by_test_id("media-viewer-close")).to_be_focused()
        page.keyboard.press("Escape")
        expect(viewer).to_be_hidden()
        expect(thumb).to_be_focused()  # back where the counselor was

        page.reload()  # the same picture, drawn by the server this time, and opened with the keyboard
        thumb = page.get_by_test_id("media-thumb").first
        thumb.focus()
        page.keyboard.press("Enter")
        expect(page.get_by_test_id("media-viewer")).to_be_visible()
        href = page.get_by_test_id("media-viewer-download").get_attribute("href")
        assert href.startswith("/console/media/") and href.endswith("?download=1")
        page.get_by_test_id("media-viewer-close").click()
        expect(page.get_by_test_id("media-viewer")).to_be_hidden()
        assert problems(page, axe_source) == []
    finally:
        resident_side.close()
        counselor_side.close()


def _waiting(runtime):
    with runtime.db.session() as session:
        conv = session.query(Conversation).filter_by(status="waiting").first()
        return conv.id if conv else None


def _stored(runtime):
    with runtime.db.session() as session:
        return session.query(Attachment).filter_by(status="stored").count()
