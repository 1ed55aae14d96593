"""Headless Chromium on a tablet-sized window: a visit in English ending at the counter and in the console
queue, the inactivity wipe, and a crisis at the counter."""
import os
from pathlib import Path

import pytest

from bot.kiosk import devices as kiosk_devices
from storage.models import KioskVisit
from tests.console_fixtures import PASSWORD, open_office
from tests.support import wait_until

SHOTS = Path(os.environ.get("MADOGUCHI_SCREENSHOTS", "/tmp/madoguchi-kiosk-shots"))
DOCS = Path(__file__).resolve().parent.parent / "docs"
TABLET = {"width": 1024, "height": 768}
pytestmark = pytest.mark.browser


@pytest.fixture
def contexts(browser):
    """Browser contexts (separate cookie jars) opened by the test, closed afterwards."""
    opened = []
    yield opened, browser
    for context in opened:
        context.close()


def tablet(contexts, base, runtime):
    """A tablet-sized browser enrolled as a kiosk through the code form."""
    opened, browser = contexts
    opened.append(browser.new_context(viewport=TABLET, locale="ja-JP", has_touch=True))
    page = opened[-1].new_page()
    _device, code = kiosk_devices.create(runtime.db, "受付1", "sato")
    page.goto(f"{base}/kiosk")
    page.get_by_test_id("enroll-code").fill(code)
    page.get_by_test_id("enroll-submit").click()
    page.get_by_test_id("lang-screen").wait_for()
    page.wait_for_selector("body[data-ready='1']", state="attached")
    return page


def counselor(contexts, base, name="sato"):
    """A counselor signed in to the console in a browser of their own."""
    opened, browser = contexts
    opened.append(browser.new_context(viewport={"width": 1360, "height": 900}, locale="ja-JP"))
    page = opened[-1].new_page()
    page.goto(f"{base}/console/")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/console/")
    return page


def write(page, text):
    page.get_by_test_id("write-toggle").click()
    page.get_by_test_id("write-text").fill(text)
    page.get_by_test_id("write-send").click()


def test_a_visitor_completes_the_intake_in_english_and_a_counselor_sees_their_number(live_server, contexts, runtime,
                                                                                    make_staff):
    from playwright.sync_api import expect
    SHOTS.mkdir(parents=True, exist_ok=True)
    open_office(runtime)
    make_staff("sato")
    kiosk = tablet(contexts, live_server, runtime)
    expect(kiosk.get_by_test_id("lang-en")).to_have_text("English")
    expect(kiosk.get_by_test_id("lang-th")).to_have_text("ภาษาไทย")
    kiosk.screenshot(path=str(SHOTS / "1-languages.png"))

    kiosk.get_by_test_id("lang-en").click()
    expect(kiosk.get_by_test_id("messages")).to_contain_text("Welcome")
    expect(kiosk.locator("html")).to_have_attribute("lang", "en")
    expect(kiosk.get_by_test_id("finish")).to_have_text("Finish · to counter")
    kiosk.screenshot(path=str(SHOTS / "2-welcome.png"))

    kiosk.get_by_role("button", name="Choose with buttons").click()
    expect(kiosk.get_by_test_id("options")).to_contain_text("Housing")
    kiosk.get_by_test_id("options").get_by_role("button", name="Housing").click()
    expect(kiosk.get_by_test_id("options")).to_contain_text("✓ Housing")
    kiosk.screenshot(path=str(SHOTS / "3-topics.png"))
    write(kiosk, "I lost my job last month and cannot pay the rent")
    expect(kiosk.get_by_test_id("messages")).not_to_contain_text("Welcome")
    kiosk.get_by_test_id("options").get_by_role("button", name="Talk to a person").click()

    expect(kiosk.get_by_test_id("end-screen")).to_be_visible()
    expect(kiosk.get_by_test_id("reception-number")).to_have_text("1")
    expect(kiosk.get_by_test_id("number-next")).to_contain_text("show this number at the counter")
    expect(kiosk.get_by_test_id("summary")).to_contain_text("Housing")
    expect(kiosk.get_by_test_id("summary")).to_contain_text("Work")
    assert kiosk.get_by_test_id("qr").evaluate("img => img.complete && img.naturalWidth > 0")
    kiosk.screenshot(path=str(SHOTS / "4-counter.png"))
    if os.environ.get("MADOGUCHI_UPDATE_DOCS"):  # refresh the picture in docs/kiosk.md
        kiosk.screenshot(path=str(DOCS / "kiosk.png"))

    # nothing of the visit is kept in the browser: no storage, no readable cookie, only the device cookie
    assert kiosk.evaluate("localStorage.length + sessionStorage.length") == 0
    assert kiosk.evaluate("document.cookie") == ""
    assert [c["name"] for c in kiosk.context.cookies()] == ["madoguchi_kiosk"]

    desk = counselor(contexts, live_server)
    row = desk.get_by_test_id("queue-row").first
    expect(row.get_by_test_id("kiosk-label")).to_have_text("受付番号 1 — 窓口でお待ちです")
    expect(row).to_contain_text("English")
    desk.screenshot(path=str(SHOTS / "5-console-queue.png"))

    # the visitor taps "Finish": the screen is wiped, back to the language choice
    kiosk.get_by_test_id("done").click()
    kiosk.wait_for_selector("body[data-ready='1']", state="attached")
    expect(kiosk.get_by_test_id("lang-screen")).to_be_visible()
    expect(kiosk.get_by_test_id("messages")).to_be_empty()
    # the tablet cannot open the console
    assert kiosk.goto(f"{live_server}/console/").status == 403


def test_an_abandoned_visit_warns_then_wipes_itself_and_ends_on_the_server(live_server, contexts, runtime):
    from playwright.sync_api import expect
    SHOTS.mkdir(parents=True, exist_ok=True)
    runtime.settings.kiosk_idle_seconds = 2
    runtime.settings.kiosk_warning_seconds = 3
    kiosk = tablet(contexts, live_server, runtime)
    kiosk.get_by_test_id("lang-en").click()
    expect(kiosk.get_by_test_id("messages")).to_contain_text("Welcome")
    write(kiosk, "My family situation is hard")
    expect(kiosk.get_by_test_id("options")).to_contain_text("Talk to a person")

    warning = kiosk.get_by_test_id("idle-warning")
    expect(warning).to_be_visible(timeout=6000)
    expect(warning).to_contain_text("Are you still there?")
    kiosk.screenshot(path=str(SHOTS / "6-idle-warning.png"))
    kiosk.get_by_test_id("still-here").click()  # a touch keeps the visit
    expect(warning).to_be_hidden()
    expect(kiosk.get_by_test_id("messages")).to_contain_text("family", ignore_case=True)

    expect(kiosk.get_by_test_id("lang-screen")).to_be_visible(timeout=12000)  # untouched again: wiped
    expect(kiosk.get_by_test_id("messages")).to_be_empty()
    assert "family" not in kiosk.content().lower()
    def wiped_visit():
        with runtime.db.session() as session:
            visit = session.query(KioskVisit).one()
            return visit if visit.status == "wiped" else None

    visit = wait_until(wiped_visit, timeout=5)
    assert visit.token_hash is None
    kiosk.go_back()  # the browser's back button brings nothing back either
    expect(kiosk.get_by_test_id("messages")).to_be_empty()


def test_a_crisis_at_the_kiosk_shows_hotlines_at_once_and_alerts_the_staff_nearby(live_server, contexts, runtime,
                                                                                 make_staff):
    from playwright.sync_api import expect
    SHOTS.mkdir(parents=True, exist_ok=True)
    make_staff("sato")
    desk = counselor(contexts, live_server)
    kiosk = tablet(contexts, live_server, runtime)
    kiosk.get_by_test_id("lang-en").click()
    expect(kiosk.get_by_test_id("messages")).to_contain_text("Welcome")
    write(kiosk, "I want to kill myself")

    expect(kiosk.get_by_test_id("end-screen")).to_be_visible()
    expect(kiosk.get_by_test_id("end-messages")).to_be_visible()
    expect(kiosk.get_by_test_id("end-messages")).to_contain_text("0120")
    expect(kiosk.get_by_test_id("number-next")).to_contain_text("go to the counter now")
    kiosk.screenshot(path=str(SHOTS / "7-crisis.png"))

    expect(desk.get_by_test_id("crisis-banner")).to_be_visible(timeout=6000)
    row = desk.get_by_test_id("queue-row").first
    expect(row).to_have_class("crisis waiting")
    expect(row.get_by_test_id("kiosk-label")).to_have_text("受付番号 1 — 窓口で緊急")
    desk.screenshot(path=str(SHOTS / "8-console-crisis.png"))
