"""Models for residents' languages: the rich menu deployed for each language."""
from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from storage.clock import now
from storage.models.base import Base
from storage.types import UTCDateTime


class RichMenu(Base):
    """The LINE rich menu currently deployed for one language (replaced by each `richmenu deploy`)."""

    __tablename__ = "rich_menus"

    lang: Mapped[str] = mapped_column(String(16), primary_key=True)
    menu_id: Mapped[str] = mapped_column(String(64))
    image_sha256: Mapped[str] = mapped_column(String(64))
    font_note: Mapped[str | None] = mapped_column(String(200))  # e.g. "no Myanmar font: English labels"
    deployed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
