"""A gunicorn worker killed (SIGKILL) in the middle of a load: every event is still answered exactly once.

The real thing runs as the Procfile's `web:` line — gunicorn with two gthread workers on
`bot:create_app()`, each running the safety-net sweep itself (the default; `madoguchi worker` is only
needed with MADOGUCHI_INPROCESS_WORKER=0) — on the test database (SQLite, or PostgreSQL with
TEST_DATABASE_URL), against the fake LINE API. Thirty residents write six messages each, every one
waiting for the answer before the next; LINE redelivers whatever was not acknowledged. One worker is
killed while half of the residents still wait for their very first answer."""
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, func, select

from storage.models import InboundEvent, Message, OutboxMessage
from tests.line_platform import Platform, Sent, Talker, Watcher, answers_per_event
from tests.support import SECRET

PROJECT = Path(__file__).resolve().parent.parent
RESIDENTS, TURNS = 30, 6


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children(pid: int) -> list[int]:
    """Process ids whose parent is *pid*."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


class Deployment:
    """The Procfile's web process, started on the test database and the fake LINE API."""

    def __init__(self, settings, logs: Path):
        self.port = free_port()
        self.env = {**os.environ, "DATABASE_URL": settings.database_url, "LINE_CHANNEL_SECRET": SECRET,
                    "LINE_CHANNEL_ACCESS_TOKEN": "test-token", "LINE_API_ENDPOINT": settings.line_api_endpoint,
                    "SECRET_KEY": "kill-test", "MADOGUCHI_INSTANCE": str(settings.instance_dir)}
        self.logs = logs
        self.procs: list[subprocess.Popen] = []

    def _start(self, name: str, args: list[str]) -> subprocess.Popen:
        out = open(self.logs / f"{name}.log", "wb")
        proc = subprocess.Popen(args, cwd=PROJECT, env=self.env, stdout=out, stderr=subprocess.STDOUT)
        self.procs.append(proc)
        return proc

    def start(self) -> "Deployment":
        self.web = self._start("web", [sys.executable, "-m", "gunicorn", "-w", "2", "-k", "gthread", "--threads",
                                       "8", "-b", f"127.0.0.1:{self.port}", "bot:create_app()"])
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{self.url}/healthz", timeout=2).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            assert self.web.poll() is None, self.log("web")
            time.sleep(0.2)
        raise AssertionError("gunicorn did not start:\n" + self.log("web"))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def workers(self) -> list[int]:
        return children(self.web.pid)

    def log(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text(errors="replace")[-4000:]

    def stop(self) -> None:
        for proc in self.procs:
            proc.send_signal(signal.SIGINT)  # gunicorn's quick shutdown
        for proc in self.procs:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture
def deployment(settings, tmp_path):
    """gunicorn (2 workers) on a clean test database."""
    running = Deployment(settings, tmp_path).start()
    yield running
    running.stop()


def settled(database_url: str) -> tuple[int, int, int, int]:
    """(events, events still pending, resident lines in the histories, outbox rows not yet sent)."""
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            return (conn.scalar(select(func.count()).select_from(InboundEvent)),
                    conn.scalar(select(func.count()).where(InboundEvent.status != "done")),
                    conn.scalar(select(func.count()).where(Message.sender == "resident")),
                    conn.scalar(select(func.count()).where(OutboxMessage.status != "sent")))
    finally:
        engine.dispose()


def test_a_worker_killed_in_the_middle_of_a_load_leaves_every_event_answered_exactly_once(
        deployment, fake_line, settings):
    watcher = Watcher(fake_line).start()
    platform = Platform(f"{deployment.url}/callback", watcher)
    talkers = [Talker(f"Ukill{n:03d}") for n in range(RESIDENTS)]
    threads = [threading.Thread(target=platform.converse, args=(t, TURNS, 60), daemon=True) for t in talkers]
    for thread in threads:
        thread.start()

    # Kill the busier worker once half of the residents have their first answer: requests, transactions,
    # profile look-ups and sends are in flight in it. gunicorn starts a new worker in its place.
    while watcher.total() < RESIDENTS // 2:
        time.sleep(0.01)
    # ... at a moment when several webhook requests are in flight, so that the kill cuts some of them off. The
    # requests in flight may all be in the other worker: then the replacement is killed again (at most 3 kills).
    victims = []
    answered_at_kill = watcher.total()
    for _ in range(3):
        busy_until = time.monotonic() + 10
        while platform.in_flight < 4 and time.monotonic() < busy_until:
            time.sleep(0.001)
        victim = max(deployment.workers(), key=cpu_ticks)
        os.kill(victim, signal.SIGKILL)
        victims.append(victim)
        answered_at_kill = watcher.total()
        time.sleep(1.0)
        if platform.failed_requests or answered_at_kill >= RESIDENTS * TURNS:
            break
        while len(deployment.workers()) < 2 and time.monotonic() < busy_until + 10:
            time.sleep(0.05)  # gunicorn starts the replacement before the next kill

    for thread in threads:
        thread.join(90)
    # Anything the dead worker held comes back after its lease (20 s): wait for the database to settle,
    # so that a late second send, if there were one, is in the log before it is read.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        events, pending, _, unsent = settled(settings.database_url)
        if events == RESIDENTS * TURNS and pending == 0 and unsent == 0:
            break
        time.sleep(0.5)
    time.sleep(1.5)  # calls already on their way when the database settled reach the log
    watcher.stop()

    assert answered_at_kill < RESIDENTS * TURNS, "the worker was killed after the load, not during it"
    assert platform.failed_requests > 0, "the kill interrupted no webhook request: nothing was tested"
    assert not set(victims) & set(deployment.workers()) and len(deployment.workers()) == 2, "gunicorn replaced them"
    counts = answers_per_event(fake_line.calls(), talkers)
    unanswered = sorted(event for event, n in counts.items() if n == 0)
    doubled = sorted(event for event, n in counts.items() if n > 1)
    assert all(len(t.sent) == TURNS for t in talkers), unanswered
    assert not unanswered, f"events without an answer: {unanswered}\n{deployment.log('web')}"
    assert not doubled, f"events answered more than once: {doubled}"
    assert len(counts) == RESIDENTS * TURNS
    # Each event went through the dialog once (LINE's de-duplication of repeats hides nothing here).
    assert settled(settings.database_url) == (RESIDENTS * TURNS, 0, RESIDENTS * TURNS, 0)


def test_the_count_catches_an_event_answered_twice_or_not_at_all():
    talker = Talker("Ua", [Sent(0, "kill.Ua.0", 0), Sent(1, "kill.Ua.1", 2), Sent(2, "kill.Ua.2", 5)])

    def call(seq, path, status=200, **body):
        return {"seq": seq, "path": f"/v2/bot/message/{path}", "status": status, "body": body}

    calls = [call(1, "reply", replyToken="kill.Ua.0"),
             call(3, "reply", replyToken="kill.Ua.1"),
             call(4, "push", to="Ua"),                                   # turn 1 again, by push
             call(6, "reply", 400, replyToken="kill.Ua.1"),              # refused: reached nobody
             call(7, "push", 409, to="Ua"),                              # a repeat LINE recognised
             call(8, "reply", replyToken="0f9e-stale"),                  # a previous test's late reply
             call(9, "push", to="Uelsewhere")]                           # someone outside this load
    assert answers_per_event(calls, [talker]) == {("Ua", 0): 1, ("Ua", 1): 2, ("Ua", 2): 0}
