"""Queries about languages: which rich menu each language has."""
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Resident, RichMenu


def rich_menus(session: Session) -> dict[str, str]:
    """Every deployed rich menu id by language."""
    return {row.lang: row.menu_id for row in session.scalars(select(RichMenu))}


def save_rich_menu(session: Session, lang: str, menu_id: str, image_sha256: str, font_note: str | None,
                   now: datetime) -> str | None:
    """Record the menu now deployed for *lang*; return the id it replaces (to delete), if any."""
    row = session.get(RichMenu, lang)
    if row is None:
        session.add(RichMenu(lang=lang, menu_id=menu_id, image_sha256=image_sha256, font_note=font_note,
                             deployed_at=now))
        return None
    old = row.menu_id
    row.menu_id, row.image_sha256, row.font_note, row.deployed_at = menu_id, image_sha256, font_note, now
    return old if old != menu_id else None


def line_residents_by_language(session: Session) -> dict[str, list[str]]:
    """LINE user ids of residents who follow us, grouped by their language (unknown counts as ja)."""
    grouped: dict[str, list[str]] = {}
    rows = session.execute(select(Resident.external_id, Resident.lang)
                           .where(Resident.channel == "line", Resident.following.is_(True)))
    for external_id, lang in rows:
        grouped.setdefault(lang or "ja", []).append(external_id)
    return grouped
