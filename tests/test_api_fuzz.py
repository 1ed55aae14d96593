"""Hostile input on every /api/v1 endpoint, taken from the app's url_map (a new endpoint is fuzzed too):
whatever the caller sends and whoever they are, never a 500, errors are JSON {"error": …}, and a request
that is refused (no token, a garbage token, the wrong role) or rejected (4xx) stores nothing."""
import json
from urllib.parse import urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st
from werkzeug.exceptions import HTTPException

from bot.staff import accounts
from storage.models import Conversation
from tests.booking_helpers import add_slot, local_day
from tests.hostile import (
    FUZZ,
    ROLES,
    build_path,
    changed_tables,
    fields_like,
    fingerprint,
    id_values,
    odd_json,
    path_params,
    routes,
    short_odd_text,
)

# Names the API reads from bodies and query strings: the fuzzer uses them so that odd values reach the code
# behind the first check. Unknown names are drawn too.
BODY_FIELDS = {"text", "to", "outcome", "slot_id", "conversation_id", "destination", "destination_text",
               "consent_to_share", "reason", "last_day", "start", "end", "meeting_point", "counselor",
               "languages", "interpreter", "capacity", "weekly", "lang"}
WEEKLY_FIELDS = {"weekday", "start", "end", "from", "until"}
QUERY_FIELDS = ["status", "from", "to", "open", "lang", "lat", "lon", "limit", "at", "after"]
MAX_CONTENT_LENGTH = 2 * 1024 * 1024
ascii_token = st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=80)


@pytest.fixture
def world(app, runtime, resident, api_client, fake_line):
    """Something behind every id: a waiting conversation, slots, a weekly pattern, a booking; a token per role."""
    resident.follow()
    resident.say("家賃が払えなくて困っています")
    resident.say("人と話したい")
    clients = {role: api_client(role) for role in ROLES}
    slot_id, spare = add_slot(runtime, 3, capacity=2), add_slot(runtime, 5)
    with runtime.db.session() as session:
        cid = session.query(Conversation.id).filter_by(status="waiting").scalar()
    booked = clients["counselor"].post("/api/v1/bookings", json={"slot_id": slot_id, "conversation_id": cid})
    assert booked.status_code == 201, booked.get_json()
    pattern = clients["editor"].post("/api/v1/slots", json={
        "weekly": {"weekday": "wed", "start": "09:30", "end": "11:30"}, "meeting_point": "駅 北口",
        "counselor": "田中", "languages": ["ja"], "interpreter": False, "capacity": 1})
    assert pattern.status_code == 201, pattern.get_json()
    runtime.drain()
    ids = [cid, slot_id, spare, booked.get_json()["id"], pattern.get_json()["pattern"]["id"]]
    return {"clients": clients, "ids": ids}


def body_strategy():
    """No body, any JSON, an object of the API's field names with odd values, broken JSON, or a form."""
    weekly = fields_like(WEEKLY_FIELDS, st.sampled_from(["mon", "wed", 2, "09:30", "11:30", "2026-12-01"]))
    plausible = st.sampled_from(["bot", "closed", "resolved", "ja", ["ja"], ["xx"], 1, 2, True, "10:00",
                                 local_day(3).date().isoformat(), f"{local_day(3).date().isoformat()}T10:00"])
    return st.one_of(
        st.none(),
        odd_json.map(lambda v: ("json", v)),
        fields_like(BODY_FIELDS, st.one_of(plausible, weekly)).map(lambda v: ("json", v)),
        st.binary(max_size=200).map(lambda b: ("raw", b)),
        st.sampled_from([b'{"text": "\\ud800"}', b'{"text": "a\\u0000b"}', b'{"to": "bot\\u0000"}',
                         b'{"\\udfff": 1}', b'{"slot_id": 1e400}', b'[' * 5000]).map(lambda b: ("raw", b)),
        st.dictionaries(st.sampled_from(sorted(BODY_FIELDS)), short_odd_text, max_size=4).map(lambda v: ("form", v)),
    )


def refusal(who: str, query: dict, body, size: int) -> int:
    """The status a caller without the right role gets: 401 without a valid token, 403 with another role's;
    input that nothing may read is refused first, whoever sends it (400 unstorable text, 413 too large)."""
    if unstorable_text(query, None):
        return 400
    if size > MAX_CONTENT_LENGTH:
        return 413
    if unstorable_text({}, body):
        return 400
    return 403 if who in ROLES else 401


def unstorable_text(query: dict, body) -> bool:
    """Whether the request carries a NUL or a lone surrogate (refused before anything else, whoever sends it)."""
    values = [query]
    if body is not None and body[0] in ("form", "json"):
        values.append(body[1])
    if body is not None and body[0] == "raw":
        try:
            values.append(json.loads(body[1]))
        except (ValueError, RecursionError):
            pass
    return any(_bad_text(v) for v in values)


def _bad_text(value) -> bool:
    if isinstance(value, str):
        return "\x00" in value or any(0xD800 <= ord(c) <= 0xDFFF for c in value)
    if isinstance(value, dict):
        return any(_bad_text(k) or _bad_text(v) for k, v in value.items())
    return isinstance(value, list) and any(_bad_text(v) for v in value)


def send(client, method: str, path: str, query: dict, body, headers: dict):
    """One request with whatever body the strategy drew; returns (response, size of the body sent)."""
    kwargs, size = {"method": method, "query_string": query, "headers": headers}, 0
    if body is not None:
        kind, value = body
        if kind == "form":
            kwargs.update(data=value)
            size = len(urlencode(value).encode())
        else:
            data = json.dumps(value, allow_nan=True).encode() if kind == "json" else value
            kwargs.update(data=data, content_type="application/json")
            size = len(data)
    return client.open(path, **kwargs), size


def caller_headers(app, who: str, tokens: dict, garbage: str) -> dict:
    """Authorization for *who*: a role with a real token, no header, a garbage bearer, or another scheme."""
    if who in tokens:
        return {"Authorization": f"Bearer {tokens[who]}"}
    return {"none": {}, "garbage": {"Authorization": f"Bearer {garbage}"},
            "basic": {"Authorization": f"Basic {garbage}"}, "empty": {"Authorization": "Bearer "}}[who]


def routed(app, path: str, method: str) -> bool:
    """Whether *path* reaches a view at all (an unmatched one is a 404 before any token is looked at)."""
    try:
        app.url_map.bind("localhost").match(path, method)
    except HTTPException:
        return False
    return True


def check_response(resp, context) -> None:
    """Never a 500; an error is a JSON object with an 'error' string."""
    assert resp.status_code < 500, (context, resp.status_code, resp.get_data(as_text=True)[:500])
    if resp.status_code >= 400:
        assert resp.is_json, (context, resp.status_code, resp.content_type, resp.get_data(as_text=True)[:300])
        assert isinstance(resp.get_json().get("error"), str), (context, resp.get_json())


def test_every_api_endpoint_survives_hostile_input_from_every_kind_of_caller(app, runtime, world):
    tokens = {role: accounts.issue_token(runtime.db, f"api-{role}") for role in ROLES}
    endpoints = routes(app, "/api/")
    assert len(endpoints) >= 20, endpoints  # the url_map really was read
    for rule, method in endpoints:
        allowed = set(getattr(app.view_functions[rule.endpoint], "roles", ())) or set(ROLES)
        assert app.config["MAX_CONTENT_LENGTH"] == MAX_CONTENT_LENGTH
        params = path_params(rule)

        @FUZZ
        @given(who=st.sampled_from(["none", "garbage", "basic", "empty", *ROLES]), garbage=ascii_token,
               values=st.fixed_dictionaries({name: id_values(world["ids"]) if conv == "int" else short_odd_text
                                             for conv, name in params}),
               query=st.dictionaries(st.sampled_from(QUERY_FIELDS) | short_odd_text, short_odd_text, max_size=4),
               body=body_strategy())
        def hostile(who, garbage, values, query, body):
            path = build_path(rule, values)
            runtime.drain()  # what earlier examples set going (deliveries, the scheduler) is over
            before = fingerprint(runtime)
            resp, size = send(app.test_client(), method, path, query, body, caller_headers(app, who, tokens, garbage))
            context = (method, path, who, query, body if body is None or len(repr(body)) < 300 else "…")
            check_response(resp, context)
            if not routed(app, path, method):
                assert resp.status_code == 404, context  # e.g. an id no column can hold: no such page
            elif who not in allowed:
                unread = method == "GET"  # a body sent with a GET is never read
                assert resp.status_code == refusal(who, query, None if unread else body, 0 if unread else size), context
            if resp.status_code >= 400:
                runtime.drain()
                assert changed_tables(before, fingerprint(runtime)) == [], context

        hostile()
    runtime.drain()


@FUZZ
@given(method=st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE"]),
       tail=st.text(st.characters(codec="utf-8", exclude_characters="?#"), max_size=40))
def test_an_unknown_api_path_or_method_gets_a_json_error_not_an_html_page(client, method, tail):
    resp = client.open("/api/v1/" + tail, method=method, headers={"Authorization": "Bearer nope"})
    check_response(resp, (method, tail))
    assert resp.status_code in (401, 404, 405), resp.status_code


def test_a_body_larger_than_the_limit_is_refused_with_a_json_413(api_client, world):
    huge = {"text": "あ" * (1024 * 1024)}  # 3 MB of UTF-8: over MAX_CONTENT_LENGTH
    resp = api_client("counselor").post(f"/api/v1/conversations/{world['ids'][0]}/notes", json=huge)
    assert resp.status_code == 413
    assert resp.is_json and resp.get_json()["error"]
