"""Benchmark: one signed webhook body carrying many events from residents we already know (LINE batches
events when a bot falls behind) — how long until LINE gets its 200, and until every resident is answered.

    python benchmarks/webhook_burst.py                   # 1,000 events, embedded SQLite in a temp folder
    python benchmarks/webhook_burst.py --events 1000 --database postgresql+psycopg://root@127.0.0.1:5432/burst

The app is served over real HTTP by werkzeug's threaded server in this process (as `madoguchi demo` does),
against the project's own fake LINE API; the residents are created directly in the database first. LINE wants
the 200 within 2 s. Prints one JSON line.
"""
import argparse
import base64
import hashlib
import hmac
import json
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import requests
from werkzeug.serving import make_server

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bot import create_app  # noqa: E402
from bot.app.config import Settings  # noqa: E402
from bot.dev.fakeline import FakeLine  # noqa: E402
from storage import clock, migrate, repo  # noqa: E402
from storage.db import Database  # noqa: E402

SECRET = "burst-secret"


def main() -> None:
    """Run the burst once and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--database", default=None, help="SQLAlchemy URL (default: SQLite in a temp folder)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="burst-"))
    url = args.database or f"sqlite:///{folder / 'burst.sqlite3'}"
    migrate.upgrade(url)
    fake = FakeLine().start()
    settings = Settings.from_env({}, channel_secret=SECRET, access_token="t", line_api_endpoint=fake.url,
                                 database_url=url, instance_dir=folder, secret_key="burst")
    app = create_app({"settings": settings})
    users = [f"Uburst{uuid.uuid4().hex[:20]}" for _ in range(args.events)]
    db = Database(url)
    with db.session() as session:
        for user in users:
            repo.create_resident(session, "line", user, clock.now(), "ja", "profile")
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    target = f"http://127.0.0.1:{server.server_port}/callback"
    now_ms = int(time.time() * 1000)
    events = [{"type": "message", "mode": "active", "timestamp": now_ms + i, "source": {"type": "user", "userId": u},
               "webhookEventId": uuid.uuid4().hex.upper()[:26], "deliveryContext": {"isRedelivery": False},
               "replyToken": f"burst.{i}", "message": {"id": str(i), "type": "text", "quoteToken": "q",
                                                       "text": "仕事がなくなって家賃が払えません"}}
              for i, u in enumerate(users)]
    body = json.dumps({"destination": "Uburst", "events": events}, ensure_ascii=False).encode()
    signature = base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()
    started = time.perf_counter()
    response = requests.post(target, data=body, timeout=60,
                             headers={"Content-Type": "application/json", "X-Line-Signature": signature})
    acked = time.perf_counter() - started
    deadline = time.time() + 300
    while time.time() < deadline and len(fake.calls("/v2/bot/message/")) < args.events:
        time.sleep(0.1)
    answered = len(fake.calls("/v2/bot/message/"))
    done = time.perf_counter() - started
    print(json.dumps({"events": args.events, "status": response.status_code, "ack_s": round(acked, 3),
                      "answered": answered, "all_answered_s": round(done, 2),
                      "database": url.split(":", 1)[0]}))
    server.shutdown()
    app.extensions["madoguchi"].close()
    fake.stop()


if __name__ == "__main__":
    main()
