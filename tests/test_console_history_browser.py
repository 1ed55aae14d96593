"""Headless Chromium: a counselor finds a closed conversation by its words, opens the resident's record, and sees
the previous conversation beside the resident's new one (issue 21, point 1)."""
import os
import tempfile
from pathlib import Path

import pytest

from tests.support import sign_in_browser
from tests.test_console_history import _closed_then_back

pytestmark = pytest.mark.browser
DOCS = Path(__file__).resolve().parent.parent / "docs"


def shot(page, name: str) -> None:
    """A screenshot for docs/ with MADOGUCHI_UPDATE_DOCS=1, else in the temporary folder."""
    folder = DOCS if os.environ.get("MADOGUCHI_UPDATE_DOCS") else Path(tempfile.gettempdir())
    page.screenshot(path=str(folder / name), full_page=True)


def test_a_counselor_finds_a_closed_conversation_and_the_residents_record(live_server, page, runtime, resident,
                                                                          counselor_client):
    from playwright.sync_api import expect
    first, second = _closed_then_back(runtime, resident, counselor_client)  # sato helped them last week
    sign_in_browser(page, live_server, "sato")
    page.get_by_test_id("nav-conversations").click()
    page.get_by_test_id("filter-q").fill("分割払い")
    page.get_by_test_id("filter-status").select_option("closed")
    page.get_by_test_id("filter-go").click()
    rows = page.get_by_test_id("result-row")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(f"相談 #{first}")
    expect(rows.first).to_contain_text("他の機関につないだ")
    shot(page, "console-search.png")

    rows.first.get_by_test_id("resident-link").click()
    expect(page.get_by_test_id("resident-conversation")).to_have_count(2)
    expect(page.get_by_test_id("resident-notes")).to_contain_text("大家さんに分割払いを相談する予定")
    shot(page, "console-resident.png")

    page.locator(f"[data-testid=resident-conversation][data-cid='{second}'] a").click()
    previous = page.get_by_test_id("previous")
    expect(previous).to_contain_text(f"相談 #{first}")
    expect(page.get_by_test_id("previous-notes")).to_contain_text("住居確保給付金も案内")

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server}/console/conversations?status=closed")
    expect(page.get_by_test_id("result-row")).to_have_count(1)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot(page, "console-search-phone.png")
