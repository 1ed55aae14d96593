"""Repository functions for the reception kiosk: devices, visits, reception numbers, kiosk outbox rows."""
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from storage.dialect import dialect_insert
from storage.models import KioskCounter, KioskDevice, KioskVisit, OutboxMessage


# --- devices ---------------------------------------------------------------------------------
def add_device(session: Session, name: str, code_hash: str, expires_at: datetime, by: str, now: datetime) -> KioskDevice:
    """A device waiting for its one-time code to be entered on the tablet."""
    device = KioskDevice(name=name, code_hash=code_hash, code_expires_at=expires_at, created_by=by, created_at=now)
    session.add(device)
    session.flush()
    return device


def devices(session: Session) -> list[KioskDevice]:
    """Every device, newest first."""
    return list(session.scalars(select(KioskDevice).order_by(KioskDevice.id.desc())))


def device_by_code(session: Session, code_hash: str, now: datetime) -> KioskDevice | None:
    """The not yet enrolled, unexpired, unrevoked device this one-time code belongs to (locked)."""
    stmt = (select(KioskDevice).where(KioskDevice.code_hash == code_hash, KioskDevice.token_hash.is_(None),
                                      KioskDevice.revoked_at.is_(None), KioskDevice.code_expires_at > now)
            .with_for_update())
    return session.scalars(stmt).first()


def device_by_token(session: Session, token_hash: str) -> KioskDevice | None:
    """The enrolled, unrevoked device holding this token."""
    stmt = select(KioskDevice).where(KioskDevice.token_hash == token_hash, KioskDevice.revoked_at.is_(None))
    return session.scalars(stmt).first()


# --- visits ----------------------------------------------------------------------------------
def visit_by_token(session: Session, token_hash: str, device_id: int) -> KioskVisit | None:
    """The visit with this token on this device, locked (ended visits have no token any more)."""
    stmt = (select(KioskVisit).where(KioskVisit.token_hash == token_hash, KioskVisit.device_id == device_id)
            .with_for_update())
    return session.scalars(stmt).first()


def open_visits(session: Session, device_id: int) -> list[KioskVisit]:
    """Visits on the device that still have a live token."""
    stmt = select(KioskVisit).where(KioskVisit.device_id == device_id, KioskVisit.token_hash.is_not(None))
    return list(session.scalars(stmt))


def abandoned_visits(session: Session, untouched_since) -> list[KioskVisit]:
    """Live visits (any device) nobody has touched since *untouched_since*: the page that should have wiped
    them is gone (tablet switched off, browser closed). Rows another process holds are left to it."""
    stmt = (select(KioskVisit).where(KioskVisit.status == "active", KioskVisit.token_hash.is_not(None),
                                     KioskVisit.last_activity_at < untouched_since)
            .order_by(KioskVisit.id).with_for_update(skip_locked=True))
    return list(session.scalars(stmt))


def next_reception_number(session: Session, day: str) -> int:
    """The next reception number of *day*: 1, 2, 3 … (one row per day, incremented under its row lock)."""
    session.execute(dialect_insert(session, KioskCounter).values(day=day, last=0)
                    .on_conflict_do_nothing(index_elements=["day"]))
    session.execute(update(KioskCounter).where(KioskCounter.day == day).values(last=KioskCounter.last + 1))
    return int(session.scalar(select(KioskCounter.last).where(KioskCounter.day == day)) or 0)


# --- replies waiting for the kiosk page ------------------------------------------------------
def take_outbox(session: Session, resident_id: int, now: datetime) -> list[OutboxMessage]:
    """The kiosk resident's undelivered replies, oldest first, marked delivered (the page has them now)."""
    stmt = (select(OutboxMessage).where(OutboxMessage.resident_id == resident_id, OutboxMessage.channel == "kiosk",
                                        OutboxMessage.status == "pending")
            .order_by(OutboxMessage.id).with_for_update())
    rows = list(session.scalars(stmt))
    for row in rows:
        row.status, row.sent_at, row.attempts = "sent", now, row.attempts + 1
    return rows


def drop_outbox(session: Session, resident_id: int, now: datetime) -> None:
    """Nothing more will reach a wiped visit: undelivered kiosk replies are marked failed."""
    session.execute(update(OutboxMessage).where(OutboxMessage.resident_id == resident_id,
                                                OutboxMessage.channel == "kiosk", OutboxMessage.status == "pending")
                    .values(status="failed", last_error="kiosk visit ended"))


def device_by_id(session: Session, device_id: int) -> KioskDevice | None:
    """One enrolled kiosk device by id."""
    return session.get(KioskDevice, device_id)
