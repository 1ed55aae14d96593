"""Headless Chromium: an editor publishes a visit slot in /admin, trips over a validation error, and fixes it."""
import os
from pathlib import Path

import pytest

from tests.booking_helpers import local_day
from tests.console_fixtures import PASSWORD

SHOTS = Path(os.environ.get("MADOGUCHI_SCREENSHOTS", "/tmp/madoguchi-admin-shots"))
pytestmark = pytest.mark.browser


def test_an_editor_publishes_a_slot_sees_a_validation_error_and_keeps_what_was_typed(live_server, page, runtime,
                                                                                     make_staff):
    from playwright.sync_api import expect
    SHOTS.mkdir(parents=True, exist_ok=True)
    make_staff("ed", "editor")
    page.set_viewport_size({"width": 1360, "height": 1100})
    page.goto(f"{live_server}/admin/slots")
    page.fill("input[name=name]", "ed")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server}/admin/slots")
    expect(page.get_by_test_id("nav-queue")).to_have_count(0)

    day = local_day(4).date().isoformat()
    form = page.locator("#slot-form")
    form.get_by_test_id("slot-date").fill(day)
    form.get_by_test_id("slot-start").fill("14:00")
    form.get_by_test_id("slot-end").fill("13:00")  # before the start
    form.get_by_test_id("slot-meeting_point").fill("市役所 1階ロビー")
    form.get_by_test_id("slot-capacity").fill("2")
    form.locator("input[name=languages][value=vi]").check()
    form.get_by_test_id("slot-submit").click()

    expect(page.get_by_test_id("slot-errors")).to_contain_text("2か所")
    expect(page.get_by_test_id("slot-error-end")).to_have_text("開始より後の時刻にしてください。")
    expect(page.get_by_test_id("slot-error-counselor")).to_have_text("入力してください。")
    expect(page.get_by_test_id("slot-meeting_point")).to_have_value("市役所 1階ロビー")
    expect(page.locator("#slot-form input[name=languages][value=vi]")).to_be_checked()
    expect(page.get_by_test_id("slot-row")).to_have_count(0)
    page.screenshot(path=str(SHOTS / "admin-slot-error.png"), full_page=True)

    form = page.locator("#slot-form")
    form.get_by_test_id("slot-end").fill("16:00")
    form.get_by_test_id("slot-counselor").fill("グエン")
    form.get_by_test_id("slot-submit").click()
    expect(page.get_by_test_id("flash")).to_contain_text("の枠を公開しました")
    row = page.get_by_test_id("slot-row")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("14:00〜16:00")
    expect(row).to_contain_text("市役所 1階ロビー")
    expect(row).to_contain_text("Tiếng Việt")
    expect(row.get_by_test_id("slot-booked")).to_have_text("0 / 2人")
    page.screenshot(path=str(SHOTS / "admin-slots.png"), full_page=True)

    row.locator("input[name=reason]").fill("台風のため")
    row.get_by_test_id("slot-cancel").click()
    expect(page.get_by_test_id("flash")).to_contain_text("枠を中止しました")
    expect(page.get_by_test_id("slot-row")).to_contain_text("中止")
    page.screenshot(path=str(SHOTS / "admin-slot-cancelled.png"), full_page=True)


def test_a_counselor_sees_the_visits_ahead_and_cancels_one(live_server, page, runtime, make_staff, resident):
    from playwright.sync_api import expect

    from tests.booking_helpers import add_slot
    SHOTS.mkdir(parents=True, exist_ok=True)
    add_slot(runtime, 3, capacity=2, place="市役所 1階ロビー", counselor="佐藤")
    resident.follow()
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    resident.tap(resident.buttons()[0])
    resident.tap("ハローワーク")
    resident.tap("伝えないで")
    make_staff("sato", "counselor")
    page.goto(f"{live_server}/console/")
    page.fill("input[name=name]", "sato")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server}/console/")
    page.get_by_test_id("nav-bookings").click()
    row = page.get_by_test_id("booking-row")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("ハローワーク")
    expect(row.get_by_test_id("no-consent")).to_be_visible()
    expect(row.get_by_test_id("booking-ics")).to_have_attribute("href", f"/console/bookings/{row.get_attribute('data-booking')}.ics")
    page.screenshot(path=str(SHOTS / "console-bookings.png"), full_page=True)
    row.locator("input[name=reason]").fill("相談員の急用")
    row.get_by_test_id("booking-cancel").click()
    expect(page.get_by_test_id("flash")).to_contain_text("予約を取り消しました")
    expect(page.get_by_test_id("booking-row")).to_have_count(0)
