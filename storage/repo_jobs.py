"""Scheduled jobs: scheduled once per key, cancelled by key prefix, claimed when due."""
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage import leases
from storage.dialect import dialect_name
from storage.models import ScheduledJob


def schedule_job(session: Session, kind: str, dedupe_key: str, due_at: datetime, resident_id: int | None,
                 payload: dict, now: datetime) -> None:
    """Schedule work once per *dedupe_key* (scheduling again for the same key changes nothing)."""
    values = {"kind": kind, "dedupe_key": dedupe_key, "due_at": due_at, "resident_id": resident_id,
              "payload": payload, "status": "pending", "attempts": 0, "created_at": now}
    gathering = session.info.get(GATHERING)
    if gathering is not None:  # a turn computed on a read snapshot: the job is written with its rows, under the writer
        gathering.keep_job(values)
        return
    insert_job(session, values)


def insert_job(session: Session, values: dict) -> None:
    """Insert one scheduled job's row unless its key is scheduled already."""
    # On the connection, not session.execute: the job needs nothing the ORM holds, and an autoflush here
    # would write the turn's conversation once now and again when the turn saves it.
    session.connection().execute(_SCHEDULE[dialect_name(session)], values)


# session.info key of the writes a turn computed ahead of the writer keeps (storage/turns_sqlite.py)
GATHERING = "gathering_turn_writes"


# Built once: building the statement costs more than running it.
_SCHEDULE = {name: dialect.insert(ScheduledJob).on_conflict_do_nothing(index_elements=["dedupe_key"])
             for name, dialect in (("postgresql", postgresql), ("sqlite", sqlite))}


def cancel_jobs(session: Session, dedupe_prefix: str) -> int:
    """Cancel pending jobs whose key starts with *dedupe_prefix*; return how many."""
    stmt = (update(ScheduledJob)
            .where(ScheduledJob.dedupe_key.startswith(dedupe_prefix, autoescape=True), ScheduledJob.status == "pending")
            .values(status="cancelled"))
    return session.execute(stmt).rowcount


def due_jobs(session: Session, now: datetime, limit: int = 100) -> list[int]:
    """Ids of jobs due now and not held by another process."""
    return leases.due_ids(session, ScheduledJob, now, ScheduledJob.due_at, limit, ScheduledJob.due_at <= now)


def claim_job(session: Session, job_id: int, now: datetime, lease: timedelta) -> ScheduledJob | None:
    """Take a due job for this process, unless another holds it."""
    return leases.take(session, ScheduledJob, job_id, now, lease)


def job_by_id(session: Session, job_id: int) -> ScheduledJob | None:
    """One scheduled job by id."""
    return session.get(ScheduledJob, job_id)
