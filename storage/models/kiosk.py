"""Models for the reception kiosk: enrolled tablets, visits, and the day's reception numbers."""
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.clock import now
from storage.models.base import Base
from storage.types import UTCDateTime


class KioskDevice(Base):
    """A tablet at the counter: enrolled once with a one-time code; only hashes of the code and token are kept."""

    __tablename__ = "kiosk_devices"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)  # sha256 of the one-time code
    code_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)  # sha256 of the device cookie
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    enrolled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_by: Mapped[str | None] = mapped_column(String(64))


class KioskVisit(Base):
    """One visitor's session on a kiosk; its random token (hashed here) dies with the visit."""

    __tablename__ = "kiosk_visits"
    __table_args__ = (UniqueConstraint("day", "reception_no", name="uq_kiosk_visit_day_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("kiosk_devices.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)  # None once the visit is over
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | counter | wiped | finished
    day: Mapped[str | None] = mapped_column(String(10))  # office-local date of the reception number
    reception_no: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    end_reason: Mapped[str | None] = mapped_column(String(16))  # handoff | finish | crisis | idle | replaced


class KioskCounter(Base):
    """The last reception number given out on one office day."""

    __tablename__ = "kiosk_counters"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)
