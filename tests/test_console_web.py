"""The console in a browser-less client: sign-in, roles, CSRF, throttling, audit, headers, the pages themselves."""
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot import create_app
from storage import clock
from storage.models import AuditEntry, Note
from tests.console_fixtures import PASSWORD, conversation, csrf_of, sign_in


def test_the_console_asks_for_a_sign_in(client):
    resp = client.get("/console/")
    assert resp.status_code == 302 and "/console/login" in resp.headers["Location"]


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(client, make_staff):
    make_staff("sato")
    token = csrf_of(client.get("/console/login").get_data(as_text=True))
    for name in ("sato", "nobody"):
        resp = client.post("/console/login", data={"name": name, "password": "wrong password!", "csrf_token": token})
        assert resp.status_code == 401 and "名前またはパスワードが違います" in resp.get_data(as_text=True)


def test_repeated_failed_sign_ins_are_slowed_down_per_account_and_address(app, client, make_staff):
    make_staff("sato")
    token = csrf_of(client.get("/console/login").get_data(as_text=True))
    codes = [client.post("/console/login", data={"name": "sato", "password": "nope nope nope", "csrf_token": token},
                         environ_base={"REMOTE_ADDR": "10.0.0.1"}).status_code for _ in range(6)]
    assert codes == [401] * 4 + [429] * 2  # four free tries, then a growing wait
    refused = client.post("/console/login", data={"name": "sato", "password": PASSWORD, "csrf_token": token},
                          environ_base={"REMOTE_ADDR": "10.0.0.1"})
    assert refused.status_code == 429 and "秒後" in refused.get_data(as_text=True)  # even the right password waits
    other = app.test_client()  # another address is not blocked by this one's failures
    sign_in(other, "sato")
    clock.shift(timedelta(minutes=16))
    sign_in(client, "sato")  # after the block, the right password works again


def test_the_throttle_lives_in_the_database_so_every_worker_sees_it(settings, bundle, make_staff):
    make_staff("sato")
    one, two = create_app({"settings": settings, "bundle": bundle}), create_app({"settings": settings, "bundle": bundle})
    try:
        for app in (one, two, one, two, one):
            c = app.test_client()
            token = csrf_of(c.get("/console/login").get_data(as_text=True))
            c.post("/console/login", data={"name": "sato", "password": "bad bad bad", "csrf_token": token})
        c = two.test_client()
        token = csrf_of(c.get("/console/login").get_data(as_text=True))
        assert c.post("/console/login", data={"name": "sato", "password": "bad bad bad",
                                              "csrf_token": token}).status_code == 429
    finally:
        one.extensions["madoguchi"].close()
        two.extensions["madoguchi"].close()


def test_a_form_without_the_csrf_token_is_refused(waiting, counselor_client, runtime):
    _resident, cid = waiting
    client, csrf = counselor_client
    for data in ({}, {"csrf_token": "forged"}):
        resp = client.post(f"/console/c/{cid}/claim", data=data)
        assert resp.status_code == 400 and "有効期限" in resp.get_data(as_text=True)
    assert conversation(runtime, cid).status == "waiting"
    assert client.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf}).status_code == 302
    assert conversation(runtime, cid).status == "active"


def test_the_login_form_itself_needs_the_csrf_token(client, make_staff):
    make_staff("sato")
    assert client.post("/console/login", data={"name": "sato", "password": PASSWORD}).status_code == 400


def test_an_editor_cannot_read_conversations_in_the_console(app, waiting, make_staff):
    _resident, cid = waiting
    make_staff("ed", "editor")
    client = app.test_client()
    sign_in(client, "ed")
    for path in ("/console/", "/console/queue.json", f"/console/c/{cid}", f"/console/c/{cid}/updates.json"):
        assert client.get(path).status_code == 403, path
    assert "相談の内容は見られません" in client.get("/console/denied").get_data(as_text=True)


def test_staff_pages_carry_security_headers_and_a_strict_cookie(client, make_staff):
    make_staff("sato")
    page = client.get("/console/login")
    csp = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert page.headers["X-Frame-Options"] == "DENY"
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert page.headers["Referrer-Policy"] == "same-origin"
    assert "<script>" not in page.get_data(as_text=True)  # no inline scripts anywhere
    cookie = page.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie


def test_behind_an_https_proxy_the_session_cookie_is_secure(settings, bundle, make_staff):
    settings.proxy_fix = 1
    app = create_app({"settings": settings, "bundle": bundle})
    try:
        page = app.test_client().get("/console/login", headers={"X-Forwarded-Proto": "https"})
        assert "Secure" in page.headers["Set-Cookie"]
    finally:
        app.extensions["madoguchi"].close()


def test_without_a_configured_secret_key_staff_pages_refuse_to_work_and_say_why(settings, bundle):
    settings.testing, settings.secret_key_generated = False, True
    settings.inprocess_worker = False
    app = create_app({"settings": settings, "bundle": bundle})
    try:
        for path in ("/console/login", "/console/", "/admin/slots"):
            page = app.test_client().get(path)
            assert page.status_code == 503, path
            assert "SECRET_KEY" in page.get_data(as_text=True) and "再起動" in page.get_data(as_text=True)
            assert page.headers["Cache-Control"] == "no-store"
        assert app.test_client().get("/healthz").status_code == 200  # the bot itself keeps working
    finally:
        app.extensions["madoguchi"].close()


def test_the_queue_page_and_its_live_json(waiting, counselor_client):
    _resident, cid = waiting
    client, _csrf = counselor_client
    html = client.get("/console/").get_data(as_text=True)
    assert 'data-testid="queue-row"' in html and "担当する" in html and "家賃が払えなくて" in html
    rows = client.get("/console/queue.json").get_json()["rows"]
    assert [r["id"] for r in rows] == [cid]


def test_the_conversation_page_shows_history_summary_and_canned_replies_with_their_meaning(
        runtime, waiting, counselor_client):
    resident, cid = waiting
    with runtime.db.session() as session:  # a resident who writes in English
        from storage.models import Resident
        session.scalars(select(Resident)).one().lang = "en"
    client, csrf = counselor_client
    client.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf})
    html = client.get(f"/console/c/{cid}").get_data(as_text=True)
    assert "家賃が払えなくて困っています" in html and "受付の要約" in html
    assert "Hello, this is sato, a counselor." in html  # what goes out, in the resident's language
    assert "意味：相談員のsatoです。" in html  # and what it means, in Japanese


def test_notes_are_kept_and_never_sent(runtime, waiting, counselor_client, fake_line):
    resident, cid = waiting
    client, csrf = counselor_client
    before = len(fake_line.calls("/v2/bot/message/"))
    client.post(f"/console/c/{cid}/note", data={"csrf_token": csrf, "text": "家賃3か月滞納。住居確保給付金を検討。"})
    runtime.drain()
    assert len(fake_line.calls("/v2/bot/message/")) == before
    assert "住居確保給付金を検討" in client.get(f"/console/c/{cid}").get_data(as_text=True)
    with runtime.db.session() as session:
        assert session.scalars(select(Note.author)).all() == ["sato"]


def test_a_second_counselor_claiming_is_told_who_has_it(app, runtime, waiting, counselor_client, make_staff):
    _resident, cid = waiting
    first, csrf = counselor_client
    first.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf})
    make_staff("suzuki")
    second = app.test_client()
    csrf2 = sign_in(second, "suzuki")
    resp = second.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf2}, follow_redirects=True)
    assert "sato さんが対応中です" in resp.get_data(as_text=True)


def test_every_staff_read_of_a_conversation_is_audited(runtime, waiting, counselor_client):
    resident, cid = waiting
    client, _csrf = counselor_client
    client.get(f"/console/c/{cid}")
    client.get(f"/console/c/{cid}/updates.json?after=0")
    with runtime.db.session() as session:
        reads = session.scalars(select(AuditEntry).where(AuditEntry.action == "read")).all()
        assert [(e.staff_name, e.conversation_id, e.via) for e in reads] == [("sato", cid, "console")] * 2
    client.get(f"/console/c/{cid}/updates.json?after=999999")  # nothing new read: nothing to record
    with runtime.db.session() as session:
        assert len(session.scalars(select(AuditEntry).where(AuditEntry.action == "read")).all()) == 2


def test_sign_in_redirects_only_inside_the_console(client, make_staff):
    make_staff("sato")
    token = csrf_of(client.get("/console/login").get_data(as_text=True))
    resp = client.post("/console/login", data={"name": "sato", "password": PASSWORD, "csrf_token": token,
                                               "next": "https://evil.example/"})
    assert resp.headers["Location"].endswith("/console/")


@pytest.mark.parametrize("path", ["/claim", "/reply", "/note", "/transfer", "/release", "/ack"])
def test_an_editor_cannot_act_on_a_conversation(app, waiting, make_staff, path):
    _resident, cid = waiting
    make_staff("ed", "editor")
    client = app.test_client()
    csrf = sign_in(client, "ed")
    assert client.post(f"/console/c/{cid}{path}", data={"csrf_token": csrf, "text": "x", "to": "bot"}).status_code == 403
