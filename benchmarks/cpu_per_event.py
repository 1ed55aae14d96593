"""Benchmark: CPU time and SQL statements per webhook event, for the project and the `stateful` reference.

    python benchmarks/cpu_per_event.py [sqlite|postgresql] [users] [turns] [--only project|stateful]

Wall-clock throughput swings with whatever else runs on the machine; the CPU the gunicorn workers spend
per event, and the statements they send, do not. Each bot runs under compare.sh's gunicorn settings
(2 workers × 8 threads) on its own database, gets one warm-up run and one measured run of
../shared/tools/loadgen.py, and is measured from outside: the workers' user+system CPU from /proc
before and after the measured run, their resident memory afterwards, and SQLAlchemy's
statements and commits counted by a gunicorn hook (benchmarks/_count_sql.py) in each worker.
Run from the project's root with its virtualenv active. PostgreSQL uses (and recreates) the
databases bench_ref and bench_proj on 127.0.0.1:5432, like compare.sh.
"""
import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT.parent / "shared" / "tools"
HOOK = Path(__file__).resolve().parent / "_count_sql.py"
TICK = os.sysconf("SC_CLK_TCK")
GUNICORN = ["gunicorn", "-w", "2", "-k", "gthread", "--threads", "8", "--log-level", "warning", "-c", str(HOOK)]


def children(pid: int) -> list[int]:
    """The gunicorn master's worker processes."""
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU of these processes so far."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of proc(5))
    return total / TICK


def context_switches(pids: list[int]) -> int:
    """Voluntary and involuntary context switches of every thread of these processes so far."""
    total = 0
    for pid in pids:
        for status in Path(f"/proc/{pid}/task").glob("*/status"):
            try:
                for line in status.read_text().splitlines():
                    if "ctxt_switches:" in line:
                        total += int(line.split()[1])
            except OSError:  # a thread that ended meanwhile
                pass
    return total


def rss_mb(pid: int) -> float:
    """Resident memory of one process in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def sql_counts(folder: Path, pids: list[int]) -> tuple[int, int]:
    """Statements and commits the workers have sent so far (each worker writes its own file)."""
    statements = commits = 0
    for pid in pids:
        path = folder / f"{pid}.json"
        if path.exists():
            data = json.loads(path.read_text())
            statements, commits = statements + data["statements"], commits + data["commits"]
    return statements, commits


def database_backends(url: str) -> list[int]:
    """PostgreSQL server processes serving this database (the pools keep them for the whole run)."""
    if not url.startswith("postgresql"):
        return []
    name = url.rsplit("/", 1)[1]
    out = subprocess.run(["psql", "-At", "-h", "127.0.0.1", "-d", "test", "-c",
                          f"SELECT pid FROM pg_stat_activity WHERE datname = '{name}'"], capture_output=True, text=True)
    return [int(p) for p in out.stdout.split()]


def wait_up(port: int) -> None:
    for _ in range(150):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"server on port {port} did not start")


def loadgen(port: int, users: int, turns: int, seed: str) -> dict:
    """One run of the load generator; its result, with the CPU the load generator itself spent (it answers as
    LINE: a bot whose replies are costlier to read costs the machine more there)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run([sys.executable, str(TOOLS / "loadgen.py"), "--target", f"http://127.0.0.1:{port}/callback",
                          "--users", str(users), "--turns", str(turns), "--seed", seed],
                         capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    spent = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {**json.loads(out.stdout.strip().splitlines()[-1]), "loadgen_cpu_s": spent}


def measure(name: str, cmd: list[str], env: dict, port: int, users: int, turns: int, work: Path) -> dict:
    """One bot: warm-up run, then the measured run with CPU and statements counted around it."""
    counts = work / name
    counts.mkdir()
    env = {**env, "BENCH_SQL_COUNTS": str(counts)}
    log = open(work / f"{name}.log", "w")
    master = subprocess.Popen(cmd + ["-b", f"127.0.0.1:{port}"], env=env, stdout=log, stderr=log,
                              stdin=subprocess.DEVNULL)
    try:
        wait_up(port)
        loadgen(port, users, turns, "w")  # warm-up: imports, connection pools, caches
        time.sleep(1.5)  # let background work of the warm-up finish
        workers = children(master.pid)
        backends = database_backends(env["DATABASE_URL"])
        cpu0, (st0, co0) = cpu_seconds(workers), sql_counts(counts, workers)
        cs0 = context_switches(workers)
        db0 = {p: cpu_seconds([p]) for p in backends}
        result = loadgen(port, users, turns, "m")
        time.sleep(1.5)  # deliveries noted as sent are written in batches; counters written every 0.5 s
        cpu1, (st1, co1) = cpu_seconds(workers), sql_counts(counts, workers)
        cs1 = context_switches(workers)
        # Backends opened during the run count from zero; one closed during it is missed (pools keep theirs).
        db_cpu = sum(cpu_seconds([p]) - db0.get(p, 0.0) for p in database_backends(env["DATABASE_URL"]))
        events = result["events"]
        return {"bot": name, "throughput": result["throughput"], "replied": f'{result["replied"]}/{events}',
                "e2e_p99_ms": result["e2e_p99_ms"], "cpu_ms_per_event": round(1000 * (cpu1 - cpu0) / events, 2),
                "db_server_cpu_ms_per_event": round(1000 * db_cpu / events, 2) if backends else None,
                "loadgen_cpu_ms_per_event": round(1000 * result["loadgen_cpu_s"] / events, 2),
                "statements_per_event": round((st1 - st0) / events, 2),
                "context_switches_per_event": round((cs1 - cs0) / events, 1),
                "commits_per_event": round((co1 - co0) / events, 2),
                "worker_rss_mb": [round(rss_mb(p)) for p in workers]}
    finally:
        master.send_signal(signal.SIGTERM)
        master.wait(timeout=30)
        log.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("db", nargs="?", default="sqlite", choices=["sqlite", "postgresql"])
    ap.add_argument("users", nargs="?", type=int, default=100)
    ap.add_argument("turns", nargs="?", type=int, default=8)
    ap.add_argument("--only", choices=["project", "stateful"])
    ap.add_argument("--root", type=Path, default=ROOT, help="the project tree to run (e.g. an older checkout)")
    args = ap.parse_args()
    env = {**os.environ, "LINE_CHANNEL_SECRET": "benchsecret", "LINE_CHANNEL_ACCESS_TOKEN": "benchtoken",
           "LINE_API_ENDPOINT": "http://127.0.0.1:18080"}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.db == "postgresql":
            for name in ("bench_ref", "bench_proj"):
                subprocess.run(["psql", "-q", "-h", "127.0.0.1", "-d", "test", "-c", f"DROP DATABASE IF EXISTS {name}",
                                "-c", f"CREATE DATABASE {name}"], check=True, capture_output=True)
            ref_url = "postgresql+psycopg://root@127.0.0.1:5432/bench_ref"
            proj_url = "postgresql+psycopg://root@127.0.0.1:5432/bench_proj"
        else:
            ref_url, proj_url = f"sqlite:///{work}/ref.sqlite3", f"sqlite:///{work}/proj.sqlite3"
        results = []
        if args.only in (None, "stateful"):
            ref_env = {**env, "DATABASE_URL": ref_url}
            subprocess.run([sys.executable, "-c", "import db_bot"], cwd=TOOLS, env=ref_env, check=True,
                           capture_output=True)
            results.append(measure("stateful", GUNICORN + ["--chdir", str(TOOLS), "db_bot:app"], ref_env, 18002,
                                   args.users, args.turns, work))
        if args.only in (None, "project"):
            proj_env = {**env, "DATABASE_URL": proj_url}
            subprocess.run([sys.executable, "-c", "from bot.cli import main; main()", "db", "upgrade"], cwd=args.root,
                           env={**proj_env, "PYTHONPATH": str(args.root)}, check=True, capture_output=True)
            results.append(measure("project", GUNICORN + ["--chdir", str(args.root), "bot:create_app()"], proj_env, 18003,
                                   args.users, args.turns, work))
        for result in results:
            print(json.dumps(result))


if __name__ == "__main__":
    main()
