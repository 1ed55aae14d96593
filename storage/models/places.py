"""The local directory (places to be, helping agencies), referrals with consent, and needs we could not meet."""
from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.clock import now
from storage.models.base import Base
from storage.types import JSONType, UTCDateTime


class Place(Base):
    """A low-threshold place where a person can simply be (居場所): café, salon, 子ども食堂, food bank…"""

    __tablename__ = "places"
    __table_args__ = (Index("ix_places_lat_lon", "lat", "lon"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)  # the stable id staff use in the CSV
    name: Mapped[str] = mapped_column(String(200))  # Japanese name
    names: Mapped[dict] = mapped_column(JSONType, default=dict)  # other languages: {"en": "..."}
    kind: Mapped[str] = mapped_column(String(32))
    area: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str] = mapped_column(String(300), default="")
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    hours: Mapped[str] = mapped_column(Text, default="")  # handlers/hours.py format
    audience: Mapped[list] = mapped_column(JSONType, default=list)
    cost: Mapped[str] = mapped_column(String(32), default="free")  # free | donation | yen amount
    languages: Mapped[list] = mapped_column(JSONType, default=list)
    accessibility: Mapped[list] = mapped_column(JSONType, default=list)
    phone: Mapped[str] = mapped_column(String(32), default="")
    contact: Mapped[str] = mapped_column(String(200), default="")
    url: Mapped[str] = mapped_column(String(300), default="")
    descriptions: Mapped[dict] = mapped_column(JSONType, default=dict)  # {"ja": "...", "en": "..."}
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)


class Resource(Base):
    """An agency that helps with particular troubles (ハローワーク, 福祉事務所, 法テラス…)."""

    __tablename__ = "resources"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    agency: Mapped[str] = mapped_column(String(200))
    names: Mapped[dict] = mapped_column(JSONType, default=dict)  # the agency in other languages
    section: Mapped[str] = mapped_column(String(200), default="")
    sections: Mapped[dict] = mapped_column(JSONType, default=dict, server_default="{}")  # the section in other languages
    phone: Mapped[str] = mapped_column(String(32), default="")
    contact_person: Mapped[str] = mapped_column(String(100), default="")
    hours: Mapped[str] = mapped_column(Text, default="")  # when they can be reached
    topics: Mapped[list] = mapped_column(JSONType, default=list)
    address: Mapped[str] = mapped_column(String(300), default="")
    url: Mapped[str] = mapped_column(String(300), default="")
    descriptions: Mapped[dict] = mapped_column(JSONType, default=dict)
    position: Mapped[int] = mapped_column(Integer, default=0)  # row order in the CSV: earlier is proposed first
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)


class Referral(Base):
    """A resident pointed to a resource, with what they agreed to and how it went."""

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id", ondelete="SET NULL"))
    resource_id: Mapped[int] = mapped_column(ForeignKey("resources.id", ondelete="RESTRICT"), index=True)
    topics: Mapped[list] = mapped_column(JSONType, default=list)
    consent: Mapped[str] = mapped_column(String(16))  # share (centre passes it on) | self (resident calls)
    consent_version: Mapped[str] = mapped_column(String(32))
    consent_text: Mapped[str] = mapped_column(Text, default="")  # the wording exactly as the resident read it
    lang: Mapped[str] = mapped_column(String(16), default="ja")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    followup_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    followup_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str | None] = mapped_column(String(16))  # helped | not_helped | not_gone
    outcome_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class UnmetNeed(Base):
    """A resident looked for something and we had nothing fitting: counted for the centre's reports."""

    __tablename__ = "unmet_needs"
    __table_args__ = (Index("ix_unmet_needs_created", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id", ondelete="SET NULL"))
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id", ondelete="SET NULL"))
    need: Mapped[str] = mapped_column(String(32))  # place | resource
    reason: Mapped[str] = mapped_column(String(32))  # none_nearby | none_open | none_fitting | outside_area
    area: Mapped[str | None] = mapped_column(String(32))
    lat: Mapped[float | None] = mapped_column(Float)  # rounded to about 100 m
    lon: Mapped[float | None] = mapped_column(Float)
    audience: Mapped[list] = mapped_column(JSONType, default=list)
    topics: Mapped[list] = mapped_column(JSONType, default=list)
    lang: Mapped[str] = mapped_column(String(16), default="ja")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
