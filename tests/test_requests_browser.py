"""Headless Chromium: a resident asks in the simulator to delete their records; an administrator erases them in
/console/requests and the resident is told in the chat."""
import os
from pathlib import Path

import pytest

from tests.console_fixtures import PASSWORD

SHOTS = Path(os.environ.get("MADOGUCHI_SCREENSHOTS", "/tmp/madoguchi-console-shots"))
pytestmark = pytest.mark.browser


def test_a_deletion_asked_for_in_the_chat_is_done_in_the_console_and_the_resident_is_told(live_server, browser,
                                                                                         make_staff):
    from playwright.sync_api import expect
    SHOTS.mkdir(parents=True, exist_ok=True)
    make_staff("boss", "admin")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP")
    try:
        sim = context.new_page()
        sim.goto(f"{live_server}/simulator")
        phone = sim.locator("[data-testid=resident]").first
        phone.locator(".follow").click()
        expect(phone.locator("[data-testid=bot-message]").first).to_be_visible(timeout=10000)
        phone.locator(".compose .text").fill("仕事をなくしました。私のデータを消してほしいです")
        phone.locator(".compose .send").click()
        expect(phone.locator(".quick button", has_text="記録を消してほしい")).to_be_visible(timeout=10000)
        phone.locator(".quick button", has_text="記録を消してほしい").click()
        expect(phone.locator(".quick button", has_text="はい、消してください")).to_be_visible(timeout=10000)
        phone.locator(".quick button", has_text="はい、消してください").click()
        expect(phone.locator("[data-testid=bot-message]", has_text="受け付けました")).to_be_visible(timeout=10000)

        staff = context.browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP").new_page()
        staff.goto(f"{live_server}/console/")
        staff.fill("input[name=name]", "boss")
        staff.fill("input[name=password]", PASSWORD)
        staff.click("button[type=submit]")
        expect(staff.locator("[data-testid=requests-banner]")).to_be_visible()
        staff.click("[data-testid=nav-requests]")
        request = staff.locator("[data-testid=request]").first
        expect(request).to_contain_text("記録を消してほしい（削除）")
        expect(request.locator("[data-testid=holdings]")).to_contain_text("メッセージ")
        staff.screenshot(path=str(SHOTS / "requests.png"), full_page=True)
        request.locator("[data-testid=erase]").click()
        expect(staff.locator("[data-testid=flash]")).to_contain_text("確認のチェック")
        staff.locator("[data-testid=erase-confirm]").check()
        staff.locator("[data-testid=erase]").click()
        expect(staff.locator("[data-testid=flash]")).to_contain_text("記録を削除しました")
        expect(staff.locator("[data-testid=no-requests]")).to_be_visible()
        expect(staff.locator("[data-testid=handled-row]").first).to_contain_text("identities=1")
        expect(phone.locator("[data-testid=bot-message]", has_text="記録を消しました")).to_be_visible(timeout=10000)
        staff.context.close()
    finally:
        context.close()
