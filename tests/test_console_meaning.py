"""Meaning for counselors: a resident's message in another language shows its Japanese meaning from the centre's
own LibreTranslate-compatible service (a real local server here), the counselor can see their reply in the
resident's language before sending; without a service, what the triage reads in the message."""
import re

import pytest
from sqlalchemy import select

from storage.models import Conversation
from tests.console_fixtures import open_office
from tests.translate_server import TranslateServer


@pytest.fixture
def translate_server():
    server = TranslateServer(api_key="centre-key").start()
    yield server
    server.stop()


@pytest.fixture
def settings(settings, translate_server):
    settings.translate_url, settings.translate_key = translate_server.url, "centre-key"
    return settings


def _english_resident_waiting(runtime, resident) -> int:
    open_office(runtime)
    resident.follow()
    resident.say("I lost my job and I have no money")
    resident.say("I want to talk to a person")
    with runtime.db.session() as session:
        return session.scalars(select(Conversation.id).where(Conversation.status == "waiting")).one()


def _meanings(html: str) -> list[str]:
    return [re.sub(r"\s+", " ", m).strip() for m in re.findall(r'data-testid="meaning"[^>]*>(.*?)</div>', html, re.S)]


def test_a_foreign_message_shows_its_japanese_meaning_from_the_centres_service(runtime, resident, counselor_client,
                                                                              translate_server):
    cid = _english_resident_waiting(runtime, resident)
    client, _ = counselor_client
    page = client.get(f"/console/c/{cid}").get_data(as_text=True)
    meanings = _meanings(page)
    assert any("仕事を失い、お金がありません" in m and "機械翻訳" in m for m in meanings)
    asked = [call for call in translate_server.calls if call["target"] == "ja"]
    assert asked and all(call["source"] == "en" and call["api_key"] == "centre-key" for call in asked)
    assert not any("ボット" in m for m in meanings)  # only the resident's own words, never the bot's


def test_new_messages_arrive_with_their_meaning_in_the_live_updates(runtime, resident, counselor_client):
    cid = _english_resident_waiting(runtime, resident)
    client, _ = counselor_client
    last = max(int(x) for x in re.findall(r'data-id="(\d+)"', client.get(f"/console/c/{cid}").get_data(as_text=True)))
    resident.say("Can someone help me today?")
    news = client.get(f"/console/c/{cid}/updates.json?after={last}").get_json()
    said = [m for m in news["messages"] if m["sender"] == "resident"]
    assert said and said[0]["meaning"] == {"kind": "translated", "text": "〔ja〕Can someone help me today?",
                                           "via": runtime.translator.host, "lang": "en"}


def test_a_failing_service_leaves_the_page_working_with_what_the_triage_read(runtime, resident, counselor_client,
                                                                             translate_server):
    cid = _english_resident_waiting(runtime, resident)
    translate_server.failing = True
    client, _ = counselor_client
    resp = client.get(f"/console/c/{cid}")
    meanings = _meanings(resp.get_data(as_text=True))
    assert resp.status_code == 200
    assert any("翻訳できませんでした" in m and "仕事" in m and "お金" in m for m in meanings)


def test_the_counselor_sees_the_reply_in_the_residents_language_and_decides_to_use_it(
        runtime, resident, counselor_client, translate_server):
    cid = _english_resident_waiting(runtime, resident)
    client, csrf = counselor_client
    client.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf})
    page = client.get(f"/console/c/{cid}").get_data(as_text=True)
    assert re.search(r'data-testid="reply-preview-button">English\s*に訳して確かめる<', page)
    preview = client.post(f"/console/c/{cid}/reply-preview", json={"text": "明日の10時に窓口でお待ちしています。"},
                          headers={"X-CSRF-Token": csrf}).get_json()
    assert preview["text"] == "We will wait for you at the counter tomorrow at 10." and preview["lang"] == "en"
    assert client.post(f"/console/c/{cid}/reply-preview", json={"text": "  "},
                       headers={"X-CSRF-Token": csrf}).status_code == 400
    assert client.post(f"/console/c/{cid}/reply-preview", json={"text": "こんにちは"}).status_code == 400  # no CSRF


def test_without_a_service_nothing_leaves_the_centre_and_the_triage_reading_is_shown(
        runtime, resident, counselor_client, translate_server):
    runtime.translator = None  # as when MADOGUCHI_TRANSLATE_URL is not set (the default)
    cid = _english_resident_waiting(runtime, resident)
    translate_server.calls.clear()
    client, csrf = counselor_client
    client.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf})
    page = client.get(f"/console/c/{cid}").get_data(as_text=True)
    assert any("読み取れた内容：お金・仕事" in m and "翻訳できませんでした" not in m for m in _meanings(page))
    assert 'data-testid="reply-preview-button"' not in page
    assert client.post(f"/console/c/{cid}/reply-preview", json={"text": "こんにちは"},
                       headers={"X-CSRF-Token": csrf}).get_json() == {"available": False}
    assert translate_server.calls == []


def test_a_japanese_message_from_a_foreign_resident_needs_no_meaning(runtime, resident, counselor_client):
    cid = _english_resident_waiting(runtime, resident)
    resident.say("にほんごも すこし わかります")
    client, _ = counselor_client
    page = client.get(f"/console/c/{cid}").get_data(as_text=True)
    block = page[page.index("にほんごも すこし わかります"):]
    assert 'data-testid="meaning"' not in block[:block.index("</li>")]
