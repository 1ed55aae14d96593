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
import json
import os
import resource
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

from aiohttp import ClientSession, ClientTimeout, TCPConnector, web
from load_measures import Database, children, machine_busy, pct, process_cpu, sample_waits
from load_residents import SECRET, FakeLine, Load

PROJECT = Path(__file__).resolve().parent.parent


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
