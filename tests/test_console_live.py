"""Live updates by server-sent events: the queue and a conversation push what changed within a second; a process
serves a bounded number of streams (then 503, and the page polls); a reconnect resumes after the last line."""
import json
import re

import pytest

from bot.console import live
from tests.console_fixtures import open_office

STREAM = {"Accept": "text/event-stream"}  # what EventSource sends


def _events(chunks) -> list[tuple[str, dict]]:
    text = "".join(c.decode() if isinstance(c, bytes) else c for c in chunks)
    return [(m.group(1), json.loads(m.group(2))) for m in re.finditer(r"event: (\w+)\ndata: (.*)\n\n", text)]


@pytest.fixture
def short_streams(monkeypatch, runtime):
    monkeypatch.setattr(live, "CHECK_EVERY", 0.05)
    runtime.settings.live_stream_seconds = 2.0


def test_the_queue_stream_sends_the_queue_at_once_then_each_change(runtime, resident, counselor_client, short_streams):
    open_office(runtime)
    client, _ = counselor_client
    resp = client.get("/console/queue/events", headers=STREAM, buffered=False)
    assert resp.status_code == 200 and resp.mimetype == "text/event-stream"
    stream = iter(resp.response)
    first = _events([next(stream)])
    assert first == [("queue", {"rows": [], "now": first[0][1]["now"]})]
    resident.follow()
    resident.say("家賃が払えません。人と話したい")
    news = []
    while not news:
        news = _events([next(stream)])
    assert news[0][0] == "queue" and [r["status"] for r in news[0][1]["rows"]] == ["waiting"]
    rest = list(stream)  # the stream ends by itself (the browser reconnects)
    assert all(name == "queue" for name, _ in _events(rest))
    resp.close()


def test_a_process_serves_a_bounded_number_of_streams_then_the_page_polls(runtime, counselor_client, short_streams):
    client, _ = counselor_client
    runtime.settings.live_streams = 1
    held = client.get("/console/queue/events", headers=STREAM, buffered=False)
    next(iter(held.response))  # one stream open: this process's share
    refused = client.get("/console/queue/events", headers=STREAM)
    assert refused.status_code == 503 and "polls instead" in refused.get_json()["error"]
    assert client.get("/console/queue.json").status_code == 200  # the page's fallback
    held.close()


def test_a_reconnect_resumes_after_the_last_line_the_browser_has(runtime, waiting, counselor_client, short_streams):
    _resident, cid = waiting
    client, _ = counselor_client
    resp = client.get(f"/console/c/{cid}/events?after=0", headers=STREAM, buffered=False)
    events = _events([next(iter(resp.response))])
    resp.close()
    lines = events[0][1]["messages"]
    assert len(lines) >= 2
    last = lines[-1]["id"]
    again = client.get(f"/console/c/{cid}/events?after=0", headers={**STREAM, "Last-Event-ID": str(last)}, buffered=False)
    resumed = _events([next(iter(again.response))])
    again.close()
    assert resumed[0][0] == "updates" and resumed[0][1]["messages"] == []
    assert resumed[0][1]["status"] == "waiting"


def test_the_streams_are_for_signed_in_counselors_only(app, runtime, make_staff, waiting):
    from tests.console_fixtures import sign_in
    assert app.test_client().get("/console/queue/events").status_code == 302
    make_staff("ed", "editor")
    editor = app.test_client()
    sign_in(editor, "ed")
    assert editor.get("/console/queue/events").status_code == 403
    assert editor.get(f"/console/c/{waiting[1]}/events").status_code == 403


def test_a_client_that_did_not_ask_for_a_stream_gets_one_snapshot(runtime, waiting, counselor_client):
    client, _ = counselor_client
    resp = client.get("/console/queue/events")  # no Accept: text/event-stream
    events = _events([resp.get_data()])
    assert [name for name, _ in events] == ["queue"] and events[0][1]["rows"][0]["id"] == waiting[1]


def test_a_stream_ends_at_once_when_the_process_shuts_down(runtime, counselor_client):
    runtime.settings.live_stream_seconds = 60.0
    client, _ = counselor_client
    resp = client.get("/console/queue/events", headers=STREAM, buffered=False)
    stream = iter(resp.response)
    next(stream)
    runtime.stopping.set()  # what Runtime.close() does when the worker stops
    assert list(stream) == []  # no minute-long wait: the stream is over
    resp.close()
