"""/api/v1/conversations: bearer tokens, the exclusive claim under concurrency, delivery, release, roles."""
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from bot.staff import accounts
from storage.models import ApiToken, AuditEntry
from tests.console_fixtures import conversation


def auth(token):
    return {"Authorization": f"Bearer {token}"}


def test_without_a_valid_token_the_api_answers_401_in_json(client, waiting):
    _resident, cid = waiting
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic abc"}):
        resp = client.get("/api/v1/conversations", headers=headers)
        assert resp.status_code == 401 and "error" in resp.get_json()
    assert client.post(f"/api/v1/conversations/{cid}/claim").status_code == 401


def test_only_a_hash_of_the_token_is_stored(runtime, token_for):
    token = token_for("sato")
    with runtime.db.session() as session:
        stored = session.scalars(select(ApiToken.token_hash)).all()
    assert stored == [accounts.token_digest(token)] and token not in stored


def test_the_queue_lists_waiting_conversations_with_their_summary(client, waiting, token_for):
    _resident, cid = waiting
    rows = client.get("/api/v1/conversations?status=waiting", headers=auth(token_for("sato"))).get_json()
    assert [r["id"] for r in rows] == [cid]
    row = rows[0]
    assert set(row) >= {"id", "status", "urgency", "crisis", "topics", "lang", "waiting_since", "assigned_to", "summary"}
    assert row["status"] == "waiting" and row["lang"] == "ja"
    assert {"housing", "money"} & set(row["topics"] + row["summary"]["topics"])
    assert client.get("/api/v1/conversations?status=nonsense", headers=auth(token_for("sato2"))).status_code == 400


def test_a_conversation_comes_with_its_messages_and_the_read_is_audited(client, runtime, waiting, token_for):
    _resident, cid = waiting
    body = client.get(f"/api/v1/conversations/{cid}", headers=auth(token_for("sato"))).get_json()
    senders = {m["sender"] for m in body["messages"]}
    assert {"resident", "bot"} <= senders
    assert all(set(m) >= {"sender", "text", "at"} for m in body["messages"])
    with runtime.db.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "read")).one()
        assert (entry.staff_name, entry.conversation_id, entry.via) == ("sato", cid, "api")
    assert client.get("/api/v1/conversations/999999", headers=auth(token_for("x"))).status_code == 404


def test_ten_counselors_claiming_at_once_one_wins_and_the_others_learn_who(app, runtime, waiting, token_for):
    _resident, cid = waiting
    tokens = [token_for(f"c{i}") for i in range(10)]
    start = threading.Barrier(10)

    def claim(token):
        client = app.test_client()
        start.wait()
        resp = client.post(f"/api/v1/conversations/{cid}/claim", headers=auth(token))
        return resp.status_code, resp.get_json()

    with ThreadPoolExecutor(10) as pool:
        results = list(pool.map(claim, tokens))
    wins = [body for status, body in results if status == 200]
    losses = [body for status, body in results if status == 409]
    assert len(wins) == 1 and len(losses) == 9
    holder = wins[0]["assigned_to"]
    assert all(body["holder"] == holder and holder in body["error"] for body in losses)
    assert conversation(runtime, cid).assigned_to == holder


def test_a_claim_by_the_holder_again_is_fine(client, waiting, token_for):
    _resident, cid = waiting
    token = token_for("sato")
    assert client.post(f"/api/v1/conversations/{cid}/claim", headers=auth(token)).status_code == 200
    assert client.post(f"/api/v1/conversations/{cid}/claim", headers=auth(token)).status_code == 200


def test_a_reply_is_pushed_to_the_resident_with_a_retry_key(client, waiting, token_for, fake_line):
    resident, cid = waiting
    token = token_for("sato")
    assert client.post(f"/api/v1/conversations/{cid}/messages", json={"text": "こんにちは"},
                       headers=auth(token)).status_code == 409  # claim first
    client.post(f"/api/v1/conversations/{cid}/claim", headers=auth(token))
    resp = client.post(f"/api/v1/conversations/{cid}/messages", json={"text": "佐藤です。お話を聞きます。"},
                       headers=auth(token))
    assert resp.status_code == 201 and resp.get_json()["sender"] == "counselor"
    assert resident.texts(resident.wait()) == "佐藤です。お話を聞きます。"
    push = fake_line.calls("/v2/bot/message/push")[-1]
    assert push["body"]["to"] == resident.user and push["retry_key"]
    for bad in ({}, {"text": ""}, {"text": 5}, {"text": "x" * 5001}):
        assert client.post(f"/api/v1/conversations/{cid}/messages", json=bad, headers=auth(token)).status_code == 400


def test_someone_else_cannot_reply_release_or_transfer_a_held_conversation(client, waiting, token_for):
    _resident, cid = waiting
    sato, suzuki = token_for("sato"), token_for("suzuki")
    client.post(f"/api/v1/conversations/{cid}/claim", headers=auth(sato))
    for path, body in (("messages", {"text": "x"}), ("release", {"to": "bot"}), ("transfer", {"to": "suzuki"})):
        resp = client.post(f"/api/v1/conversations/{cid}/{path}", json=body, headers=auth(suzuki))
        assert resp.status_code == 409 and resp.get_json()["holder"] == "sato"


def test_hand_back_to_the_bot_then_the_bot_answers_again(client, runtime, waiting, token_for):
    resident, cid = waiting
    token = token_for("sato")
    client.post(f"/api/v1/conversations/{cid}/claim", headers=auth(token))
    resp = client.post(f"/api/v1/conversations/{cid}/release", json={"to": "bot"}, headers=auth(token))
    assert resp.status_code == 200 and resp.get_json()["status"] == "bot"
    assert "自動でご案内します" in resident.texts(resident.wait())
    assert resident.say("仕事をさがしています")  # the bot speaks again
    assert conversation(runtime, cid).status == "bot"


def test_close_with_an_outcome_code(client, runtime, waiting, token_for):
    resident, cid = waiting
    token = token_for("sato")
    client.post(f"/api/v1/conversations/{cid}/claim", headers=auth(token))
    bad = client.post(f"/api/v1/conversations/{cid}/release", json={"to": "closed", "outcome": "??"}, headers=auth(token))
    assert bad.status_code == 400 and "outcome" in bad.get_json()["error"]
    assert client.post(f"/api/v1/conversations/{cid}/release", json={"to": "moon"}, headers=auth(token)).status_code == 400
    resp = client.post(f"/api/v1/conversations/{cid}/release", json={"to": "closed", "outcome": "referred"},
                       headers=auth(token))
    assert resp.status_code == 200
    conv = conversation(runtime, cid)
    assert (conv.status, conv.outcome) == ("closed", "referred") and conv.closed_at
    assert "ありがとうございました" in resident.texts(resident.wait())
    closed = client.get("/api/v1/conversations?status=closed", headers=auth(token)).get_json()
    assert [r["id"] for r in closed] == [cid]
    assert client.post(f"/api/v1/conversations/{cid}/claim", headers=auth(token)).status_code == 409


def test_transfer_to_a_colleague(client, runtime, waiting, token_for):
    _resident, cid = waiting
    sato, suzuki = token_for("sato"), token_for("suzuki")
    client.post(f"/api/v1/conversations/{cid}/claim", headers=auth(sato))
    assert client.post(f"/api/v1/conversations/{cid}/transfer", json={"to": "nobody"}, headers=auth(sato)).status_code == 400
    assert client.post(f"/api/v1/conversations/{cid}/transfer", json={"to": "suzuki"}, headers=auth(sato)).status_code == 200
    assert conversation(runtime, cid).assigned_to == "suzuki"
    assert client.post(f"/api/v1/conversations/{cid}/messages", json={"text": "鈴木です"}, headers=auth(suzuki)).status_code == 201


ENDPOINTS = [("get", "/api/v1/conversations", None), ("get", "/api/v1/conversations/{cid}", None),
             ("post", "/api/v1/conversations/{cid}/claim", None),
             ("post", "/api/v1/conversations/{cid}/messages", {"text": "x"}),
             ("post", "/api/v1/conversations/{cid}/notes", {"text": "x"}),
             ("post", "/api/v1/conversations/{cid}/transfer", {"to": "sato"}),
             ("post", "/api/v1/conversations/{cid}/release", {"to": "bot"})]


@pytest.mark.parametrize("method, path, body", ENDPOINTS)
def test_an_editor_cannot_use_any_conversation_endpoint(client, waiting, token_for, method, path, body):
    _resident, cid = waiting
    resp = getattr(client, method)(path.format(cid=cid), json=body, headers=auth(token_for("ed", "editor")))
    assert resp.status_code == 403 and "editor" in resp.get_json()["error"]


@pytest.mark.parametrize("method, path, body", ENDPOINTS)
def test_an_admin_may_use_every_conversation_endpoint(client, waiting, token_for, method, path, body):
    _resident, cid = waiting
    token = token_for("boss", "admin")
    token_for("sato")
    if path.endswith(("messages", "transfer", "release")):
        client.post(f"/api/v1/conversations/{cid}/claim", headers=auth(token))
    resp = getattr(client, method)(path.format(cid=cid), json=body, headers=auth(token))
    assert resp.status_code in (200, 201), resp.get_json()
