"""The simulator in headless Chromium: chat as residents through the real /callback."""
from pathlib import Path

import pytest

from tests.support import bot_says

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).resolve().parent.parent / "screenshots"


def test_a_resident_chats_in_the_simulator_with_quick_replies_stickers_and_a_location(page, live_server):
    page.goto(f"{live_server}/simulator")
    phone = page.locator("[data-testid=resident]").first
    phone.get_by_role("button", name="友だち追加").click()
    bot_says(page, phone, "相談窓口です")
    phone.get_by_label("メッセージ").fill("仕事クビになって家賃が払えない")
    phone.get_by_role("button", name="送信").click()
    bot_says(page, phone, "のことですね")
    phone.locator(".quick button", has_text="これでOK").click()
    bot_says(page, phone, "寝る場所")
    phone.locator(".quick button", has_text="ある").first.click()
    bot_says(page, phone, "収入")
    phone.get_by_role("button", name="スタンプ").click()
    bot_says(page, phone, "スタンプ、ありがとうございます")
    phone.locator(".quick button", has_text="答えない").click()
    bot_says(page, phone, "どなたと暮らしていますか")
    phone.get_by_role("button", name="位置情報").click()
    bot_says(page, phone, "位置情報を受け取りました")
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "simulator.png"))


def test_several_residents_chat_side_by_side_each_in_their_own_conversation(page, live_server):
    page.goto(f"{live_server}/simulator")
    page.get_by_role("button", name="＋ 相談者を増やす").click()
    first, second = page.locator("[data-testid=resident]").nth(0), page.locator("[data-testid=resident]").nth(1)
    first.get_by_label("メッセージ").fill("家賃が払えない")
    first.get_by_role("button", name="送信").click()
    second.get_by_label("メッセージ").fill("話し相手がいない")
    second.get_by_role("button", name="送信").click()
    bot_says(page, first, "住まい")
    bot_says(page, second, "人とのつながり")
    assert first.locator("[data-testid=bot-message]", has_text="人とのつながり").count() == 0
