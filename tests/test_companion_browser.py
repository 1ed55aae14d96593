"""Issue 17's cases in the simulator, in headless Chromium: each answered kindly with a way forward.
The screenshots in docs/ (crisis out of hours, waiting, "no place tonight") are taken here."""
import os
import tempfile
from pathlib import Path

import pytest

from tests.support import bot_says, move_clock_to, wait_until

pytestmark = pytest.mark.browser
DOCS = Path(__file__).resolve().parent.parent / "docs"
SATURDAY_NIGHT = "2026-12-05T23:00:00+09:00"


def phone_of(page, live_server):
    page.set_viewport_size({"width": 560, "height": 1000})
    page.goto(f"{live_server}/simulator")
    return page.locator("[data-testid=resident]").first


def write(phone, text):
    phone.get_by_label("メッセージ").fill(text)
    phone.get_by_role("button", name="送信").click()


def tap(phone, label):
    phone.locator(".quick button", has_text=label).first.click()


def shoot(page, phone, name):
    """A screenshot for docs/ (written there only with MADOGUCHI_UPDATE_DOCS=1, so the suite leaves the clone as
    it found it); taken either way, so a page that cannot be drawn still fails."""
    target = DOCS / name if os.environ.get("MADOGUCHI_UPDATE_DOCS") else Path(tempfile.gettempdir()) / name
    phone.screenshot(path=str(target))


def test_a_crisis_out_of_hours_keeps_being_answered(page, live_server):
    move_clock_to(SATURDAY_NIGHT)
    phone = phone_of(page, live_server)
    write(phone, "消えたい")
    bot_says(page, phone, "安全なところにいますか")
    tap(phone, "ここで話す")
    bot_says(page, phone, "ここで聞きます")
    bot_says(page, phone, "12月7日(月) 8:30 から")
    write(phone, "電話はしたくない。文字なら話せる")
    bot_says(page, phone, "文字で相談できる窓口があります")  # cannot phone: the lines one can write to
    chat_lists = phone.locator("[data-testid=bot-message]", has_text="チャット")
    before = chat_lists.count()  # the first answer already lists a chat line
    tap(phone, "相談窓口")
    wait_until(lambda: chat_lists.count() > before)
    phone.locator(".quick button", has_text="今夜のこと").first.wait_for(timeout=15000)
    shoot(page, phone, "companion-crisis.png")


def test_waiting_for_a_person_every_message_is_answered(page, live_server):
    move_clock_to(SATURDAY_NIGHT)
    phone = phone_of(page, live_server)
    write(phone, "人と話したい")
    bot_says(page, phone, "受付時間外")
    write(phone, "まだですか")
    bot_says(page, phone, "相談員に伝わっています")
    phone.get_by_role("button", name="スタンプ").click()
    bot_says(page, phone, "スタンプ、ありがとうございます")
    assert phone.locator(".quick button", has_text="待つのをやめる").count() >= 1
    shoot(page, phone, "companion-waiting.png")


def test_no_place_tonight_by_the_button_is_the_crisis_path(page, live_server):
    move_clock_to(SATURDAY_NIGHT)
    phone = phone_of(page, live_server)
    write(phone, "家賃が払えなくて追い出されそう")
    bot_says(page, phone, "のことですね")
    tap(phone, "これでOK")
    bot_says(page, phone, "寝る場所はありますか")
    tap(phone, "ない")
    bot_says(page, phone, "0120-279-338")
    bot_says(page, phone, "「今夜のこと」を押すと")  # where tonight's places are, not "are you safe?" nor the bed asked again
    shoot(page, phone, "companion-no-place.png")
