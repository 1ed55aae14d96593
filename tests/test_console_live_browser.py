"""Headless Chromium: the queue updates by server-sent events (polling when the server has no room), a counselor
who turned notifications on hears and sees a new crisis, and the keyboard shortcuts work (issue 21, point 6)."""
import pytest
from sqlalchemy import select

from storage.models import Conversation
from tests.console_fixtures import open_office
from tests.support import sign_in_browser

pytestmark = pytest.mark.browser
# Chromium has no notification centre when headless: record what the page asks it to show instead.
RECORD_NOTIFICATIONS = """
window.__shown = [];
window.Notification = function (title, options) { window.__shown.push({title: title, body: options.body}); };
window.Notification.permission = "granted";
window.Notification.requestPermission = function () { return Promise.resolve("granted"); };
"""


def test_the_queue_arrives_by_server_sent_events_and_an_opted_in_counselor_is_notified_of_a_crisis(
        live_server, page, runtime, new_resident, make_staff):
    from playwright.sync_api import expect
    open_office(runtime)
    make_staff("sato")
    page.add_init_script(RECORD_NOTIFICATIONS)
    sign_in_browser(page, live_server, "sato")
    expect(page.locator("body")).to_have_attribute("data-live", "sse")
    toggle = page.get_by_test_id("notify-toggle")
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    resident = new_resident()
    resident.follow()
    resident.say("もう死にたい")
    expect(page.get_by_test_id("queue-row")).to_have_count(1, timeout=5000)
    page.wait_for_function("window.__shown.length > 0", timeout=5000)
    shown = page.evaluate("window.__shown")
    assert shown[0]["title"] == "危機のサインがある相談があります" and "自殺の危険" in shown[0]["body"]
    page.reload()  # the choice is remembered in this browser
    expect(page.get_by_test_id("notify-toggle")).to_have_attribute("aria-pressed", "true")


def test_without_room_for_a_stream_the_queue_polls_and_still_updates(live_server, page, runtime, new_resident,
                                                                     make_staff):
    from playwright.sync_api import expect
    runtime.settings.live_streams = 0
    open_office(runtime)
    make_staff("sato")
    sign_in_browser(page, live_server, "sato")
    expect(page.locator("body")).to_have_attribute("data-live", "polling")
    resident = new_resident()
    resident.follow()
    resident.say("家賃が払えません。人と話したい")
    expect(page.get_by_test_id("queue-row")).to_have_count(1, timeout=8000)


def test_keyboard_shortcuts_open_the_list_claim_and_go_to_the_reply(live_server, page, runtime, waiting, make_staff):
    from playwright.sync_api import expect
    make_staff("sato")
    sign_in_browser(page, live_server, "sato")
    page.keyboard.press("?")
    expect(page.get_by_test_id("shortcuts")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("shortcuts")).to_be_hidden()
    expect(page.get_by_test_id("queue-row")).to_have_count(1)
    page.keyboard.press("j")
    focused = page.evaluate("document.activeElement.getAttribute('data-testid')")
    assert focused == "claim"  # the first row's button
    page.goto(f"{live_server}/console/c/{waiting[1]}")
    page.keyboard.press("a")
    expect(page.get_by_test_id("status")).to_have_text("対応中")
    page.wait_for_load_state("load")  # the page after the claim, its scripts running
    page.keyboard.press("r")
    assert page.evaluate("document.activeElement.getAttribute('data-testid')") == "reply-text"
    page.keyboard.type("q")  # typed into the reply box, not a shortcut
    expect(page.get_by_test_id("reply-text")).to_have_value("q")
    page.locator("body").click()
    page.keyboard.press("/")
    page.wait_for_url("**/console/conversations")
    with runtime.db.session() as session:
        assert session.scalars(select(Conversation.assigned_to)).one() == "sato"


def test_a_live_update_of_the_queue_leaves_the_keyboard_focus_on_the_row_it_was_on(
        live_server, page, runtime, waiting, new_resident, make_staff):
    from playwright.sync_api import expect
    open_office(runtime)
    make_staff("sato")
    sign_in_browser(page, live_server, "sato")
    expect(page.locator("body")).to_have_attribute("data-live", "sse")
    page.keyboard.press("j")
    focused_row = "document.activeElement.closest('[data-testid=queue-row]')?.dataset.id"
    assert page.evaluate(focused_row) == str(waiting[1])
    other = new_resident()
    other.follow()
    other.say("家賃が払えません。人と話したい")
    expect(page.get_by_test_id("queue-row")).to_have_count(2, timeout=8000)  # the rows were drawn again
    assert page.evaluate(focused_row) == str(waiting[1])
    assert page.evaluate("document.activeElement.getAttribute('data-testid')") == "claim"
