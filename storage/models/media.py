"""What residents send as pictures and files: fetched from the channel after the answer, kept in the database."""
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column

from storage.clock import now
from storage.models.base import Base
from storage.types import UTCDateTime


class Attachment(Base):
    """One picture or file a resident sent: its bytes (when accepted), type and size, and the history line it
    belongs to. The bytes live in the database so retention and erasure remove them in the same transaction as
    the texts, and every worker process can serve them (no shared disk needed)."""

    __tablename__ = "attachments"
    __table_args__ = (UniqueConstraint("channel", "external_id", name="uq_attachment_channel_external"),
                      Index("ix_attachments_due", "status", "next_attempt_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(16), default="line")
    external_id: Mapped[str] = mapped_column(String(64))  # the channel's message id (LINE's content API key)
    kind: Mapped[str] = mapped_column(String(16))  # image | video | audio | file, as the channel said
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending | stored | refused | expired
    reason: Mapped[str | None] = mapped_column(String(16))  # refused/expired: too_big | type | gone | gave_up
    content_type: Mapped[str | None] = mapped_column(String(64))
    size: Mapped[int | None] = mapped_column(Integer)
    data: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))  # loaded only to serve it
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    fetched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
