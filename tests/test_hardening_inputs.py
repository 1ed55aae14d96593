"""Odd input answered plainly: no header injection through next=/back=, no control characters in .ics,
and the simulator signs events only for its own /callback whatever the Host header says."""
import json

import requests
from sqlalchemy import func, select

from handlers import ics
from storage.models import InboundEvent
from tests.console_fixtures import PASSWORD, csrf_of


def test_a_next_with_cr_lf_or_another_host_lands_on_the_start_page(app, make_staff):
    make_staff("sato")
    for target in ["/console/queue\r\nSet-Cookie: evil=1", "//evil.example/console", "/console\\..\\x",
                   "https://evil.example/console"]:
        client = app.test_client()
        csrf = csrf_of(client.get("/console/login").get_data(as_text=True))
        resp = client.post("/console/login", data={"name": "sato", "password": PASSWORD, "csrf_token": csrf,
                                                   "next": target})
        assert resp.status_code == 302
        assert resp.headers["Location"].endswith("/console/") or resp.headers["Location"].endswith("/console/queue")
        assert "evil" not in resp.headers["Location"] and "\n" not in resp.headers["Location"]


def test_ics_text_carries_no_control_characters():
    assert ics.escape("面談\x07の\x1b[31m案内\x00です\tタブ") == "面談の[31m案内です\tタブ"
    assert ics.escape("一行目\r\n二行目") == "一行目\\n二行目"


def test_the_simulator_posts_to_its_own_callback_whatever_the_host_header(live_server, runtime):
    resp = requests.post(f"{live_server}/simulator/api/send", timeout=10,
                         json={"user": "Uhostile", "kind": "text", "text": "こんにちは"},
                         headers={"Host": "192.0.2.1:9"})
    assert resp.status_code == 200, resp.text
    with runtime.db.session() as s:
        assert s.scalar(select(func.count()).select_from(InboundEvent)) == 1


def test_text_with_control_characters_typed_in_the_simulator_reaches_the_bot_cleaned_like_a_line_message(live_server, runtime):
    typed = "家賃が\x00払えない\x07\ud800です"
    body = ('{"user": "Ucontrol", "kind": "text", "text": ' + json.dumps(typed) + "}").encode()
    resp = requests.post(f"{live_server}/simulator/api/send", data=body, timeout=10,
                         headers={"Content-Type": "application/json"})
    assert resp.status_code == 200 and resp.headers["Content-Type"].startswith("application/json"), resp.text
    with runtime.db.session() as s:
        assert s.scalar(select(func.count()).select_from(InboundEvent)) == 1


def test_a_bad_simulator_request_is_answered_in_json(live_server):
    resp = requests.post(f"{live_server}/simulator/api/send", timeout=10, json={"user": "x", "kind": "text"})
    assert resp.status_code == 400 and "error" in resp.json()
    resp = requests.get(f"{live_server}/simulator/api/nothing-here", timeout=10)
    assert resp.status_code == 404 and "error" in resp.json()
