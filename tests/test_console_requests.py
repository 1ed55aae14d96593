"""/console/requests: staff answer a resident's request to see or delete their records, and every answer is
recorded — who, when, what was done — while the resident is told in their own language."""
import json

from sqlalchemy import select

from storage import repo
from storage.models import AuditEntry, Conversation, DataRequest, Message, Resident
from tests.console_fixtures import sign_in

SAID = "借金が200万円あって、返せそうにありません"


def _ask(resident, kind_button: str, confirm: bool = True):
    resident.follow()
    resident.say(SAID)
    resident.say("私のデータについて知りたい")
    resident.tap(kind_button)
    if kind_button == "記録を消してほしい" and confirm:
        resident.tap("はい、消してください")
    assert "受け付けました" in resident.texts()


def _request(runtime):
    with runtime.db.session() as session:
        return session.scalars(select(DataRequest)).one()


def _signed_in(app, make_staff, name, role):
    make_staff(name, role)
    client = app.test_client()
    return client, sign_in(client, name)


def _pushes_to(fake_line, user):
    return [m["text"] for c in fake_line.calls("/v2/bot/message/push") if c["body"].get("to") == user
            for m in c["body"]["messages"]]


def test_a_counselor_sees_the_open_request_with_what_we_hold_and_its_due_date(app, runtime, resident, make_staff):
    _ask(resident, "記録を見たい")
    client, _csrf = _signed_in(app, make_staff, "sato", "counselor")
    page = client.get("/console/requests").get_data(as_text=True)
    assert "記録を見たい（開示）" in page and "期限" in page
    assert "メッセージ" in page and 'data-testid="send-copy"' in page
    assert "記録の開示・削除の依頼が 1 件あります" in client.get("/console/").get_data(as_text=True)


def test_sending_the_copy_reaches_the_resident_in_the_chat_and_records_who_did_it(app, runtime, resident, make_staff,
                                                                                fake_line):
    _ask(resident, "記録を見たい")
    client, csrf = _signed_in(app, make_staff, "sato", "counselor")
    req = _request(runtime)
    resp = client.post(f"/console/requests/{req.id}/send-copy", data={"csrf_token": csrf})
    assert resp.status_code == 302
    assert runtime.drain(10)
    [copy] = _pushes_to(fake_line, resident.user)
    assert "記録の写し" in copy and "お金" in copy and "相談の回数: 1回" in copy
    req = _request(runtime)
    assert (req.status, req.action, req.handled_by) == ("done", "copy_sent", "sato")
    assert req.handled_at is not None and "messages=" in req.record
    with runtime.db.session() as session:
        assert session.scalars(select(AuditEntry.action).where(AuditEntry.staff_name == "sato",
                                                               AuditEntry.action == "data_copy_sent")).one()
    page = client.get("/console/requests").get_data(as_text=True)
    assert "未対応の依頼はありません" in page and "写しをトークで送信" in page


def test_the_download_holds_every_message_and_is_written_in_the_audit_log(app, runtime, resident, make_staff):
    _ask(resident, "記録を見たい")
    client, _csrf = _signed_in(app, make_staff, "sato", "counselor")
    resp = client.get(f"/console/requests/{_request(runtime).id}/export.json")
    assert resp.status_code == 200 and "attachment" in resp.headers["Content-Disposition"]
    held = json.loads(resp.get_data(as_text=True))
    assert SAID in [m["text"] for m in held["messages"]]
    assert resident.user not in resp.get_data(as_text=True)
    with runtime.db.session() as session:
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "data_export")).one()


def test_a_hand_over_at_the_counter_needs_a_word_on_how_it_was_done(app, runtime, resident, make_staff):
    _ask(resident, "記録を見たい")
    client, csrf = _signed_in(app, make_staff, "sato", "counselor")
    rid = _request(runtime).id
    client.post(f"/console/requests/{rid}/handed-over", data={"csrf_token": csrf, "note": " "})
    assert _request(runtime).status == "open"
    client.post(f"/console/requests/{rid}/handed-over", data={"csrf_token": csrf, "note": "本人確認のうえ印刷して手渡し"})
    req = _request(runtime)
    assert (req.status, req.action) == ("done", "exported") and "印刷して手渡し" in req.record


def test_only_an_administrator_may_erase_and_only_after_ticking_the_confirmation(app, runtime, resident, make_staff):
    _ask(resident, "記録を消してほしい")
    counselor, csrf = _signed_in(app, make_staff, "sato", "counselor")
    rid = _request(runtime).id
    assert "削除は管理者が実行します" in counselor.get("/console/requests").get_data(as_text=True)
    counselor.post(f"/console/requests/{rid}/erase", data={"csrf_token": csrf, "confirm": "yes"})
    assert "削除は管理者（admin）だけが実行できます" in counselor.get("/console/requests").get_data(as_text=True)
    admin, admin_csrf = _signed_in(app, make_staff, "boss", "admin")
    admin.post(f"/console/requests/{rid}/erase", data={"csrf_token": admin_csrf})
    assert _request(runtime).status == "open"
    with runtime.db.session() as session:
        assert repo.find_resident(session, "line", resident.user) is not None


def test_an_erasure_removes_the_words_and_the_link_tells_the_resident_and_keeps_the_record(app, runtime, resident,
                                                                                          make_staff, fake_line):
    _ask(resident, "記録を消してほしい")
    admin, csrf = _signed_in(app, make_staff, "boss", "admin")
    rid = _request(runtime).id
    resp = admin.post(f"/console/requests/{rid}/erase", data={"csrf_token": csrf, "confirm": "yes"})
    assert resp.status_code == 302
    assert runtime.drain(10)
    assert any("記録を消しました" in t for t in _pushes_to(fake_line, resident.user))
    with runtime.db.session() as session:
        assert repo.find_resident(session, "line", resident.user) is None
        assert not [t for t in session.scalars(select(Message.text)) if t]
        anon = session.scalars(select(Resident)).one()
        assert anon.external_id.startswith("anon-")
        conv = session.scalars(select(Conversation)).one()
        assert (conv.topics or conv.data["topics"]) == ["money"]  # the counts stay
    req = _request(runtime)
    assert (req.status, req.action, req.handled_by) == ("done", "erased", "boss")
    assert "message_texts=" in req.record and "identities=1" in req.record
    resident.say("こんにちは")  # writing again later is a fresh start, not the old records
    with runtime.db.session() as session:
        assert session.scalar(select(Resident).where(Resident.external_id == resident.user)).anonymised_at is None


def test_declining_needs_a_reason_and_invites_the_resident_to_talk(app, runtime, resident, make_staff, fake_line):
    _ask(resident, "記録を消してほしい")
    client, csrf = _signed_in(app, make_staff, "sato", "counselor")
    rid = _request(runtime).id
    client.post(f"/console/requests/{rid}/decline", data={"csrf_token": csrf, "reason": ""})
    assert _request(runtime).status == "open"
    client.post(f"/console/requests/{rid}/decline", data={"csrf_token": csrf, "reason": "同行支援が来週あるため本人と相談"})
    assert runtime.drain(10)
    assert any("担当者からお話ししたい" in t for t in _pushes_to(fake_line, resident.user))
    req = _request(runtime)
    assert (req.status, req.action) == ("declined", "declined") and "来週" in req.record
    resp = client.post(f"/console/requests/{rid}/decline", data={"csrf_token": csrf, "reason": "again"})
    assert "すでに対応済み" in client.get(resp.headers["Location"]).get_data(as_text=True)


def test_the_requests_page_is_for_people_who_work_with_conversations(app, runtime, resident, make_staff):
    _ask(resident, "記録を見たい")
    editor, csrf = _signed_in(app, make_staff, "ed", "editor")
    assert editor.get("/console/requests").status_code == 403
    assert editor.post(f"/console/requests/{_request(runtime).id}/send-copy",
                       data={"csrf_token": csrf}).status_code == 403
    anonymous = app.test_client()
    assert anonymous.get("/console/requests").status_code in (302, 401)
    assert _request(runtime).status == "open"


def test_a_counselor_who_cannot_delete_is_told_whom_to_ask(app, runtime, resident, make_staff):
    _ask(resident, "記録を消してほしい")
    client, _csrf = _signed_in(app, make_staff, "sato", "counselor")
    page = client.get("/console/requests").get_data(as_text=True)
    assert "管理者のアカウントがまだありません" in page and "madoguchi staff add" in page
    make_staff("kanri", "admin")
    page = client.get("/console/requests").get_data(as_text=True)
    assert "削除は管理者が実行します（" in page and "さんに依頼してください" in page
