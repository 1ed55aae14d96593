"""Inbound events: stored once each (UNIQUE event id), read back in order, marked done or failed."""
from datetime import datetime

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage.dialect import dialect_insert, dialect_name
from storage.models import InboundEvent


def store_events(session: Session, rows: list[dict]) -> list[str]:
    """Insert events, ignoring ids already stored; return the ids that were new."""
    new = []
    for row in rows:
        stmt = dialect_insert(session, InboundEvent).values(**row).on_conflict_do_nothing(index_elements=["event_id"])
        if session.execute(stmt).rowcount:
            new.append(row["event_id"])
    return new


def store_event(session: Session, row: dict, done_at: datetime | None = None) -> bool:
    """Insert one event unless its id is already stored (then False); *done_at* stores it as handled."""
    values = dict(row, status="done", processed_at=done_at) if done_at else row
    return session.connection().execute(_STORE_EVENT[dialect_name(session)], values).first() is not None


# Statements on the path of every event are built once: building one costs more than running it.
_STORE_EVENT = {name: (dialect.insert(InboundEvent).on_conflict_do_nothing(index_elements=["event_id"])
                       .returning(InboundEvent.id)) for name, dialect in (("postgresql", postgresql),
                                                                          ("sqlite", sqlite))}
_EVENTS = InboundEvent.__table__
_PENDING_EVENTS = (select(_EVENTS.c.id, _EVENTS.c.event_id, _EVENTS.c.body, _EVENTS.c.received_at)
                   .where(_EVENTS.c.resident_key == bindparam("key"), _EVENTS.c.status == "pending")
                   .order_by(_EVENTS.c.occurred_ms, _EVENTS.c.id).limit(bindparam("limit")))
_EVENTS_DONE = (update(_EVENTS).where(_EVENTS.c.id.in_(bindparam("ids", expanding=True)))
                .values(status="done", processed_at=bindparam("now")))


def pending_events(session: Session, resident_key: str, limit: int = 100) -> list:
    """A resident's unprocessed events in the order they happened (rows: id, event_id, body, received_at)."""
    return list(session.connection().execute(_PENDING_EVENTS, {"key": resident_key, "limit": limit}))


def mark_events_done(session: Session, ids: list[int], now: datetime) -> None:
    """Record that these events (by row id) are handled."""
    if ids:
        session.connection().execute(_EVENTS_DONE, {"ids": ids, "now": now})


def mark_event_done(session: Session, event_id: str, now: datetime) -> None:
    """Record that an event needs nothing more."""
    session.execute(update(InboundEvent).where(InboundEvent.event_id == event_id)
                    .values(status="done", processed_at=now))


def stale_resident_keys(session: Session, older_than: datetime, limit: int = 100) -> list[str]:
    """Residents with events still pending since before *older_than* (a crash or a failure)."""
    stmt = (select(InboundEvent.resident_key)
            .where(InboundEvent.status == "pending", InboundEvent.received_at < older_than,
                   InboundEvent.resident_key.is_not(None))
            .group_by(InboundEvent.resident_key).limit(limit))
    return [k for k in session.scalars(stmt) if k is not None]


def note_event_failure(session: Session, event_id: str, error: str, give_up_after: int) -> bool:
    """Count a failed attempt; return True when the event is given up on (marked failed)."""
    event = session.scalars(select(InboundEvent).where(InboundEvent.event_id == event_id)).one()
    event.attempts += 1
    event.last_error = error[:200]
    if event.attempts >= give_up_after:
        event.status = "failed"
        return True
    return False
