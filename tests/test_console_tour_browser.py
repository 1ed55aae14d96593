"""Headless Chromium, as a counselor and an editor would walk them: the complete intake card (point 2), the push
quota and the counselor's name on LINE (point 5), and the editor's forms (point 10) — with the screenshots in
docs/ (written there only with MADOGUCHI_UPDATE_DOCS=1)."""
import json
import os
import tempfile
from pathlib import Path

import pytest

from bot.staff import accounts
from tests.console_fixtures import PASSWORD, open_office
from tests.support import sign_in_browser, wait_until

pytestmark = pytest.mark.browser
DOCS = Path(__file__).resolve().parent.parent / "docs"


def shot(page, name: str, full: bool = False) -> None:
    folder = DOCS if os.environ.get("MADOGUCHI_UPDATE_DOCS") else Path(tempfile.gettempdir())
    page.screenshot(path=str(folder / name), full_page=full)


def test_a_counselor_reads_the_whole_intake_sees_the_quota_and_replies_under_their_name(
        live_server, page, runtime, resident, new_resident, fake_line):
    from playwright.sync_api import expect
    open_office(runtime)
    accounts.add(runtime.db, "sato", "counselor", PASSWORD, ["ja"], display_name="佐藤 花子")
    fake_line.state.quota, fake_line.state.pushed = 1000, 962
    resident.follow()
    resident.say("仕事がなくなって家賃が払えません。人と話したい")  # the first message also asks for a person
    other = new_resident()
    other.follow()
    other.say("夫に殴られて、家にいられない")
    sign_in_browser(page, live_server, "sato")
    expect(page.get_by_test_id("quota-banner")).to_contain_text("あと 38 通です")
    expect(page.get_by_test_id("queue-row")).to_have_count(2)
    shot(page, "console.png")

    page.get_by_test_id("queue-row").filter(has_text="仕事").get_by_test_id("claim").click()
    summary = page.get_by_test_id("summary")
    for label in ("仕事", "お金", "住まい"):
        expect(summary).to_contain_text(label)
    expect(summary).to_contain_text("仕事がなくなって家賃が払えません")  # the first message, kept
    expect(page.get_by_test_id("urgency")).not_to_have_text("0")
    expect(page.get_by_test_id("holder")).to_have_text("担当：佐藤 花子")
    page.get_by_test_id("reply-text").fill("相談員の佐藤です。家賃のこと、一緒に考えましょう。")
    page.get_by_test_id("send").click()
    expect(page.locator("#history .msg.counselor").last).to_contain_text("相談員の佐藤です")
    shot(page, "console-conversation.png", full=True)

    def pushed_under_the_name() -> bool:
        bodies = [call["body"] for call in fake_line.calls("/v2/bot/message/push")]
        return any(m.get("sender", {}).get("name", "").startswith("相談員") and "佐藤" in m["sender"]["name"]
                   for body in bodies for m in body.get("messages", []) if "相談員の佐藤です" in json.dumps(
                       m, ensure_ascii=False))
    assert wait_until(pushed_under_the_name)


def test_an_editor_changes_saturday_hours_in_a_form_and_sees_the_published_value_beside_it(
        live_server, page, runtime, make_staff):
    from playwright.sync_api import expect
    make_staff("hana", "editor")
    page.goto(f"{live_server}/console/login")
    page.fill("input[name=name]", "hana")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.goto(f"{live_server}/admin/dialogs")
    page.get_by_test_id("form-office").click()
    page.get_by_test_id("hours-sat").fill("9時-12時")
    page.get_by_test_id("save-form").click()
    expect(page.get_by_test_id("form-problems")).to_contain_text("土曜日")  # said in Japanese; nothing saved
    expect(page.get_by_test_id("hours-sat")).to_have_value("9時-12時")  # what was typed stays
    page.get_by_test_id("hours-sat").fill("9:00-12:00")
    page.get_by_test_id("save-form").click()
    expect(page.get_by_test_id("form-ok")).to_be_visible()
    expect(page.get_by_test_id("was-sat")).to_have_text("公開中：休み")
    shot(page, "editor-form.png", full=True)
