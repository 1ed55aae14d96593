"""Headless Chromium: an editor changes what the bot says, sees the mistake, fixes it, tries it, publishes, undoes."""
import os
import re
from pathlib import Path

import pytest

from bot.staff import accounts as staff
from tests.console_fixtures import PASSWORD

SHOTS = Path(os.environ.get("MADOGUCHI_SCREENSHOTS", "/tmp/madoguchi-editor-shots"))
pytestmark = pytest.mark.browser
NEW_WELCOME = "ようこそ、まどぐちへ。いま困っていることを、ひとことで書いてください。"
OLD_WELCOME = "どんなことでも大丈夫です"


def shot(page, name, full_page=True):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def select_line(source, line):
    """Select one line of the source editor, as an editor does with the mouse."""
    source.evaluate(
        """(el, line) => {
            const lines = el.value.split("\\n");
            const start = lines.slice(0, line - 1).reduce((sum, row) => sum + row.length + 1, 0);
            el.focus();
            el.setSelectionRange(start, start + lines[line - 1].length);
        }""",
        line,
    )


def test_an_editor_changes_a_prompt_tests_publishes_and_rolls_back(live_server, page, runtime, resident):
    staff.add(runtime.db, "hana", "editor", PASSWORD, display_name="花子")
    base = live_server
    page.goto(f"{base}/admin/dialogs")
    page.fill("input[name=name]", "hana")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/dialogs")
    assert "第0版" in page.get_by_test_id("live-version").inner_text()
    shot(page, "01-overview")

    # 1. a mistake in the script is shown beside its line, in plain words. The editor changes one line (it selects
    # the line and types over it), as a person does: filling the whole 60 KB script timed out under load.
    page.get_by_test_id("file-intake.yaml").click()
    source = page.get_by_test_id("source")
    original = source.input_value()
    line = next(n for n, row in enumerate(original.splitlines(), 1) if "prompt: intake.ask_anything" in row)
    good_row = original.splitlines()[line - 1]
    select_line(source, line)
    page.keyboard.insert_text(good_row.replace("intake.ask_anything", "intake.ask_anythng"))
    page.get_by_test_id("save").click()
    problem = page.get_by_test_id("problem").first
    assert problem.get_attribute("data-line") == str(line)
    assert "文言はありません" in problem.inner_text() and f"{line}行目" in problem.inner_text()
    shot(page, "02-problem-beside-its-line", full_page=False)

    # 2. fixed: a click on the problem selects its line in the editor; the editor types the right word over it
    problem.click()
    page.keyboard.insert_text(good_row)
    assert page.get_by_test_id("source").input_value() == original
    page.get_by_test_id("save").click()
    assert "問題がありません" in page.get_by_test_id("file-ok").inner_text()

    # 3. new wording for the first question, side by side with the Japanese source
    page.goto(f"{base}/admin/dialogs/messages?lang=ja&q=intake.ask_anything")
    page.get_by_test_id("msg-intake.ask_anything").fill(NEW_WELCOME)
    page.get_by_test_id("save-messages").click()
    page.goto(f"{base}/admin/dialogs/messages?lang=en&q=ask_anything")
    shot(page, "03-messages-side-by-side")

    # 4. preview: the draft answers in the embedded chat; a transcript test is written and run
    page.get_by_test_id("nav-preview").click()
    page.get_by_test_id("chat").get_by_text(NEW_WELCOME).wait_for()
    page.get_by_test_id("say").fill("家賃が払えない")
    page.get_by_test_id("say").press("Enter")
    page.get_by_test_id("quick").get_by_text("住まい").first.wait_for()
    page.get_by_test_id("tests").fill(
        "- name: 最初のあいさつが新しい\n  steps:\n    - follow: true\n      bot: [ようこそ、まどぐちへ]\n"
        "    - say: 家賃が払えない\n      bot: [住まい]\n")
    page.get_by_test_id("run-tests").click()
    assert "✓ 通った" in page.get_by_test_id("results").inner_text()
    page.get_by_test_id("chat").get_by_text(NEW_WELCOME).wait_for()
    page.get_by_test_id("say").fill("家賃が払えない")
    page.get_by_test_id("say").press("Enter")
    page.get_by_test_id("quick").get_by_text("住まい").first.wait_for()
    shot(page, "04-preview-and-tests")

    page.get_by_test_id("nav-diff").click()
    assert NEW_WELCOME in page.get_by_test_id("diff-messages").inner_text()
    shot(page, "05-diff")

    # 5. publish: residents get the new text
    page.goto(f"{base}/admin/dialogs")
    page.get_by_test_id("publish-comment").fill("最初のあいさつを短くした")
    page.get_by_test_id("publish").click()
    published = re.search(r"第(\d+)版を公開しました", page.get_by_test_id("flash").inner_text())
    assert published, page.get_by_test_id("flash").inner_text()
    assert NEW_WELCOME in resident.texts(resident.follow())
    shot(page, "06-published")
    page.goto(f"{base}/admin/dialogs/versions/{published.group(1)}")
    assert NEW_WELCOME in page.get_by_test_id("diff-messages").inner_text()
    shot(page, "06b-version")
    page.goto(f"{base}/admin/dialogs")

    # 6. roll back in one click: residents get the old text again
    page.get_by_test_id("restore-0").click()
    assert re.search(r"第0版の内容を、第\d+版として公開しました", page.get_by_test_id("flash").inner_text())
    assert OLD_WELCOME in resident.texts(resident.follow())
    assert re.search(r"hana\s+版を戻した", page.get_by_test_id("audit").inner_text())
    shot(page, "07-rolled-back")
