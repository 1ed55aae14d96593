"""The reception kiosk without a browser: enrollment (one-time codes, revocation, guessing slowed down) and the
confinement of the tablet (CSP, API guards, the QR code). Visits: test_kiosk_visits.py."""
import re
from datetime import timedelta

import pytest

from bot.kiosk import devices as kiosk_devices
from bot.kiosk.views import COOKIE
from storage import clock
from storage.models import KioskDevice
from tests.console_fixtures import sign_in
from tests.kiosk_support import KIOSK, act, enrolled, start


# --- enrollment --------------------------------------------------------------------------------
def test_a_counselor_issues_a_one_time_code_that_enrolls_a_tablet_once(app, counselor_client):
    client, csrf = counselor_client
    made = client.post("/console/kiosks", data={"name": "1階 受付", "csrf_token": csrf})
    assert made.status_code == 302  # then the page shows the code once: reloading it makes no second code
    page = client.get("/console/kiosks").get_data(as_text=True)
    code = re.search(r'data-testid="kiosk-code">([A-Z0-9-]+)<', page).group(1)
    again = client.get("/console/kiosks").get_data(as_text=True)
    assert 'data-testid="kiosk-code"' not in again and again.count('data-testid="kiosk-row"') <= page.count('data-testid="kiosk-row"')
    tablet = app.test_client()
    assert "登録コード" in tablet.get("/kiosk").get_data(as_text=True)  # not enrolled yet: the code form
    resp = tablet.post("/kiosk/enroll", data={"code": code.lower().replace("-", " ")})
    assert resp.status_code == 302
    cookie = resp.headers["Set-Cookie"]
    assert f"{COOKIE}=" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert 'data-testid="lang-en"' in tablet.get("/kiosk").get_data(as_text=True)
    # the same code a second time enrolls nothing
    assert app.test_client().post("/kiosk/enroll", data={"code": code}).status_code == 400
    listing = client.get("/console/kiosks").get_data(as_text=True)
    assert "1階 受付" in listing and "使用中" in listing


def test_only_hashes_of_the_code_and_the_device_token_are_stored(app, runtime):
    _device, code = kiosk_devices.create(runtime.db, "受付1", "sato")
    tablet = app.test_client()
    resp = tablet.post("/kiosk/enroll", data={"code": code})
    token = re.search(f"{COOKIE}=([^;]+)", resp.headers["Set-Cookie"]).group(1)
    with runtime.db.session() as session:
        row = session.query(KioskDevice).one()
        assert row.token_hash and token not in row.token_hash and len(row.token_hash) == 64
        assert row.code_hash is None  # used up


def test_a_code_expires_after_fifteen_minutes_and_a_wrong_code_is_refused(app, runtime):
    _device, code = kiosk_devices.create(runtime.db, "受付1", "sato")
    assert app.test_client().post("/kiosk/enroll", data={"code": "ABCD-EFGH"}).status_code == 400
    clock.shift(timedelta(minutes=16))
    resp = app.test_client().post("/kiosk/enroll", data={"code": code})
    assert resp.status_code == 400 and "有効期限" in resp.get_data(as_text=True)


def test_editors_cannot_enroll_tablets(app, make_staff):
    make_staff("ito", "editor")
    client = app.test_client()
    sign_in(client, "ito")
    assert client.get("/console/kiosks").status_code == 403


def test_a_revoked_tablet_is_back_to_the_enrollment_form_and_its_api_refuses(app, runtime, counselor_client):
    tablet = enrolled(app, runtime)
    token = start(tablet)["token"]
    client, csrf = counselor_client
    with runtime.db.session() as session:
        device_id = session.query(KioskDevice).one().id
    assert client.post(f"/console/kiosks/{device_id}/revoke", data={"csrf_token": csrf}).status_code == 302
    assert "登録コード" in tablet.get("/kiosk").get_data(as_text=True)
    assert act(tablet, token, kind="text", text="hello").status_code == 401
    assert tablet.post("/kiosk/api/visits", json={"lang": "en"}, headers=KIOSK).status_code == 401


# --- confinement ---------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/console/", "/console/login", "/console/kiosks", "/api/v1/conversations",
                                  "/simulator", "/admin", "/healthz", "/callback"])
def test_a_kiosk_tablet_reaches_nothing_but_the_kiosk(app, runtime, path):
    tablet = enrolled(app, runtime)
    resp = tablet.get(path)
    assert resp.status_code == 403
    assert "受付キオスク" in resp.get_data(as_text=True)


def test_kiosk_pages_carry_a_strict_content_security_policy_and_are_never_cached(app, runtime):
    tablet = enrolled(app, runtime)
    resp = tablet.get("/kiosk")
    csp = resp.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert resp.headers["Cache-Control"] == "no-store"
    assert "<script>" not in resp.get_data(as_text=True)  # only the external file


def test_the_kiosk_api_needs_its_header_and_refuses_other_sites(app, runtime):
    tablet = enrolled(app, runtime)
    assert tablet.post("/kiosk/api/visits", json={"lang": "en"}).status_code == 400
    resp = tablet.post("/kiosk/api/visits", json={"lang": "en"},
                       headers={**KIOSK, "Origin": "https://evil.example"})
    assert resp.status_code == 403
    assert tablet.post("/kiosk/api/visits", json={"lang": "xx"}, headers=KIOSK).status_code == 400
    assert app.test_client().post("/kiosk/api/visits", json={"lang": "en"}, headers=KIOSK).status_code == 401


def test_the_qr_code_is_an_svg_drawn_here(app, runtime):
    tablet = enrolled(app, runtime)
    resp = tablet.get("/kiosk/qr.svg")
    assert resp.status_code == 200 and resp.mimetype == "image/svg+xml"
    assert resp.get_data(as_text=True).lstrip().startswith("<svg")


def test_guessing_enrollment_codes_is_slowed_down_even_from_many_addresses(app, runtime):
    from bot.kiosk import devices as kiosk_devices
    _device, code = kiosk_devices.create(runtime.db, "受付1", "tanaka")
    results = [kiosk_devices.enroll(runtime.db, "ZZZZ-ZZZZ", f"10.1.0.{i}") for i in range(12)]
    assert [wait for _token, wait in results[:10]] == [0] * 10 and results[-1][1] > 0
    assert kiosk_devices.enroll(runtime.db, code, "10.2.0.1")[0] is None  # even the right code waits
    tablet = app.test_client()
    page = tablet.post("/kiosk/enroll", data={"code": code})
    assert page.status_code == 429 and "秒のあいだ" in page.get_data(as_text=True)
