"""gunicorn config hook for benchmarks/cpu_per_event.py: each worker counts the SQL statements and commits
it sends (through SQLAlchemy, and straight on a psycopg connection) and writes the totals to
$BENCH_SQL_COUNTS/<pid>.json every half second."""
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
    try:  # statements sent on the driver's connection itself (the project's pipelined turns on PostgreSQL)
        import psycopg
    except ImportError:
        psycopg = None
    if psycopg is not None:
        direct = psycopg.Connection.execute

        def execute(self, *args, **kwargs):
            counts["statements"] += 1
            return direct(self, *args, **kwargs)

        psycopg.Connection.execute = execute
    path = os.path.join(folder, f"{os.getpid()}.json")

    def write():
        while True:
            with open(path + ".tmp", "w") as f:
                json.dump(counts, f)
            os.replace(path + ".tmp", path)
            threading.Event().wait(0.5)

    threading.Thread(target=write, daemon=True).start()
