"""Every route of the app, read from its url_map, is either on a short public list or guarded — so a page added
tomorrow cannot slip out unprotected: staff pages under /console and /admin need a signed-in account of the right
role and carry the security headers (also on the sign-in redirect and the refusal), the API needs a bearer token
of the right role, and the kiosk's visit API needs an enrolled tablet. Refused requests store nothing."""
import re

import pytest

from bot.kiosk import devices as kiosk_devices
from dialogs import overlay
from handlers.reports import figures
from storage.models import Conversation
from tests.booking_helpers import add_slot
from tests.console_fixtures import sign_in
from tests.hostile import (
    ROLES,
    build_path,
    changed_tables,
    fingerprint,
    path_params,
    routes,
)

# Routes anyone may reach, and why. Anything else must be guarded (tested below).
PUBLIC = {
    "/": "a hello for load balancers",
    "/healthz": "health check (no data)",
    "/callback": "the LINE webhook: its own X-Line-Signature check (tests/test_webhook*.py)",
    "/static/<path:filename>": "CSS and scripts",
    "/kiosk/static/<path:filename>": "the kiosk's CSS and scripts",
    "/console/login": "the sign-in form",
    "/console/logout": "signing out (needs the CSRF token)",
    "/kiosk": "the kiosk page: an enrollment form until the tablet is enrolled",
    "/kiosk/enroll": "a tablet trades a one-time code (made by staff) for its device cookie",
    "/kiosk/qr.svg": "the LINE add-friend QR code (public)",
}
DEMO_ONLY = "/simulator"  # registered only in the demo and in tests (bot/__init__.py)
SESSION_PREFIXES = ("/console", "/admin")
# A view whose purpose is to refuse: it tells a signed-in editor they have no access to conversations.
REFUSES_BY_DESIGN = {"console.denied"}
SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def kind_of(rule) -> str:
    """How a route is guarded, decided by its path alone."""
    if rule.rule in PUBLIC:
        return "public"
    if rule.rule.startswith(DEMO_ONLY):
        return "demo"
    if rule.rule.startswith("/api/"):
        return "token"
    if rule.rule.startswith("/kiosk/api/"):
        return "kiosk"
    if rule.rule.startswith(SESSION_PREFIXES):
        return "session"
    return "unclassified"


def assert_security_headers(resp, context) -> None:
    """CSP without inline code and no framing, nosniff, same-origin referrers, nothing cached."""
    csp = resp.headers.get("Content-Security-Policy", "")
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp, (context, csp)
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, (context, csp)
    for name, value in SECURITY_HEADERS.items():
        assert resp.headers.get(name) == value, (context, name, resp.headers.get(name))


@pytest.fixture
def samples(app, runtime, resident, api_client):
    """A value behind every kind of path parameter: a conversation, booking, slot, pattern, tablet, place…"""
    resident.follow()
    resident.say("家賃が払えなくて困っています")
    resident.say("人と話したい")
    with runtime.db.session() as session:
        cid = session.query(Conversation.id).filter_by(status="waiting").scalar()
    slot_id = add_slot(runtime, 3, capacity=2)
    booking = api_client("counselor").post("/api/v1/bookings", json={"slot_id": slot_id, "conversation_id": cid})
    pattern = api_client("editor").post("/api/v1/slots", json={
        "weekly": {"weekday": "wed", "start": "09:30", "end": "11:30"}, "meeting_point": "駅 北口",
        "counselor": "田中", "languages": ["ja"], "interpreter": False, "capacity": 1})
    device, _code = kiosk_devices.create(runtime.db, "受付1", "test")
    place = api_client("admin").get("/api/v1/places?lat=35.66&lon=139.70&limit=1").get_json()
    runtime.drain()
    return {"cid": cid, "booking_id": booking.get_json()["id"], "slot_id": slot_id,
            "pattern_id": pattern.get_json()["pattern"]["id"], "device_id": device.id, "kind": "places",
            "entry_id": place[0]["id"] if place else 1, "vid": 1, "figure_id": sorted(figures())[0],
            "path": overlay.editable_files(runtime.settings.data_dir)[0]}


def url(rule, samples) -> str:
    """The rule's path with a sample for each parameter."""
    return build_path(rule, {name: samples.get(name, 1) for _conv, name in path_params(rule)})


def test_every_route_is_public_on_purpose_or_guarded(app):
    unclassified = [r.rule for r, _m in routes(app, "/") if kind_of(r) == "unclassified"]
    assert unclassified == [], "add a guard (or, if it really is public, a line in PUBLIC saying why)"


def test_every_staff_page_and_api_view_declares_the_roles_it_serves(app):
    unguarded = [f"{m} {r.rule}" for r, m in routes(app, "/") if kind_of(r) in ("session", "token")
                 and not hasattr(app.view_functions[r.endpoint], "roles")]
    assert unguarded == [], "use security.login_required(...) or api_auth.token_required(...)"


def test_an_anonymous_visitor_gets_the_sign_in_page_or_a_refusal_with_security_headers_and_changes_nothing(
        app, runtime, samples):
    staff_routes = [(r, m) for r, m in routes(app, "/") if kind_of(r) == "session"]
    assert len(staff_routes) >= 30, staff_routes
    anonymous = app.test_client()
    for rule, method in staff_routes:
        path, before = url(rule, samples), fingerprint(runtime)
        resp = anonymous.open(path, method=method, data={"text": "x", "name": "x"})
        if method == "GET":
            assert resp.status_code == 302 and "/console/login" in resp.headers["Location"], (path, resp.status_code)
        else:
            assert resp.status_code == 400, (method, path, resp.status_code)  # no CSRF token: refused first
        assert_security_headers(resp, (method, path))
        assert changed_tables(before, fingerprint(runtime)) == [], (method, path)


def test_an_unknown_page_or_a_wrong_method_under_the_staff_paths_still_carries_the_headers(client):
    for method, path in (("GET", "/console/no-such-page"), ("GET", "/admin/dialogs/nothing/here"),
                         ("DELETE", "/console/"), ("PUT", "/admin/slots")):
        resp = client.open(path, method=method)
        assert resp.status_code in (404, 405), (method, path, resp.status_code)
        assert_security_headers(resp, (method, path))


def test_a_visitor_with_a_valid_form_token_but_no_account_is_still_sent_to_sign_in(app, runtime, samples):
    visitor = app.test_client()
    page = visitor.get("/console/login").get_data(as_text=True)
    csrf = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)
    for rule, method in [(r, m) for r, m in routes(app, "/") if kind_of(r) == "session" and m == "POST"]:
        path, before = url(rule, samples), fingerprint(runtime)
        resp = visitor.post(path, data={"csrf_token": csrf, "text": "x", "name": "x"})
        assert resp.status_code == 302 and "/console/login" in resp.headers["Location"], (path, resp.status_code)
        assert_security_headers(resp, (method, path))
        assert changed_tables(before, fingerprint(runtime)) == [], (method, path)


@pytest.mark.parametrize("role", ROLES)
def test_each_role_is_refused_where_it_does_not_belong_and_served_where_it_does_with_headers_every_time(
        app, runtime, samples, make_staff, role):
    make_staff(f"guard-{role}", role)
    browser = app.test_client()
    csrf = sign_in(browser, f"guard-{role}")
    for rule, method in [(r, m) for r, m in routes(app, "/") if kind_of(r) == "session"]:
        if rule.rule in PUBLIC:
            continue
        allowed = set(app.view_functions[rule.endpoint].roles) or set(ROLES)
        path, before = url(rule, samples), fingerprint(runtime)
        if method == "GET":
            resp = browser.get(path)
        elif role in allowed:
            continue  # what each action does for the right role is tested with the feature
        else:
            resp = browser.post(path, data={"csrf_token": csrf, "text": "x", "name": "x", "to": "bot"})
        context = (role, method, path, resp.status_code)
        assert resp.status_code < 500, context
        assert_security_headers(resp, context)
        if role not in allowed or rule.endpoint in REFUSES_BY_DESIGN:
            assert resp.status_code == 403, context
            assert changed_tables(before, fingerprint(runtime)) == [], context
        else:
            # 404: the sample does not exist (e.g. no dialog version 1); a redirect to another page, not to sign-in
            assert resp.status_code in (200, 404) or (
                resp.status_code == 302 and "/login" not in resp.headers["Location"]), context
            if resp.status_code == 200 and resp.mimetype == "text/html":
                assert "<script>" not in resp.get_data(as_text=True), context  # the CSP forbids inline scripts


def test_every_api_view_refuses_a_missing_token_and_the_wrong_role_and_changes_nothing(app, runtime, samples,
                                                                                   api_client):
    clients = {"anonymous": app.test_client(), **{role: api_client(role) for role in ROLES}}
    for rule, method in [(r, m) for r, m in routes(app, "/") if kind_of(r) == "token"]:
        allowed = set(app.view_functions[rule.endpoint].roles) or set(ROLES)
        for who, client in clients.items():
            if who in allowed:
                continue
            path, before = url(rule, samples), fingerprint(runtime)
            resp = client.open(path, method=method, json={})
            context = (who, method, path)
            assert resp.status_code == (401 if who == "anonymous" else 403), (context, resp.status_code)
            assert resp.is_json and resp.get_json()["error"], context
            assert changed_tables(before, fingerprint(runtime)) == [], context


def test_the_kiosk_visit_api_refuses_a_browser_that_is_not_an_enrolled_tablet(app, runtime, samples):
    browser = app.test_client()
    for rule, method in [(r, m) for r, m in routes(app, "/") if kind_of(r) == "kiosk"]:
        path, before = url(rule, samples), fingerprint(runtime)
        resp = browser.open(path, method=method, json={"lang": "en"}, headers={"X-Kiosk": "1"})
        assert resp.status_code == 401 and resp.get_json()["error"], (method, path, resp.status_code)
        assert_security_headers(resp, (method, path))
        assert changed_tables(before, fingerprint(runtime)) == [], (method, path)
