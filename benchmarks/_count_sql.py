"""gunicorn config hook for benchmarks/cpu_per_event.py: each worker counts the SQL statements and commits
it sends and writes the totals to $BENCH_SQL_COUNTS/<pid>.json every half second."""
import json
import os
import threading


def post_fork(server, worker):
    """In each worker, before the app is loaded: count every engine's statements and commits."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    folder = os.environ.get("BENCH_SQL_COUNTS")
    if not folder:
        return
    counts = {"statements": 0, "commits": 0}

    def statement(*_):
        counts["statements"] += 1  # under the GIL; a lost increment now and then does not matter

    def commit(*_):
        counts["commits"] += 1

    event.listen(Engine, "before_cursor_execute", statement)
    event.listen(Engine, "commit", commit)
    path = os.path.join(folder, f"{os.getpid()}.json")

    def write():
        while True:
            with open(path + ".tmp", "w") as f:
                json.dump(counts, f)
            os.replace(path + ".tmp", path)
            threading.Event().wait(0.5)

    threading.Thread(target=write, daemon=True).start()
