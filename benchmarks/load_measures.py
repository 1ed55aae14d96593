"""For benchmarks/load_1000.py: what the run measures besides the residents — percentiles, CPU of processes and of
the machine, and a PostgreSQL database of its own with its sessions' wait events."""
import asyncio
import os
from collections import Counter
from pathlib import Path


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
