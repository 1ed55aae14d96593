"""Headless Chromium: a counselor reads an English-speaking resident's message in Japanese, checks their own reply
in English before sending, and the resident receives the English on LINE (a local LibreTranslate-compatible server)."""
import json

import pytest

from tests.support import sign_in_browser, wait_until
from tests.test_console_meaning import _english_resident_waiting

pytestmark = pytest.mark.browser


@pytest.fixture
def translate_server():
    from tests.translate_server import TranslateServer
    server = TranslateServer().start()
    yield server
    server.stop()


@pytest.fixture
def settings(settings, translate_server):
    settings.translate_url = translate_server.url
    return settings


def test_a_counselor_reads_the_meaning_previews_the_reply_and_sends_it_in_english(
        live_server, page, runtime, resident, make_staff, fake_line):
    from playwright.sync_api import expect
    make_staff("sato")
    cid = _english_resident_waiting(runtime, resident)
    sign_in_browser(page, live_server, "sato")
    page.goto(f"{live_server}/console/c/{cid}")
    expect(page.get_by_test_id("meaning").first).to_contain_text("仕事を失い、お金がありません")
    page.get_by_test_id("claim").click()
    page.get_by_test_id("reply-text").fill("明日の10時に窓口でお待ちしています。")
    page.get_by_test_id("reply-preview-button").click()
    expect(page.locator("#reply-preview-text")).to_have_text("We will wait for you at the counter tomorrow at 10.")
    page.get_by_test_id("reply-preview-use").click()
    expect(page.get_by_test_id("reply-text")).to_have_value("We will wait for you at the counter tomorrow at 10.")
    page.get_by_test_id("send").click()

    def sent() -> bool:
        bodies = [json.dumps(call["body"], ensure_ascii=False) for call in fake_line.calls("/v2/bot/message/push")]
        return any("We will wait for you at the counter tomorrow at 10." in b for b in bodies)
    assert wait_until(sent)
