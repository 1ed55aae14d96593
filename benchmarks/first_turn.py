"""Benchmark: the CPU a fresh web process spends on its first residents' turns, with and without the start-up
rehearsal (bot/line/rehearsal.py).

    python benchmarks/first_turn.py [--runs 3]

Each run is a new Python process on a new SQLite database (migrated first) that builds the app as gunicorn
does, then sends five signed text events through the test client — three newcomers, then two more turns of
the first — and prints the request thread's CPU for each. The figures are CPU, not wall time, so they
hold while other work runs on the machine. LINE is the demo's built-in fake, in the same process.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TURNS = [("U1", "こんにちは"), ("U2", "仕事がなくて困っています"), ("U3", "家賃が払えない"), ("U1", "お金がないです"),
         ("U1", "はい")]

CHILD = r"""
import json, sys, time
from bot.dev.fakeline import FakeLine
from bot.dev.simulator import build_event
from tests.support import sign
line = FakeLine().start()
import os
os.environ["LINE_API_ENDPOINT"] = line.url
started = time.thread_time()
from bot import create_app
app = create_app()
boot = time.thread_time() - started
client = app.test_client()
out = []
for user, text in json.loads(sys.argv[1]):
    body = json.dumps({"destination": "U", "events": [build_event(user + "0" * 31, "text", {"text": text})]},
                      ensure_ascii=False).encode()
    before = time.thread_time()
    client.post("/callback", data=body, content_type="application/json",
                headers={"X-Line-Signature": sign(body, "bench-secret")})
    out.append(round((time.thread_time() - before) * 1000, 1))
app.extensions["madoguchi"].close()
line.stop()
print(json.dumps({"boot_ms": round(boot * 1000), "turns_ms": out}))
"""


def one_run(rehearse: bool) -> dict:
    """One fresh process: its boot CPU and the CPU of each of the five turns."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3", "LINE_CHANNEL_SECRET": "bench-secret",
               "LINE_CHANNEL_ACCESS_TOKEN": "bench-token", "MADOGUCHI_REHEARSE": "1" if rehearse else "0",
               "MADOGUCHI_INPROCESS_WORKER": "0", "MADOGUCHI_INSTANCE": tmp}
        subprocess.run([sys.executable, "-m", "bot.cli", "db", "upgrade"], cwd=ROOT, env=env, check=True,
                       capture_output=True)
        done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(TURNS)], cwd=ROOT, env=env, check=True,
                              capture_output=True, text=True)
        return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    """Print each run and the medians, without and with the rehearsal."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for rehearse in (False, True):
        runs = [one_run(rehearse) for _ in range(args.runs)]
        for run in runs:
            print(json.dumps({"rehearsal": rehearse, **run}))
        medians = [round(statistics.median(run["turns_ms"][i] for run in runs), 1) for i in range(len(TURNS))]
        print(json.dumps({"rehearsal": rehearse, "median_turns_ms": medians,
                          "median_boot_ms": statistics.median(run["boot_ms"] for run in runs)}))


if __name__ == "__main__":
    main()
