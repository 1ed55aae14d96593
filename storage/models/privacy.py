"""Residents' consents and data requests: what was agreed (in which wording), what was asked, what was done."""
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.clock import now
from storage.models.base import Base
from storage.types import UTCDateTime


class Consent(Base):
    """One answer to one consent question, with the exact wording the resident read and its version."""

    __tablename__ = "consents"
    __table_args__ = (Index("ix_consents_resident", "resident_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id", ondelete="SET NULL"))
    purpose: Mapped[str] = mapped_column(String(32))  # visit_share | referral_share | referral_self | erasure
    answer: Mapped[str] = mapped_column(String(16))  # agreed | declined
    subject: Mapped[str | None] = mapped_column(String(64))  # what it is about: "booking:12", "referral:3"
    wording_id: Mapped[str] = mapped_column(String(64))  # the message id of the question
    wording_version: Mapped[str] = mapped_column(String(40))  # msgid@hash of the template in that language
    wording_text: Mapped[str] = mapped_column(Text, default="")  # the question exactly as shown
    lang: Mapped[str] = mapped_column(String(16), default="ja")
    channel: Mapped[str] = mapped_column(String(16), default="line")
    dialog_version: Mapped[int | None] = mapped_column(Integer)  # the published dialog version in use
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)


class DataRequest(Base):
    """A resident asked to see (access) or delete (erasure) their data; staff record what they did."""

    __tablename__ = "data_requests"
    __table_args__ = (Index("ix_data_requests_status", "status", "requested_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(16))  # access | erasure
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | done | declined
    channel: Mapped[str] = mapped_column(String(16), default="line")
    lang: Mapped[str] = mapped_column(String(16), default="ja")
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    handled_by: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str | None] = mapped_column(String(16))  # copy_sent | exported | erased | declined
    record: Mapped[str | None] = mapped_column(String(400))  # what was done, in staff's words and counts


class SpentEvent(Base):
    """A webhook event whose stored body the purge (or an erasure) removed: only a hash of LINE's event id and
    when it went, so that a signed body replayed later is still recognised as already handled."""

    __tablename__ = "spent_events"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of "channel:webhookEventId"
    spent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now, index=True)
