"""Counselor console tables: staff accounts, API tokens, notes, claims, the audit log, login throttling."""
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.clock import now
from storage.models.base import Base
from storage.types import JSONType, UTCDateTime


class Staff(Base):
    """A person who signs in to the console or /admin; the role decides what they may see."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str | None] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))  # counselor | editor | admin
    languages: Mapped[list] = mapped_column(JSONType, default=list)
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    # Raised by sign-out, a password change and deactivation: every session signed with an older one ends.
    session_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ApiToken(Base):
    """A bearer token for /api/v1; only its SHA-256 is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # None: tokens issued before expiry existed


class Note(Base):
    """A counselor's note on a conversation; never sent to the resident."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)


class Claim(Base):
    """A counselor took a conversation from the queue, and how long the resident had waited."""

    __tablename__ = "claims"
    __table_args__ = (Index("ix_claims_at", "claimed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    staff_name: Mapped[str] = mapped_column(String(64))
    waited_seconds: Mapped[int] = mapped_column(Integer)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)


class AuditEntry(Base):
    """Who read or did what with which conversation, and when (kept for accountability)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_conversation", "conversation_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_name: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))  # read | claim | reply | note | transfer | release | login …
    conversation_id: Mapped[int | None] = mapped_column(Integer)
    via: Mapped[str] = mapped_column(String(16), default="console")  # console | api | cli
    detail: Mapped[str | None] = mapped_column(String(200))
    ip: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)


class LoginThrottle(Base):
    """Failed sign-ins per account and address, shared by every worker through the database."""

    __tablename__ = "login_throttle"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(160), unique=True)  # "name|ip"
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    blocked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
