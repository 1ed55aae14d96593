"""Benchmark: the nearest-places query over 10,000 places (target: p95 ≤ 20 ms), on SQLite and PostgreSQL.

    python benchmarks/places_nearest.py                       # SQLite in a temporary file
    python benchmarks/places_nearest.py postgresql+psycopg://root@127.0.0.1:5432/bench   # an EMPTY database

Places are spread over a 40 × 40 km square around the demo town (a dense prefecture); each query asks
from a random point in it. Two queries are timed: the API's (the 5 nearest, any distance) and the
chat's (every place within 3 km that fits the resident, with its opening state at that moment).
"""
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from handlers import nearby  # noqa: E402
from handlers.directory import AUDIENCES, KINDS  # noqa: E402
from storage import migrate, repo_places  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.models import Place  # noqa: E402

N_PLACES, N_QUERIES = 10_000, 1_000
CENTRE, SPAN = (35.6581, 139.7017), 0.18  # ± 0.18° ≈ ± 20 km
HOURS = ["mon-fri 10:00-16:00; holidays closed", "daily 09:00-21:00", "fri-sat 18:00-02:00",
         "tue,thu 13:00-16:00", "mon-sat 08:00-18:00; holidays 10:00-16:00"]
TZ = "Asia/Tokyo"


def load(db: Database, rng: random.Random) -> None:
    rows = [{"key": f"bench-{i}", "name": f"場所{i}", "names": {}, "kind": rng.choice(KINDS), "area": None,
             "address": "", "lat": CENTRE[0] + rng.uniform(-SPAN, SPAN), "lon": CENTRE[1] + rng.uniform(-SPAN, SPAN),
             "hours": rng.choice(HOURS), "audience": [rng.choice(AUDIENCES)], "cost": "free", "languages": ["ja"],
             "accessibility": [], "phone": "", "contact": "", "url": "", "descriptions": {"ja": "-"}}
            for i in range(N_PLACES)]
    with db.session() as session:
        repo_places.upsert_by_key(session, Place, rows, datetime.now(ZoneInfo("UTC")))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def run(db: Database, rng: random.Random) -> dict:
    at = datetime(2026, 11, 24, 11, 0, tzinfo=ZoneInfo(TZ))
    groups = {"anyone", "children"}
    fits = lambda p: bool(set(p.audience) & groups)  # noqa: E731
    figures = {}
    for name, query in (
        ("api: 5 nearest", lambda s, lat, lon: nearby.nearest(s, lat, lon, at, TZ, limit=5)),
        ("chat: 5 nearest within 3 km, fitting, open/soon",
         lambda s, lat, lon: nearby.nearest_open(s, lat, lon, at, TZ, 3000, 5, 24, fits)),
    ):
        timings = []
        for i in range(N_QUERIES + 50):
            lat, lon = CENTRE[0] + rng.uniform(-SPAN, SPAN), CENTRE[1] + rng.uniform(-SPAN, SPAN)
            start = time.perf_counter()
            with db.session() as session:
                result = query(session, lat, lon)
            elapsed = (time.perf_counter() - start) * 1000
            if i >= 50:  # warm-up excluded
                timings.append(elapsed)
            assert result is not None
        figures[name] = {"p50": statistics.median(timings), "p95": percentile(timings, 95),
                         "max": max(timings)}
    return figures


def main() -> None:
    url = sys.argv[1] if len(sys.argv) > 1 else None
    tmp = None
    if url is None:
        tmp = tempfile.TemporaryDirectory()
        url = f"sqlite:///{tmp.name}/bench.sqlite3"
    migrate.upgrade(url)
    db = Database(url)
    rng = random.Random(7)
    try:
        with db.session() as session:
            if repo_places.count_places(session) != 0:
                sys.exit("the benchmark needs an empty database (it loads its own 10,000 places)")
        started = time.perf_counter()
        load(db, rng)
        print(f"{db.engine.dialect.name}: loaded {N_PLACES:,} places in {time.perf_counter() - started:.1f} s; "
              f"{N_QUERIES:,} queries each")
        for name, f in run(db, rng).items():
            verdict = "OK" if f["p95"] <= 20 else "OVER TARGET"
            print(f"  {name:42s} p50 {f['p50']:6.2f} ms   p95 {f['p95']:6.2f} ms   max {f['max']:6.2f} ms   {verdict}")
    finally:
        db.dispose()
        if tmp:
            tmp.cleanup()


if __name__ == "__main__":
    main()
