"""Accompanied visits (同行支援): weekly slot patterns, slots and bookings."""
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.clock import now
from storage.models.base import Base
from storage.types import JSONType, UTCDateTime


class SlotPattern(Base):
    """A weekly repeating slot ('every Tuesday 10:00–12:00 in the office time zone'), made into slots ahead."""

    __tablename__ = "slot_patterns"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str | None] = mapped_column(String(64), unique=True)  # outside reference (seed data, imports)
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday … 6 = Sunday
    start_time: Mapped[str] = mapped_column(String(5))  # "10:00", office time zone
    end_time: Mapped[str] = mapped_column(String(5))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    meeting_point: Mapped[str] = mapped_column(String(200))
    counselor: Mapped[str] = mapped_column(String(64))
    languages: Mapped[list] = mapped_column(JSONType, default=list)
    interpreter: Mapped[bool] = mapped_column(Boolean, default=False)
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    materialized_until: Mapped[date | None] = mapped_column(Date)  # slots exist up to this local date
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)


class Slot(Base):
    """One time a counselor can go with residents; `booked` only changes by a conditional UPDATE."""

    __tablename__ = "slots"
    __table_args__ = (UniqueConstraint("pattern_id", "starts_at", name="uq_slot_pattern_start"),
                      Index("ix_slots_open", "status", "starts_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    pattern_id: Mapped[int | None] = mapped_column(ForeignKey("slot_patterns.id", ondelete="SET NULL"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    meeting_point: Mapped[str] = mapped_column(String(200))
    counselor: Mapped[str] = mapped_column(String(64))
    languages: Mapped[list] = mapped_column(JSONType, default=list)
    interpreter: Mapped[bool] = mapped_column(Boolean, default=False)
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    booked: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | cancelled
    cancel_reason: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)

    bookings: Mapped[list["Booking"]] = relationship(back_populates="slot")


class Booking(Base):
    """A resident's place on a slot; a move marks the old row 'moved' and points at the new one."""

    __tablename__ = "bookings"
    __table_args__ = (
        Index("ix_bookings_resident_status", "resident_id", "status"),
        Index("uq_booking_slot_resident_active", "slot_id", "resident_id", unique=True,
              sqlite_where=text("status = 'booked'"), postgresql_where=text("status = 'booked'")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slot_id: Mapped[int] = mapped_column(ForeignKey("slots.id", ondelete="CASCADE"), index=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(16), default="booked")  # booked | cancelled | moved
    destination: Mapped[str | None] = mapped_column(String(32))  # an id from visit_destinations.yaml
    destination_text: Mapped[str | None] = mapped_column(Text)  # the resident's own words
    consent_to_share: Mapped[bool] = mapped_column(Boolean, default=False)
    lang: Mapped[str | None] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16), default="chat")  # chat | api
    moved_to_id: Mapped[int | None] = mapped_column(Integer)
    cancelled_by: Mapped[str | None] = mapped_column(String(16))  # resident | staff
    cancel_reason: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    slot: Mapped[Slot] = relationship(back_populates="bookings")
