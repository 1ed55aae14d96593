"""SQLAlchemy 2 models: residents, conversations, messages, inbound events and the outbox."""
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.clock import now
from storage.models.base import Base
from storage.types import JSONType, UTCDateTime


class Resident(Base):
    """A person who contacts the centre on one channel (LINE user, kiosk visitor, simulator)."""

    __tablename__ = "residents"
    __table_args__ = (UniqueConstraint("channel", "external_id", name="uq_resident_channel_external"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(64))
    lang: Mapped[str | None] = mapped_column(String(16))
    lang_source: Mapped[str | None] = mapped_column(String(16))  # profile | detected | guessed | chosen
    following: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    unfollowed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # blocked us; retention counts from here
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # external id replaced: no longer linkable

    conversations: Mapped[list["Conversation"]] = relationship(back_populates="resident")


class Conversation(Base):
    """One consultation: dialog state while the bot has it, queue status once a person is asked for."""

    __tablename__ = "conversations"
    __table_args__ = (Index("ix_conversation_resident_status", "resident_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16), default="bot")  # bot | waiting | active | closed
    script: Mapped[str] = mapped_column(String(64), default="intake")
    state: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict] = mapped_column(JSONType, default=dict)
    topics: Mapped[list] = mapped_column(JSONType, default=list)
    crisis: Mapped[list] = mapped_column(JSONType, default=list)
    urgency: Mapped[int] = mapped_column(Integer, default=0)
    assigned_to: Mapped[str | None] = mapped_column(String(64))
    waiting_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    redacted: Mapped[str | None] = mapped_column(String(16))  # None | texts | summary: what retention removed

    resident: Mapped[Resident] = relationship(back_populates="conversations")
    messages: Mapped[list["Message"]] = relationship(back_populates="conversation", order_by="Message.id")


class Message(Base):
    """One line of the conversation history as a counselor will read it."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    sender: Mapped[str] = mapped_column(String(16))  # resident | bot | counselor | system
    kind: Mapped[str] = mapped_column(String(16), default="text")
    text: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[dict | None] = mapped_column(JSONType)
    author: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    redacted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # text removed by the retention policy

    conversation: Mapped[Conversation] = relationship(back_populates="messages")


class InboundEvent(Base):
    """A webhook event exactly as received; the unique event id makes redeliveries no-ops."""

    __tablename__ = "inbound_events"
    # Only waiting events are indexed: almost every event is stored already handled (migration 0010).
    __table_args__ = (Index("ix_inbound_pending", "resident_key", postgresql_where=text("status = 'pending'"),
                            sqlite_where=text("status = 'pending'")),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64), unique=True)
    channel: Mapped[str] = mapped_column(String(16), default="line")
    resident_key: Mapped[str | None] = mapped_column(String(64))
    event_type: Mapped[str] = mapped_column(String(32))
    occurred_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    body: Mapped[dict] = mapped_column(JSONType)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending | done | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(200))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class OutboxMessage(Base):
    """Channel-neutral replies waiting to be delivered; sent only after the dialog state is committed."""

    __tablename__ = "outbox"
    # Only waiting deliveries are indexed: almost every reply is sent within milliseconds (migration 0010).
    __table_args__ = (Index("ix_outbox_pending", "next_attempt_at", postgresql_where=text("status = 'pending'"),
                            sqlite_where=text("status = 'pending'")),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"), index=True)
    recipient: Mapped[str] = mapped_column(String(64))  # the LINE user (or group) id pushes go to
    channel: Mapped[str] = mapped_column(String(16), default="line")
    reply_token: Mapped[str | None] = mapped_column(String(255))
    retry_key: Mapped[str] = mapped_column(String(36), unique=True)
    payload: Mapped[list] = mapped_column(JSONType)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending | sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    last_error: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ScheduledJob(Base):
    """Work due at a time (reminders, follow-ups): claimed with a lease, done exactly once."""

    __tablename__ = "scheduled_jobs"
    __table_args__ = (Index("ix_jobs_due", "status", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    dedupe_key: Mapped[str] = mapped_column(String(128), unique=True)  # one job per purpose
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"), index=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    payload: Mapped[dict] = mapped_column(JSONType, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending | done | cancelled | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
