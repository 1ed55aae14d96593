"""Leased work rows (outbox messages, scheduled jobs, attachments to fetch): any process may take a pending row
whose lease is free or ran out; taking it is one conditional UPDATE that also counts an attempt, so two
processes never work the same row at once."""
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session


def free(model, now: datetime):
    """The condition: *model*'s row is pending and nobody holds it (no lease, or a lease that ran out)."""
    return (model.status == "pending", or_(model.lease_until.is_(None), model.lease_until < now))


def due_ids(session: Session, model, now: datetime, order, limit: int, *where) -> list[int]:
    """Ids of free rows of *model* meeting *where*, in *order*, at most *limit*."""
    stmt = select(model.id).where(*free(model, now), *where).order_by(order).limit(limit)
    return list(session.scalars(stmt))


def take(session: Session, model, row_id: int, now: datetime, lease: timedelta, *where):
    """Lease one free row of *model* (meeting *where*) to this process; None when it is gone, done or held."""
    stmt = (update(model).where(model.id == row_id, *free(model, now), *where)
            .values(lease_until=now + lease, attempts=model.attempts + 1))
    if session.execute(stmt).rowcount != 1:
        return None
    return session.get(model, row_id)
