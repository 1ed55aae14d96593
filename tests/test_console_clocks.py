"""The console's clocks tell the truth: a claimed row stops counting the wait and shows how long it has been in
hand; the resident page's 最後の連絡 is when the resident last wrote; the phone queue header reads as one phrase."""
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from storage import clock
from storage.models import Resident
from tests.support import sign_in_browser


def _wait_cell(html: str, cid: int) -> str:
    row = html[html.index(f'data-id="{cid}"'):]
    cell = row[row.index('class="wait"'):]
    return cell[cell.index(">") + 1:cell.index("</td>")].strip()


def test_a_claimed_row_stops_the_waiting_clock_and_counts_the_time_in_hand(runtime, waiting, counselor_client):
    _resident, cid = waiting
    client, csrf = counselor_client
    clock.shift(timedelta(minutes=12))
    assert _wait_cell(client.get("/console/").get_data(as_text=True), cid) == "12分"
    client.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf})
    clock.shift(timedelta(minutes=5))
    assert _wait_cell(client.get("/console/").get_data(as_text=True), cid) == "対応 5分"
    [row] = [r for r in client.get("/console/queue.json").get_json()["rows"] if r["id"] == cid]
    assert row["status"] == "active" and row["claimed_at"]


def test_the_residents_last_contact_is_when_they_last_wrote(runtime, resident, counselor_client):
    client, _csrf = counselor_client
    resident.follow()
    resident.say("家賃が払えなくて困っています")
    clock.shift(timedelta(minutes=2))  # within the grain of last_seen_at: it is not moved on
    resident.say("来月も払えそうにありません")
    with runtime.db.session() as session:
        rid = session.query(Resident).one().id
    page = client.get(f"/console/r/{rid}").get_data(as_text=True)
    wrote = clock.now().astimezone(ZoneInfo(runtime.settings.tz)).strftime("%m/%d %H:%M")
    assert f"最後の連絡 {wrote}" in page


@pytest.mark.browser
def test_the_phone_queue_header_reads_as_one_phrase(live_server, page, runtime, waiting, make_staff):
    from playwright.sync_api import expect
    make_staff("sato")
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in_browser(page, live_server, "sato")
    phrase = page.get_by_test_id("waiting-phrase")
    expect(phrase).to_contain_text("人が待っています")
    count = page.locator("#queue-count").bounding_box()
    words = phrase.locator("small").bounding_box()
    assert abs(count["y"] + count["height"] - (words["y"] + words["height"])) < 8  # on one line, side by side
    assert words["x"] > count["x"]
    line = page.evaluate("parseFloat(getComputedStyle(document.querySelector('[data-testid=waiting-phrase] small')).lineHeight) || 20")
    assert words["height"] < 1.8 * line  # 「人が待っています」 is not broken over lines
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
