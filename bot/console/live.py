"""Live updates by server-sent events: /console/queue/events and /console/c/<id>/events push what the pages would
otherwise poll for, within a second of it happening.

A stream holds one of the process's request threads, so each process serves at most MADOGUCHI_LIVE_STREAMS at
once (a busy process answers 503 and the page polls instead), and a stream ends after
MADOGUCHI_LIVE_STREAM_SECONDS (the browser reconnects by itself, and every reconnect checks the sign-in again)."""
import json
import threading
import time

from flask import Response, g, jsonify, request, session, stream_with_context

from bot.app.current import current_runtime
from bot.console import meaning, media
from bot.console.counsel import Counsel, CounselError
from bot.console.read_audit import BulkReader
from bot.console.views import WORKERS, bp
from bot.staff import security
from storage import clock

CHECK_EVERY = 1.0  # seconds between two looks at the database
HEARTBEAT_EVERY = 10.0  # a comment line keeps proxies from closing a quiet stream
RETRY_MS = 1000
_slots: dict[int, threading.BoundedSemaphore] = {}
_slots_lock = threading.Lock()


def _slot() -> threading.BoundedSemaphore:
    """This process's stream permits (one semaphore per configured size)."""
    size = current_runtime().settings.live_streams
    with _slots_lock:
        return _slots.setdefault(size, threading.BoundedSemaphore(size))


def _event(name: str, data: dict, event_id: int | None = None) -> str:
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f"{head}event: {name}\ndata: {json.dumps(data, ensure_ascii=False, default=str)}\n\n"


def _stream(first: str, next_event):
    """An SSE response: *first* at once, then whatever *next_event()* returns (None: nothing new) until the stream's
    time is up; 503 when this process already serves its share of streams."""
    rt = current_runtime()
    permit, seconds = _slot(), rt.settings.live_stream_seconds
    if not permit.acquire(blocking=False):
        return jsonify(error="live updates are busy in this process; the page polls instead"), 503

    # A client that did not ask for a stream (EventSource always sends this Accept) gets the first event only.
    if "text/event-stream" not in request.headers.get("Accept", ""):
        seconds = 0

    def generate():
        try:
            yield f"retry: {RETRY_MS}\n" + first
            started = last_sent = time.monotonic()
            while time.monotonic() - started < seconds:
                if rt.stopping.wait(CHECK_EVERY):  # the process is shutting down: end the stream now
                    return
                event = next_event()
                if event:
                    last_sent = time.monotonic()
                    yield event
                elif time.monotonic() - last_sent >= HEARTBEAT_EVERY:
                    last_sent = time.monotonic()
                    yield ": still here\n\n"
        finally:
            permit.release()

    return Response(stream_with_context(generate()), mimetype="text/event-stream",
                    headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})


@bp.get("/queue/events")
@security.polling
@security.login_required(*WORKERS)
def queue_events():
    """The queue as a stream: an event each time what this counselor sees changes (reads audited as polling)."""
    reader = BulkReader(g.staff.name, "console", request.remote_addr, session.get("queue_seen"))
    counsel = Counsel(current_runtime())

    def rows_if_changed(always: bool = False) -> str | None:
        before = reader.seen
        rows = counsel.queue(reader=reader)
        if always or reader.seen != before:
            return _event("queue", {"rows": rows, "now": clock.now().isoformat()})
        return None

    return _stream(rows_if_changed(always=True) or "", rows_if_changed)


@bp.get("/c/<int:cid>/events")
@security.polling
@security.login_required(*WORKERS)
def conversation_events(cid: int):
    """One conversation as a stream: new history lines (with their meaning) and status changes."""
    rt, who, ip = current_runtime(), g.staff, request.remote_addr
    counsel = Counsel(rt)
    # a reconnecting browser says the last history line it has (the id of the last event) instead of ?after=
    after = request.headers.get("Last-Event-ID") or request.args.get("after", "0")
    state = {"after": int(after) if after.isdigit() and len(after) < 18 else 0, "seen": None}

    def news(always: bool = False) -> str | None:
        try:
            data = counsel.updates(who, cid, state["after"], ip=ip)
        except CounselError as exc:
            return _event("gone", {"error": exc.problem.said("ja")})
        meaning.add_meanings(rt, data["messages"], data["lang"])
        with rt.db.session() as session:
            media.attach(session, data["messages"])
            data["media"] = media.of_conversation(session, cid)  # a picture fetched after its line was shown
        mark = (data["status"], data["assigned_to"], bool(data["crisis_alert"]), tuple(data["undelivered"]),
                tuple((md["message_id"], md["state"]) for md in data["media"]))
        if not (always or data["messages"] or mark != state["seen"]):
            return None
        state["seen"] = mark
        state["after"] = max([state["after"]] + [m["id"] for m in data["messages"]])
        return _event("updates", data, event_id=state["after"])

    return _stream(news(always=True) or "", news)
