"""Hostile input on /callback: whatever arrives, never a 500, and nothing is stored without a valid signature."""
import json

from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from sqlalchemy import func, select

from storage.models import InboundEvent
from tests.support import sign

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=25)

event_like = st.fixed_dictionaries(
    {"type": st.sampled_from(["message", "postback", "follow", "unfollow", "join", "unsend", "beacon", "x"]),
     "webhookEventId": st.text(min_size=1, max_size=80)},
    optional={"source": st.fixed_dictionaries({"type": st.sampled_from(["user", "group", "room", "?"])},
                                              optional={"userId": st.text(max_size=70), "groupId": st.text(max_size=40)}),
              "message": st.dictionaries(st.sampled_from(["id", "type", "text", "latitude", "longitude"]), json_values),
              "postback": st.dictionaries(st.sampled_from(["data", "params"]), json_values),
              "timestamp": json_values, "replyToken": json_values, "mode": st.sampled_from(["active", "standby", 3])})

FUZZ = hsettings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def stored(runtime) -> int:
    with runtime.db.session() as s:
        return s.scalar(select(func.count()).select_from(InboundEvent))


@FUZZ
@given(body=st.binary(max_size=300),
       signature=st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=60))
def test_an_unsigned_or_badly_signed_body_is_refused_and_nothing_is_stored(client, runtime, body, signature):
    before = stored(runtime)
    resp = client.post("/callback", data=body, headers={"X-Line-Signature": signature})
    assert resp.status_code == 400
    assert stored(runtime) == before


@FUZZ
@given(payload=json_values)
def test_any_signed_json_gets_200_or_400_never_500(client, runtime, payload):
    body = json.dumps(payload).encode()
    resp = client.post("/callback", data=body, headers={"X-Line-Signature": sign(body)})
    assert resp.status_code in (200, 400)


@FUZZ
@given(events=st.lists(event_like, max_size=3))
def test_signed_bodies_of_odd_events_never_break_the_webhook_or_the_worker(client, runtime, events):
    body = json.dumps({"destination": "U", "events": events}).encode()
    resp = client.post("/callback", data=body, headers={"X-Line-Signature": sign(body)})
    assert resp.status_code == 200
    assert runtime.drain(15)
