"""Headless Chromium: an editor edits a place (tripping over the hours format) and uploads a CSV with a mistake."""
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.staff import accounts
from storage.models import Place
from tests.console_fixtures import PASSWORD
from tests.places_support import seed_directory

SHOTS = Path(os.environ.get("MADOGUCHI_SCREENSHOTS", "/tmp/madoguchi-admin-shots"))
pytestmark = pytest.mark.browser


def test_an_editor_edits_a_place_and_uploads_a_csv_with_a_mistake(live_server, page, runtime, tmp_path):
    from playwright.sync_api import expect
    SHOTS.mkdir(parents=True, exist_ok=True)
    seed_directory(runtime)
    accounts.add(runtime.db, "ed", "editor", PASSWORD, ["ja"])
    page.set_viewport_size({"width": 1360, "height": 1000})
    page.goto(f"{live_server}/admin/places")
    page.fill("input[name=name]", "ed")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server}/admin/places")
    expect(page.get_by_test_id("entry-row")).to_have_count(30)
    page.get_by_test_id("filter-kind").select_option("salon")
    page.get_by_role("button", name="絞り込む").click()
    expect(page.get_by_test_id("entry-row")).to_have_count(5)
    page.screenshot(path=str(SHOTS / "admin-places-list.png"), full_page=True)

    page.get_by_test_id("nav-places").click()
    page.locator("tr[data-key=cafe-hidamari]").get_by_test_id("edit").click()
    expect(page.get_by_test_id("field-key")).to_have_value("cafe-hidamari")
    page.get_by_test_id("field-hours").fill("mon-fri 10:00-16:00; sat 10:00-25:00")
    page.get_by_test_id("field-address").fill("みどりが丘市中央1-2-3 ひだまりビル2階")
    page.get_by_test_id("save").click()
    expect(page.get_by_test_id("error-hours")).to_contain_text("00:00〜24:00 の時刻ではありません")
    expect(page.get_by_test_id("field-hours")).to_have_value("mon-fri 10:00-16:00; sat 10:00-25:00")
    expect(page.get_by_test_id("field-address")).to_have_value("みどりが丘市中央1-2-3 ひだまりビル2階")
    page.screenshot(path=str(SHOTS / "admin-place-error.png"), full_page=True)

    page.get_by_test_id("field-hours").fill("mon-fri 10:00-16:00; sat 10:00-15:00; holidays closed")
    page.get_by_test_id("save").click()
    expect(page.get_by_test_id("flash")).to_contain_text("「ひだまりカフェ」を保存しました")
    expect(page.locator("tr[data-key=cafe-hidamari]")).to_contain_text("土 10:00–15:00")
    with runtime.db.session() as session:
        place = session.scalars(select(Place).where(Place.key == "cafe-hidamari")).one()
        assert place.address.endswith("ひだまりビル2階") and "sat 10:00-15:00" in place.hours

    bad = tmp_path / "places.csv"
    bad.write_text("key,name,kind,lat,lon,hours,audience,cost,languages,description_ja\n"
                   "cafe-new,新しいカフェ,cafe,35.66,139.70,daily 10:00-12:00,anyone,free,ja,説明です\n"
                   "cafe-other,もうひとつ,cafe,35.66,139.70,daily 10:00-12:00,everyone,free,ja,説明です\n",
                   encoding="utf-8")
    page.get_by_test_id("upload-file").set_input_files(str(bad))
    page.get_by_test_id("upload-submit").click()
    expect(page.get_by_test_id("upload-problem").first).to_contain_text("行 3: 対象を1つ以上選んでください")
    expect(page.get_by_test_id("upload-summary")).to_have_text("1件の問題があったため、何も取り込んでいません。")
    expect(page.get_by_test_id("entry-row")).to_have_count(30)
    page.get_by_test_id("upload-problems").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "admin-places-upload-error.png"), full_page=True)
