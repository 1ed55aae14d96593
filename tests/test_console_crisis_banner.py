"""The crisis banner tells the truth after 「確認しました」: a sign written while a counselor held the conversation got
only the 24-hour lines from the bot, and the summary card follows the new urgency at once (issue 21)."""
from datetime import timedelta

import pytest
from sqlalchemy import select

from storage import clock
from storage.models import Conversation
from tests.console_fixtures import open_office
from tests.support import sign_in_browser


def _held_then_crisis(runtime, resident, client, csrf) -> int:
    open_office(runtime)
    resident.follow()
    resident.say("人と話したい")
    with runtime.db.session() as session:
        cid = session.scalars(select(Conversation.id).where(Conversation.status == "waiting")).one()
    client.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf})
    said = resident.texts(resident.say("もう死にたい"))
    assert "0120" in said and "相談員が読みます" not in said  # the lines only: the counselor is there
    return cid


def test_after_acknowledging_the_banner_says_the_bot_gave_only_the_lines(runtime, resident, counselor_client):
    client, csrf = counselor_client
    cid = _held_then_crisis(runtime, resident, client, csrf)
    client.post(f"/console/c/{cid}/ack", data={"csrf_token": csrf})
    page = client.get(f"/console/c/{cid}").get_data(as_text=True)
    banner = page[page.index('data-testid="crisis-banner"'):][:900]
    assert "この発言にボットは相談窓口の電話番号を返信しました" in banner and "確認済み" in banner
    assert "案内済みです" not in banner


def test_a_crisis_before_the_claim_still_says_the_bot_gave_the_hotlines(runtime, resident, counselor_client):
    open_office(runtime)
    resident.follow()
    resident.say("もう死にたい")
    client, _ = counselor_client
    with runtime.db.session() as session:
        cid = session.scalars(select(Conversation.id)).one()
    page = client.get(f"/console/c/{cid}").get_data(as_text=True)
    banner = page[page.index('data-testid="crisis-banner"'):][:900]
    assert "この発言にボットは相談窓口の電話番号を返信しました" in banner and "返信していません" not in banner
    assert "24時間の相談窓口を案内済みです" not in banner  # a fixed sentence no more: read from what was sent


@pytest.mark.browser
def test_the_summary_card_shows_the_new_urgency_without_a_reload(live_server, page, runtime, resident, make_staff):
    from playwright.sync_api import expect
    open_office(runtime)
    make_staff("sato")
    resident.follow()
    resident.say("人と話したい")
    sign_in_browser(page, live_server, "sato")
    page.get_by_test_id("queue-row").get_by_test_id("claim").click()
    expect(page.get_by_test_id("urgency")).to_have_text("ふつう")
    resident.say("もう死にたい")
    expect(page.get_by_test_id("crisis-alert")).to_be_visible()
    expect(page.get_by_test_id("urgency")).to_have_text("緊急")
    expect(page.get_by_test_id("summary-crisis")).to_contain_text("自殺の危険")



def test_a_sign_repeated_while_held_says_the_bot_sent_nothing_and_when_the_lines_went(
        runtime, resident, counselor_client):
    """The lines went out 12 minutes before, in the bot's hands; the same sign again while sato holds the
    conversation gets no reply: the alert and, after 確認しました, the banner say exactly that."""
    open_office(runtime)
    client, csrf = counselor_client
    resident.follow()
    assert "0120" in resident.texts(resident.say("もう死にたい"))
    with runtime.db.session() as session:
        cid = session.scalars(select(Conversation.id)).one()
    client.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf})
    client.post(f"/console/c/{cid}/release", data={"csrf_token": csrf, "to": "bot"})
    resident.say("人と話したい")
    client.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf})
    clock.shift(timedelta(minutes=12))
    assert resident.texts(resident.say("やっぱりもう消えたい。薬をたくさん持っています")) == ""
    page = client.get(f"/console/c/{cid}").get_data(as_text=True)
    alert = page[page.index('data-testid="crisis-alert"'):][:1200]
    assert "この発言にボットは返信していません" in alert and "12分前" in alert and "送信済み" in alert
    assert "相談窓口だけを伝えました" not in alert
    client.post(f"/console/c/{cid}/ack", data={"csrf_token": csrf})
    page = client.get(f"/console/c/{cid}").get_data(as_text=True)
    banner = page[page.index('data-testid="crisis-banner"'):][:1200]
    assert "この発言にボットは返信していません" in banner and "12分前" in banner
    assert "相談窓口だけを伝え" not in banner


def test_the_live_alert_carries_what_the_bot_sent(runtime, resident, counselor_client):
    """The page polls updates.json: the alert that appears without a reload says it too."""
    client, csrf = counselor_client
    cid = _held_then_crisis(runtime, resident, client, csrf)
    news = client.get(f"/console/c/{cid}/updates.json?after=0").get_json()
    assert news["crisis_reply"].startswith("この発言にボットは相談窓口の電話番号を返信しました")


def test_the_alert_never_claims_lines_that_were_not_sent():
    """No hotline number went out in this conversation, and the bot answered the sign without one: the alert
    says so rather than 「相談窓口を伝えました」."""
    from bot.console.crisis_truth import reply_to_sign
    at = "2026-12-06T07:14:00+00:00"
    history = [{"id": 1, "sender": "resident", "text": "もう消えたい", "at": at},
               {"id": 2, "sender": "bot", "text": "教えてくれてありがとう。", "at": at}]
    said = reply_to_sign(history, {"at": at, "signals": ["suicide"]}, ["0120-000-000"], "Asia/Tokyo")
    assert said == "この発言にボットは返信しましたが、相談窓口は含めていません（相談窓口はこの相談ではまだ送っていません）。"
    silent = reply_to_sign(history[:1], {"at": at, "signals": ["suicide"]}, ["0120-000-000"], "Asia/Tokyo")
    assert silent.startswith("この発言にボットは返信していません")
