"""The outbox: replies queued in the turn's transaction, claimed for sending, marked sent or to be retried."""
from datetime import datetime, timedelta

from sqlalchemy import bindparam, insert, text, update
from sqlalchemy.orm import Session

from storage import leases
from storage.models import OutboxMessage


def queue_outbox(session: Session, row: OutboxMessage) -> OutboxMessage:
    """Queue replies for delivery after commit; *row* gets its id (it is not added to the session)."""
    row.id = session.connection().execute(_OUTBOX_INSERT, outbox_values(row)).scalar_one()
    return row


def outbox_values(row: OutboxMessage) -> dict:
    """The columns of a new outbox row (waiting and never tried unless it says otherwise)."""
    values = {key: getattr(row, key) for key in OUTBOX_COLUMNS}
    values["status"] = values["status"] or "pending"
    values["attempts"] = values["attempts"] or 0
    return values


OUTBOX_COLUMNS = [c.key for c in OutboxMessage.__table__.columns if c.key != "id"]
_OUTBOX_INSERT = insert(OutboxMessage.__table__).returning(OutboxMessage.__table__.c.id)


def claim_outbox(session: Session, outbox_id: int, now: datetime, lease: timedelta) -> OutboxMessage | None:
    """Take a pending outbox row for sending, unless another process holds it."""
    return leases.take(session, OutboxMessage, outbox_id, now, lease, OutboxMessage.channel == "line",
                       OutboxMessage.next_attempt_at <= now)


def renew_outbox_claim(session: Session, outbox_id: int, attempts: int, now: datetime, lease: timedelta) -> bool:
    """Extend our claim on an outbox row; False when another process has claimed it since (or it is done).

    Every claim counts an attempt, so an unchanged count means the claim is still ours, even if its lease
    ran out meanwhile (nobody took it then)."""
    stmt = (update(OutboxMessage)
            .where(OutboxMessage.id == outbox_id, OutboxMessage.status == "pending",
                   OutboxMessage.attempts == attempts, OutboxMessage.lease_until.is_not(None))
            .values(lease_until=now + lease))
    return session.execute(stmt).rowcount == 1


def due_outbox(session: Session, now: datetime, limit: int = 100) -> list[int]:
    """LINE outbox rows that should be (re)tried now (kiosk rows wait for the kiosk page to fetch them)."""
    return leases.due_ids(session, OutboxMessage, now, OutboxMessage.id, limit, OutboxMessage.channel == "line",
                          OutboxMessage.next_attempt_at <= now)


def mark_sent(session: Session, outbox_ids: list[int], now: datetime) -> None:
    """Record several deliveries as done in one statement."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL synchronous_commit TO OFF"))
        # one statement text whatever the batch's size (an IN list of n ids is a new statement to parse and plan
        # for each n, never prepared)
        session.connection().execute(_MARK_SENT_PG, {"ids": list(outbox_ids), "sent_at": now})
        return
    session.connection().execute(_MARK_SENT, {"ids": list(outbox_ids), "sent_at": now})


_MARK_SENT_PG = text("UPDATE outbox SET status = 'sent', sent_at = :sent_at, lease_until = NULL WHERE id = ANY(:ids)")
_MARK_SENT = (update(OutboxMessage.__table__).where(OutboxMessage.__table__.c.id.in_(bindparam("ids", expanding=True)))
              .values(status="sent", sent_at=bindparam("sent_at"), lease_until=None))


def mark_outbox(session: Session, outbox_id: int, status: str, now: datetime, error: str | None = None,
                retry_at: datetime | None = None) -> None:
    """Record the result of a delivery attempt."""
    if session.get_bind().dialect.name == "postgresql":
        # Losing this commit in a database crash only means one more attempt, which the reply token
        # or the retry key makes harmless; so do not wait for the disk here.
        session.execute(text("SET LOCAL synchronous_commit TO OFF"))
    values: dict[str, object] = {"status": status, "lease_until": None, "last_error": (error or None) and error[:200]}
    if status == "sent":
        values["sent_at"] = now
    if retry_at is not None:
        values["next_attempt_at"] = retry_at
    session.execute(update(OutboxMessage).where(OutboxMessage.id == outbox_id).values(**values))
