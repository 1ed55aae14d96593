"""Hostile input on the reception kiosk's visit API (JSON, from an enrolled tablet): odd languages, button data,
typed text and visit tokens — never a 500, errors are JSON, and every answer keeps the kiosk's own headers."""
import json

from hypothesis import given
from hypothesis import strategies as st

from tests.hostile import FUZZ, odd_json, odd_text, routes, short_odd_text
from tests.kiosk_support import KIOSK, enrolled, start


def header_safe(text: str) -> bool:
    """What an HTTP header can carry at all (no client sends CR or LF in one)."""
    return text.isascii() and "\r" not in text and "\n" not in text


kinds = st.sampled_from(["postback", "text", "location", "sticker", ""]) | short_odd_text
acts = st.fixed_dictionaries({}, optional={"kind": kinds | odd_json, "data": odd_json, "text": odd_text | odd_json})


@FUZZ
@given(path_method=st.sampled_from(["visits", "visit/act", "visit/finish", "visit/end", "visit/messages"]),
       body=st.none() | acts | odd_json,
       token=st.none() | st.just("real") | short_odd_text.filter(header_safe),
       lang=st.sampled_from(["en", "ja", "vi", "ja-easy"]) | short_odd_text)
def test_the_kiosk_visit_api_answers_anything_a_tablet_sends_without_a_500(app, runtime, path_method, body, token,
                                                                           lang):
    tablet = getattr(app, "_fuzz_tablet", None) or enrolled(app, runtime)
    app._fuzz_tablet = tablet
    visit = start(tablet, "en")["token"]
    headers = {**KIOSK}
    if token is not None:
        headers["X-Kiosk-Visit"] = visit if token == "real" else token
    payload = {"lang": lang} if path_method == "visits" and body is None else body
    method = "GET" if path_method == "visit/messages" else "POST"
    resp = tablet.open(f"/kiosk/api/{path_method}", method=method, headers=headers,
                       data=None if payload is None else json.dumps(payload, allow_nan=True),
                       content_type="application/json")
    assert resp.status_code < 500, (path_method, payload, token, resp.status_code)
    if resp.status_code >= 400:
        assert resp.is_json and isinstance(resp.get_json().get("error"), str)
    assert resp.headers["Cache-Control"] == "no-store" and "frame-ancestors 'none'" in resp.headers[
        "Content-Security-Policy"]
    runtime.drain()


def test_the_fuzzed_paths_are_all_the_kiosk_visit_api(app):
    fuzzed = {"visits", "visit/act", "visit/finish", "visit/end", "visit/messages"}
    assert {r.rule.removeprefix("/kiosk/api/") for r, _m in routes(app, "/kiosk/api/")} == fuzzed
