"""The places carousel in the simulator (headless Chromium): a shared location → cards with map and call."""
from pathlib import Path

import pytest

from tests.places_support import seed_directory, set_clock

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).resolve().parent.parent / "screenshots"


def test_a_resident_in_the_simulator_sees_nearby_places_as_cards(page, live_server, runtime):
    seed_directory(runtime)
    set_clock("2026-11-24 11:00")
    page.goto(f"{live_server}/simulator")
    phone = page.locator("[data-testid=resident]").first
    phone.get_by_role("button", name="友だち追加").click()
    phone.locator(".quick button", has_text="できることを見る").click()
    phone.locator(".quick button", has_text="近くの居場所").click()
    phone.locator("[data-testid=bot-message]", has_text="位置情報を送るか").first.wait_for(timeout=15000)
    phone.locator(".quick button", has_text="位置情報を送る").click()  # LINE's location quick reply
    cards = phone.locator("[data-testid=bot-cards]").first
    cards.wait_for(timeout=15000)
    assert "ひだまりカフェ" in cards.inner_text() and "いま開いています" in cards.inner_text()
    assert cards.bounding_box()["height"] > 150  # the carousel is not squashed by the chat column
    SHOTS.mkdir(exist_ok=True)
    cards.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "places_cards.png"))
