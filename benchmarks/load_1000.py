"""Benchmark: 1,000 residents × 10 turns through gunicorn with two workers on PostgreSQL — nothing lost,
nothing doubled, and how long each answer takes.

    python benchmarks/load_1000.py                      # the Procfile's web line, residents who answer at once
    python benchmarks/load_1000.py --think 60           # residents who read and type ~1 min before writing again
    python benchmarks/load_1000.py --residents 200 --turns 5 --workers 4 --threads 4 --pg postgresql://…/test

It creates its own PostgreSQL database (`load1000_<pid>`, through the maintenance database given by
--pg, default postgresql://root@127.0.0.1:5432/test), migrates it, starts
`gunicorn -w 2 -k gthread --threads 8 'bot:create_app()'` on 127.0.0.1:19501 against a fake LINE API
that this script serves on 127.0.0.1:19500 (choose others with --port / --line-port), and drops the
database at the end (--keep-db keeps it).

Each resident is a closed loop, as in ../shared/tools/loadgen.py: one signed webhook event, then wait
for the answer (a reply with the event's token, or a push to the resident), then — after --think
seconds on average (exponential; 0 = at once) — the next one. Residents write their first message at
random moments over --ramp seconds (default: --think). A request that fails or gets a 5xx is
redelivered like LINE does (same webhookEventId, isRedelivery). The fake LINE refuses a reply token
used twice and a push retry key seen before, so "doubled" counts messages a resident really got twice.
A warm-up of --warmup residents × 2 turns runs first and is not counted.

Prints, then one JSON line: events, replied, lost, doubled, throughput (answers/s over the measured
run), ack and end-to-end p50/p95/p99 (from the webhook POST to the answer reaching LINE; also for
first messages and later ones apart), the load average, the CPU used by the web workers, PostgreSQL,
this script and every other process on the machine, and PostgreSQL's wait events sampled every 0.2 s
(what the database sessions were doing: lock waits, WAL flushes, idle in transaction …).
Run it from the project's root with its virtualenv (aiohttp and psycopg come with `pip install -e ".[test]"`).
"""
import argparse
import asyncio
import base64
import hashlib
import hmac
import json
import os
import random
import resource
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

from aiohttp import ClientSession, ClientTimeout, TCPConnector, web

PROJECT = Path(__file__).resolve().parent.parent
SECRET = "load1000-secret"
TURNS = ["こんにちは", "仕事がなくなって家賃が払えません", "貯金もほとんどないです", "一人暮らしです", "相談したいです",
         "ありがとうございます", "はい", "いいえ", "家賃のことです", "よろしくお願いします"]


class Event:
    """One message a resident wrote, and what became of it."""

    __slots__ = ("resident", "turn", "token", "sent", "ack", "answered", "deliveries", "requests")

    def __init__(self, resident: str, turn: int):
        self.resident, self.turn = resident, turn
        self.token = f"b.{resident}.{turn}.{uuid.uuid4().hex[:8]}"
        self.sent = self.ack = self.answered = None
        self.deliveries = 0  # messages LINE accepted for it
        self.requests = 0  # webhook requests it took


class FakeLine:
    """The Messaging API as LINE answers it: a used reply token is refused, a known retry key is a 409."""

    def __init__(self):
        self.events: dict[str, Event] = {}  # reply token → event
        self.waiting: dict[str, Event] = {}  # resident → the event they wait on (or wrote last)
        self.arrived: dict[str, asyncio.Event] = {}
        self.used_tokens: set[str] = set()
        self.retry_keys: set[str] = set()
        self.refused = Counter()

    def _answer(self, event: Event | None) -> None:
        if event is None:
            self.refused["message for nobody"] += 1
            return
        event.deliveries += 1
        if event.answered is None:
            event.answered = time.perf_counter()
            self.arrived[event.resident].set()

    async def reply(self, request: web.Request) -> web.Response:
        body = await request.json()
        token = body.get("replyToken")
        if token in self.used_tokens:
            self.refused["reply token used"] += 1
            return web.json_response({"message": "Invalid reply token"}, status=400)
        self.used_tokens.add(token)
        self._answer(self.events.get(token))
        return web.json_response({"sentMessages": [{"id": "1", "quoteToken": "q"}]})

    async def push(self, request: web.Request) -> web.Response:
        body = await request.json()
        key = request.headers.get("X-Line-Retry-Key")
        if key and key in self.retry_keys:
            self.refused["retry key known"] += 1
            return web.json_response({"message": "The retry key is already accepted"}, status=409)
        if key:
            self.retry_keys.add(key)
        self._answer(self.waiting.get(body.get("to")))
        return web.json_response({"sentMessages": [{"id": "1", "quoteToken": "q"}]})

    async def profile(self, request: web.Request) -> web.Response:
        return web.json_response({"userId": request.match_info["uid"], "displayName": "テスト", "language": "ja"})

    async def other(self, request: web.Request) -> web.Response:
        return web.json_response({})


def sign(body: bytes) -> str:
    return base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()


def webhook_body(event: Event, text: str, event_id: str, redelivery: bool) -> bytes:
    return json.dumps({"destination": "Uload", "events": [{
        "type": "message", "mode": "active", "timestamp": int(time.time() * 1000),
        "source": {"type": "user", "userId": event.resident}, "webhookEventId": event_id,
        "deliveryContext": {"isRedelivery": redelivery}, "replyToken": event.token,
        "message": {"id": str(uuid.uuid4().int)[:18], "type": "text", "quoteToken": "q", "text": text}}]},
        ensure_ascii=False).encode()


class Load:
    """Residents writing and waiting, against one running deployment."""

    def __init__(self, fake: FakeLine, http: ClientSession, target: str, think: float, ramp: float,
                 answer_timeout: float):
        self.fake, self.http, self.target = fake, http, target
        self.think, self.ramp, self.answer_timeout = think, ramp, answer_timeout
        self.errors = Counter()  # webhook requests that failed or got a non-2xx, by kind (each was redelivered)

    async def deliver(self, event: Event, text: str) -> None:
        event_id = uuid.uuid4().hex.upper()[:26]
        for attempt in range(10):
            body = webhook_body(event, text, event_id, attempt > 0)
            event.requests += 1
            start = time.perf_counter()
            try:
                async with self.http.post(self.target, data=body, headers={
                        "Content-Type": "application/json", "X-Line-Signature": sign(body)}) as response:
                    await response.read()
                    if 200 <= response.status < 300:
                        event.ack = time.perf_counter() - start
                        return
                    failure = f"HTTP {response.status}"
            except Exception as exc:  # noqa: BLE001 - LINE redelivers on any failure
                failure = type(exc).__name__
            self.errors[failure] += 1
            await asyncio.sleep(1 + attempt)

    async def resident(self, name: str, turns: int, rng: random.Random, events: list[Event]) -> None:
        arrived = self.fake.arrived.setdefault(name, asyncio.Event())
        if self.ramp:
            await asyncio.sleep(rng.uniform(0, self.ramp))  # residents do not all start at once
        for turn in range(turns):
            event = Event(name, turn)
            events.append(event)
            self.fake.events[event.token] = event
            self.fake.waiting[name] = event
            arrived.clear()
            event.sent = time.perf_counter()
            await self.deliver(event, TURNS[turn % len(TURNS)])
            try:
                await asyncio.wait_for(arrived.wait(), self.answer_timeout)
            except asyncio.TimeoutError:
                pass  # counted as lost unless it comes before the end
            if self.think and turn < turns - 1:
                await asyncio.sleep(rng.expovariate(1 / self.think))

    async def run(self, prefix: str, residents: int, turns: int, seed: int) -> tuple[list[Event], float]:
        rng = random.Random(seed)
        events: list[Event] = []
        start = time.perf_counter()
        await asyncio.gather(*(self.resident(f"U{prefix}{n:05d}", turns, rng, events) for n in range(residents)))
        return events, time.perf_counter() - start


def pct(values: list[float], p: float) -> float | None:
    """The p-th percentile in milliseconds (nearest rank, as loadgen computes it)."""
    values = sorted(values)
    return round(1000 * values[min(len(values) - 1, int(p * len(values)))], 1) if values else None


def process_cpu(pids) -> float:
    """CPU seconds used so far by these processes (those that are gone count nothing)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def children(pid: int) -> list[int]:
    """The gunicorn workers (children of the master)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def machine_busy() -> float:
    """CPU seconds the whole machine has been busy (every process, every core)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


class Database:
    """A PostgreSQL database of our own, created and dropped through the maintenance database."""

    def __init__(self, admin_dsn: str, keep: bool):
        import psycopg
        self.psycopg, self.admin_dsn, self.keep = psycopg, admin_dsn, keep
        self.name = f"load1000_{os.getpid()}"
        base = admin_dsn.rsplit("/", 1)[0].replace("postgresql+psycopg://", "postgresql://")
        self.dsn = f"{base}/{self.name}"
        self.url = self.dsn.replace("postgresql://", "postgresql+psycopg://", 1)

    def create(self) -> None:
        with self.psycopg.connect(self.admin_dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}"')
            conn.execute(f'CREATE DATABASE "{self.name}"')

    def drop(self) -> None:
        if self.keep:
            print(f"kept database {self.name}")
            return
        with self.psycopg.connect(self.admin_dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def backends(self) -> list[int]:
        """Process ids of the PostgreSQL backends serving this database."""
        with self.psycopg.connect(self.dsn, autocommit=True) as conn:
            return [r[0] for r in conn.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                               "AND pid <> pg_backend_pid()").fetchall()]

    def scalar(self, sql: str):
        with self.psycopg.connect(self.dsn, autocommit=True) as conn:
            return conn.execute(sql).fetchone()[0]


async def sample_waits(db: Database, stop: asyncio.Event, seen: Counter) -> None:
    """What the web workers' database sessions are doing, every 0.2 s (state / wait event)."""
    import psycopg
    async with await psycopg.AsyncConnection.connect(db.dsn, autocommit=True) as conn:
        while not stop.is_set():
            rows = await (await conn.execute(
                "SELECT state, coalesce(wait_event_type || ':' || wait_event, 'on CPU') FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()")).fetchall()
            seen["samples"] += 1
            for state, wait in rows:
                seen[f"{state} / {wait}"] += 1
            try:
                await asyncio.wait_for(stop.wait(), 0.2)
            except asyncio.TimeoutError:
                pass


async def main(args) -> dict:
    db = Database(args.pg, args.keep_db)
    db.create()
    env = {**os.environ, "DATABASE_URL": db.url, "LINE_CHANNEL_SECRET": SECRET,
           "LINE_CHANNEL_ACCESS_TOKEN": "load1000", "LINE_API_ENDPOINT": f"http://127.0.0.1:{args.line_port}",
           "SECRET_KEY": "load1000", "MADOGUCHI_THREADS": str(args.background_threads)}
    subprocess.run([sys.executable, "-c", "from bot.cli import main; main()", "db", "upgrade"], cwd=PROJECT, env=env,
                   check=True, stdout=subprocess.DEVNULL)
    fake = FakeLine()
    app = web.Application()
    app.router.add_post("/v2/bot/message/reply", fake.reply)
    app.router.add_post("/v2/bot/message/push", fake.push)
    app.router.add_get("/v2/bot/profile/{uid}", fake.profile)
    app.router.add_route("*", "/{tail:.*}", fake.other)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", args.line_port).start()
    log = open(Path(os.environ.get("TMPDIR", "/tmp")) / f"load1000_{os.getpid()}.log", "wb")
    gunicorn = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", str(args.workers), "-k", "gthread", "--threads", str(args.threads),
         "--log-level", "warning", "-b", f"127.0.0.1:{args.port}", "bot:create_app()"],
        cwd=PROJECT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        target = f"http://127.0.0.1:{args.port}"
        # LINE opens as many connections as it has events to send. An idle connection is dropped after 1 s,
        # before gunicorn's 2 s keep-alive closes it under a request being written (a client-side race).
        connector = TCPConnector(limit=0, keepalive_timeout=1.0)
        async with ClientSession(timeout=ClientTimeout(total=60), connector=connector) as http:
            for _ in range(300):
                try:
                    async with http.get(f"{target}/healthz") as r:
                        if r.status == 200:
                            break
                except Exception:  # noqa: BLE001 - not up yet
                    pass
                await asyncio.sleep(0.2)
            else:
                raise SystemExit(f"gunicorn did not start; see {log.name}")
            await asyncio.sleep(2)  # both workers booted
            ramp = args.think if args.ramp is None else args.ramp
            load = Load(fake, http, f"{target}/callback", args.think, ramp, args.answer_timeout)
            if args.warmup:
                await load.run("warm", args.warmup, 2, seed=1)
            load.errors.clear()
            fake.refused.clear()
            waits, stop = Counter(), asyncio.Event()
            sampler = asyncio.create_task(sample_waits(db, stop, waits))
            workers = children(gunicorn.pid)
            db_before = {pid: process_cpu([pid]) for pid in db.backends()}
            load_before, cpu_before, busy_before = os.getloadavg(), process_cpu(workers), machine_busy()
            own_before = resource.getrusage(resource.RUSAGE_SELF)
            events, wall = await load.run("load", args.residents, args.turns, seed=2)
            cpu = process_cpu(workers) - cpu_before
            # PostgreSQL's share: its backends for this database (a connection opened meanwhile counts whole)
            db_cpu = sum(process_cpu([pid]) - db_before.get(pid, 0) for pid in db.backends())
            own = resource.getrusage(resource.RUSAGE_SELF)
            busy = machine_busy() - busy_before
            load_after = os.getloadavg()
            stop.set()
            await sampler
            # A delivery interrupted somewhere comes back after its lease: wait until nothing is left to send.
            for _ in range(150):
                if db.scalar("SELECT count(*) FROM outbox WHERE status <> 'sent'") == 0 and \
                        db.scalar("SELECT count(*) FROM inbound_events WHERE status <> 'done'") == 0:
                    break
                await asyncio.sleep(0.2)
            await asyncio.sleep(1)
    finally:
        gunicorn.send_signal(signal.SIGINT)
        try:
            gunicorn.wait(30)
        except subprocess.TimeoutExpired:
            gunicorn.kill()
        await runner.cleanup()
        try:
            db.drop()
        except Exception as exc:  # noqa: BLE001 - say so, do not hide the figures
            print(f"could not drop {db.name}: {exc}", file=sys.stderr)

    harness_cpu = own.ru_utime + own.ru_stime - own_before.ru_utime - own_before.ru_stime
    answered = [e for e in events if e.answered is not None]
    in_time = [e for e in answered if e.answered - e.sent <= args.answer_timeout]
    samples = waits.pop("samples", 0) or 1
    result = {
        "residents": args.residents, "turns": args.turns, "think_s": args.think,
        "workers": args.workers, "threads": args.threads, "background_threads": args.background_threads,
        "events": len(events), "replied": len(answered), "lost": len(events) - len(answered),
        "doubled": sum(1 for e in events if e.deliveries > 1), "webhook_errors": dict(load.errors),
        "refused_repeats": dict(fake.refused), "late_answers": len(answered) - len(in_time),
        "wall_s": round(wall, 1), "throughput": round(len(answered) / wall, 1),
        "ack_p50_ms": pct([e.ack for e in events if e.ack], .50), "ack_p95_ms": pct([e.ack for e in events if e.ack], .95),
        "ack_p99_ms": pct([e.ack for e in events if e.ack], .99),
        "e2e_p50_ms": pct([e.answered - e.sent for e in answered], .50),
        "e2e_p95_ms": pct([e.answered - e.sent for e in answered], .95),
        "e2e_p99_ms": pct([e.answered - e.sent for e in answered], .99),
        "e2e_first_turn_p50_p99_ms": [pct([e.answered - e.sent for e in answered if e.turn == 0], p) for p in (.5, .99)],
        "e2e_later_turns_p50_p99_ms": [pct([e.answered - e.sent for e in answered if e.turn > 0], p)
                                       for p in (.5, .99)],
        "events_redelivered": sum(1 for e in events if e.requests > 1),
        "web_cpu_s": round(cpu, 1), "web_cpu_ms_per_event": round(1000 * cpu / max(1, len(events)), 2),
        "web_cores_busy": round(cpu / wall, 2),
        "harness_cpu_s": round(harness_cpu, 1), "postgres_cpu_s": round(db_cpu, 1),
        "machine_cores": os.cpu_count(), "machine_busy_cores": round(busy / wall, 2),
        "other_processes_cpu_s": round(busy - cpu - db_cpu - harness_cpu, 1),
        "loadavg_before": [round(x, 2) for x in load_before], "loadavg_after": [round(x, 2) for x in load_after],
        "db_sessions_by_wait": {k: round(v / samples, 2) for k, v in waits.most_common(8)},
    }
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--residents", type=int, default=1000)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--think", type=float, default=0.0, help="mean seconds between an answer and the next message")
    parser.add_argument("--ramp", type=float, default=None,
                        help="seconds over which residents write their first message (default: --think)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--background-threads", type=int, default=4, help="MADOGUCHI_THREADS")
    parser.add_argument("--warmup", type=int, default=50, help="residents × 2 turns before measuring")
    parser.add_argument("--answer-timeout", type=float, default=60.0)
    parser.add_argument("--pg", default="postgresql://root@127.0.0.1:5432/test", help="maintenance database")
    parser.add_argument("--port", type=int, default=19501)
    parser.add_argument("--line-port", type=int, default=19500)
    parser.add_argument("--keep-db", action="store_true")
    figures = asyncio.run(main(parser.parse_args()))
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    print(json.dumps(figures, ensure_ascii=False))
