"""Dialog editor tables: published versions of the dialog data and each editor's working draft."""
from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.clock import now
from storage.models.base import Base
from storage.types import JSONType, UTCDateTime


class DialogVersion(Base):
    """One published set of dialog data: every file and message that differs from the shipped files.

    The newest row is what residents are served; the shipped files are version 0 (no row)."""

    __tablename__ = "dialog_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    author: Mapped[str] = mapped_column(String(64))
    comment: Mapped[str] = mapped_column(String(500), default="")
    files: Mapped[dict] = mapped_column(JSONType, default=dict)  # "data/office.yaml" -> full text
    messages: Mapped[dict] = mapped_column(JSONType, default=dict)  # lang -> {msgid: text}
    tests: Mapped[str] = mapped_column(Text, default="")  # staff-written transcript tests (YAML)
    restored_from: Mapped[int | None] = mapped_column(Integer)  # the version this one brought back
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)


class DialogDraft(Base):
    """One editor's unpublished changes, on top of the version they started from."""

    __tablename__ = "dialog_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_name: Mapped[str] = mapped_column(String(64), unique=True)
    base_version: Mapped[int] = mapped_column(Integer, default=0)
    files: Mapped[dict] = mapped_column(JSONType, default=dict)
    messages: Mapped[dict] = mapped_column(JSONType, default=dict)
    tests: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
