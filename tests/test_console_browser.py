"""Headless Chromium: a resident in the simulator and two counselors in two browsers, on a real local server."""
import os
from datetime import timedelta
from pathlib import Path

import pytest

from storage import clock
from tests.console_fixtures import PASSWORD, open_office

SHOTS = Path(os.environ.get("MADOGUCHI_SCREENSHOTS", "/tmp/madoguchi-console-shots"))
pytestmark = pytest.mark.browser


def sign_in(contexts, base, name):
    contexts.append(contexts[0].browser.new_context(viewport={"width": 1360, "height": 900}, locale="ja-JP"))
    page = contexts[-1].new_page()
    page.goto(f"{base}/console/")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/console/")
    return page


def say(phone, text):
    phone.locator(".compose .text").fill(text)
    phone.locator(".compose .send").click()


@pytest.fixture
def contexts(browser):
    """Browser contexts (separate cookie jars) opened by the test, closed afterwards."""
    opened = [browser.new_context(viewport={"width": 1100, "height": 900}, locale="ja-JP")]
    yield opened
    for context in opened:
        context.close()


def test_a_resident_and_two_counselors_work_a_conversation_end_to_end(live_server, contexts, runtime, make_staff):
    from playwright.sync_api import expect
    SHOTS.mkdir(parents=True, exist_ok=True)
    open_office(runtime)
    make_staff("sato")
    make_staff("suzuki")

    server = live_server
    sim = contexts[0].new_page()
    sim.goto(f"{server}/simulator")
    phone = sim.locator("[data-testid=resident]").first
    phone.locator(".follow").click()
    expect(phone.locator("[data-testid=bot-message]").first).to_be_visible(timeout=10000)
    say(phone, "家賃を3か月払えていなくて、来月に退去と言われました")
    expect(phone.locator(".quick button", has_text="人と話したい")).to_be_visible(timeout=10000)
    phone.locator(".quick button", has_text="人と話したい").click()
    expect(phone.locator("[data-testid=bot-message]", has_text="相談員に伝えました")).to_be_visible(timeout=10000)

    # a second resident in crisis arrives; the queue puts them first, in red
    sim.click("#add-resident")
    other = sim.locator("[data-testid=resident]").nth(1)
    other.locator(".follow").click()
    say(other, "もう死にたい")

    expect(other.locator("[data-testid=bot-message]", has_text="ひとりで抱えないで")).to_be_visible(timeout=10000)
    clock.shift(timedelta(minutes=7))  # they have been waiting a while

    sato, suzuki = sign_in(contexts, server, "sato"), sign_in(contexts, server, "suzuki")
    for page in (sato, suzuki):
        expect(page.locator("[data-testid=queue-row]")).to_have_count(2, timeout=8000)  # the queue refreshes itself
    expect(sato.locator("[data-testid=crisis-banner]")).to_be_visible()
    first_row = sato.locator("[data-testid=queue-row]").first
    expect(first_row).to_have_class("crisis waiting")

    # both counselors press "担当する" on the rent conversation; one wins, the other is told who has it
    row = lambda page: page.locator("[data-testid=queue-row]:not(.crisis)")  # noqa: E731 - the rent conversation
    sato_button = row(sato).locator("[data-testid=claim]")
    # suzuki presses the button she sees; the live queue may redraw her row (sato's claim) before the press lands,
    # so her press is the form she saw, submitted as it was — the same request a late click sends
    row(suzuki).locator("[data-testid=claim]").evaluate("b => { window.seenClaim = b.form; }")
    sato_button.click()
    suzuki.evaluate("() => { const f = window.seenClaim; if (!f.isConnected) document.body.appendChild(f); f.requestSubmit(); }")
    expect(sato.locator("[data-testid=status]")).to_have_text("対応中")
    expect(suzuki.locator("[data-testid=flash]")).to_contain_text("sato さんが対応中です")
    expect(row(suzuki).locator(".holder")).to_have_text("sato", timeout=8000)
    expect(suzuki.locator("[data-testid=queue-row]").first.locator(".wait")).to_have_text("7分")
    suzuki.screenshot(path=str(SHOTS / "queue.png"), full_page=True)

    # chat both ways
    expect(sato.locator("[data-testid=summary]")).to_contain_text("住まい")
    sato.locator("[data-testid=canned]", has_text="名乗る").click()
    expect(sato.locator("[data-testid=reply-text]")).to_have_value("相談員のsatoです。メッセージを読みました。ここからは私がお話をうかがいます。")
    sato.click("[data-testid=send]")
    expect(phone.locator("[data-testid=bot-message]", has_text="相談員のsatoです")).to_be_visible(timeout=10000)
    say(phone, "ありがとうございます。貯金もほとんどありません")
    expect(sato.locator("#history .msg.resident", has_text="貯金もほとんど")).to_be_visible(timeout=8000)
    sato.fill("[data-testid=reply-text]", "大丈夫です。住居確保給付金という制度が使えるかもしれません。")
    sato.click("[data-testid=send]")
    expect(phone.locator("[data-testid=bot-message]", has_text="住居確保給付金")).to_be_visible(timeout=10000)
    sato.fill("[data-testid=note-text]", "家賃3か月滞納・来月退去予定。住居確保給付金の要件を確認する。")
    sato.click("[data-testid=add-note]")
    expect(sato.locator("[data-testid=notes]")).to_contain_text("住居確保給付金の要件")
    sato.screenshot(path=str(SHOTS / "conversation.png"), full_page=True)

    # hand back to the bot: the resident is told and the bot answers again
    sato.click("[data-testid=handback]")
    expect(phone.locator("[data-testid=bot-message]", has_text="自動でご案内します")).to_be_visible(timeout=10000)
    say(phone, "人と話したい")
    expect(phone.locator("[data-testid=bot-message]", has_text="相談員に伝えました")).to_have_count(2, timeout=10000)

    # suzuki takes it this time and closes it with an outcome
    suzuki.goto(f"{server}/console/")
    expect(row(suzuki).locator("[data-testid=claim]")).to_be_visible(timeout=8000)
    row(suzuki).locator("[data-testid=claim]").click()
    expect(suzuki.locator("[data-testid=status]")).to_have_text("対応中")
    suzuki.select_option("[data-testid=outcome]", "referred")
    suzuki.click("[data-testid=close]")
    expect(suzuki.locator("[data-testid=flash]")).to_contain_text("相談を終了しました")
    expect(phone.locator("[data-testid=bot-message]", has_text="ご相談ありがとうございました")).to_be_visible(timeout=10000)
    expect(row(sato)).to_have_count(0, timeout=8000)  # gone from everyone's queue
