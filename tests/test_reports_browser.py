"""Headless Chromium: an admin signs in and reads the reports page over the demo history; screenshot kept."""
import os
import shutil
from pathlib import Path

import pytest

from bot.staff import accounts
from storage import clock
from tests.console_fixtures import PASSWORD

SHOTS = Path(os.environ.get("MADOGUCHI_SCREENSHOTS", "/tmp/madoguchi-report-shots"))
DOCS = Path(__file__).resolve().parent.parent / "docs"
pytestmark = pytest.mark.browser


def test_an_admin_sees_what_the_area_needs_at_a_glance(live_server, page, runtime, settings):
    from playwright.sync_api import expect

    from bot.dev import (
        seed_places,
        seed_reports,  # imported here: seed steps register in import order (bot/dev/seed.py)
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    with runtime.db.session() as session:
        seed_places.seed_resources(session, settings, clock.now())
    with runtime.db.session() as session:
        seed_reports.seed_reports(session, settings, clock.now())
    accounts.add(runtime.db, "tanaka", "admin", PASSWORD, ["ja"], display_name="田中")

    page.set_viewport_size({"width": 1360, "height": 900})
    page.goto(f"{live_server}/console/login")
    page.fill("input[name=name]", "tanaka")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server}/console/")
    page.click("[data-testid=nav-reports]")  # the header links every admin and editor page to the reports
    page.wait_for_url(f"{live_server}/admin/reports/")
    expect(page.get_by_role("heading", name="地域の相談から見えること")).to_be_visible()
    expect(page.locator("[data-testid=tiles] .tile").first).to_contain_text("240")
    for fid in ("unmet", "places_gap", "referrals", "months", "topics", "areas", "languages", "after_hours", "reply_time"):
        chart = page.locator(f"[data-testid=chart-{fid}]")
        expect(chart).to_be_visible()
        assert chart.bounding_box()["width"] > 200, fid
    page.screenshot(path=str(SHOTS / "reports-top.png"))
    expect(page.get_by_role("img", name="足りていないもの")).to_be_visible()  # the SVG's <title> names it
    assert page.locator("[data-testid=figure-unmet] table").is_visible()  # the table beside the chart
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.reload()
    assert not errors, errors  # nothing blocked by the Content-Security-Policy

    with page.expect_download() as download:
        page.click("[data-testid=csv-topics]")
    assert download.value.suggested_filename.startswith("madoguchi-topics-")

    page.screenshot(path=str(SHOTS / "reports.png"), full_page=True)
    if os.environ.get("MADOGUCHI_UPDATE_DOCS"):  # refresh the picture in docs/reports.md
        shutil.copy(SHOTS / "reports.png", DOCS / "reports.png")
