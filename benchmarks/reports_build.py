"""Benchmark: building every report figure for a year over 10,000 made-up consultations, SQLite and PostgreSQL.

    python benchmarks/reports_build.py                        # SQLite in a temporary file
    python benchmarks/reports_build.py postgresql+psycopg://root@127.0.0.1:5432/bench   # an EMPTY database

The history is the demo seed (bot/dev/seed_reports.py) spread over the last year; the report is built five
times for the whole year and for one month, and the median time printed.
"""
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.dev import seed_reports  # noqa: E402
from handlers.office import Office  # noqa: E402
from handlers.reports import Labels  # noqa: E402
from handlers.reports.report import build  # noqa: E402
from storage import clock, migrate  # noqa: E402
from storage.db import Database  # noqa: E402

N_RESIDENTS, TZ = 10_000, "Asia/Tokyo"
ROOT = Path(__file__).resolve().parent.parent


def main(url: str) -> None:
    migrate.upgrade(url)
    db = Database(url)
    now = clock.now()
    seed_reports.RESIDENTS = N_RESIDENTS
    seed_reports.default_period = lambda today: (today - timedelta(days=364), today)  # spread over a year
    started = time.perf_counter()
    with db.session() as session:
        seed_reports.seed_reports(session, SimpleNamespace(tz=TZ), now)
    print(f"seeded {N_RESIDENTS} consultations in {time.perf_counter() - started:.1f} s")
    office = Office.load(ROOT / "dialogs" / "data" / "office.yaml", TZ)
    labels = Labels(topics={k: k for k in ("work", "money", "housing", "family", "health", "isolation")},
                    crisis={k: k for k in ("suicide", "violence", "no_food", "no_shelter", "lifeline")},
                    areas={k: k for k in ("north", "central", "south", "east", "west", "outside")},
                    languages={k: k for k in ("ja", "vi", "pt-BR", "en", "zh-Hans", "tl", "ne")},
                    channels={"line": "LINE", "kiosk": "kiosk"},
                    outcomes={k: k for k in ("resolved", "referred", "visit", "info_only", "no_response", "other")})
    today = now.astimezone(ZoneInfo(TZ)).date()
    for name, first in (("one year", today - timedelta(days=364)), ("one month", today - timedelta(days=30))):
        times = []
        for _ in range(5):
            started = time.perf_counter()
            with db.session() as session:
                report = build(session, office, first, today, labels)
            times.append(time.perf_counter() - started)
        print(f"{name}: {len(report.figures)} figures over {report.residents} residents, "
              f"median {statistics.median(times) * 1000:.0f} ms")
    db.dispose()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(sys.argv[1])
    else:
        with tempfile.TemporaryDirectory() as tmp:
            main(f"sqlite:///{tmp}/bench.sqlite3")
