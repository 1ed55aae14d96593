"""Repository functions for the directory, referrals and unmet needs (the only SQL about them)."""
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from storage.models_places import Place, Referral, Resource, UnmetNeed


# --- places ------------------------------------------------------------------------------------
def places_in_box(session: Session, min_lat: float, max_lat: float, min_lon: float, max_lon: float) -> list[Place]:
    """Active places inside a latitude/longitude box (uses the (lat, lon) index)."""
    stmt = select(Place).where(Place.active.is_(True), Place.lat.between(min_lat, max_lat),
                               Place.lon.between(min_lon, max_lon))
    return list(session.scalars(stmt))


def place_points_in_box(session: Session, min_lat: float, max_lat: float, min_lon: float, max_lon: float) -> list:
    """(id, lat, lon, audience, hours) of active places inside a box: the light first pass of a search."""
    stmt = select(Place.id, Place.lat, Place.lon, Place.audience, Place.hours).where(
        Place.active.is_(True), Place.lat.between(min_lat, max_lat), Place.lon.between(min_lon, max_lon))
    return list(session.execute(stmt))


def places_by_ids(session: Session, ids: list[int]) -> dict[int, Place]:
    """Places by id."""
    if not ids:
        return {}
    return {p.id: p for p in session.scalars(select(Place).where(Place.id.in_(ids)))}


def count_places(session: Session) -> int:
    """How many active places there are."""
    return session.scalar(select(func.count(Place.id)).where(Place.active.is_(True))) or 0


def all_places(session: Session, include_inactive: bool = False) -> list[Place]:
    """Every place, by key (for export)."""
    stmt = select(Place).order_by(Place.key)
    if not include_inactive:
        stmt = stmt.where(Place.active.is_(True))
    return list(session.scalars(stmt))


def all_resources(session: Session, include_inactive: bool = False) -> list[Resource]:
    """Every resource, in the order staff listed them (for export and matching)."""
    stmt = select(Resource).order_by(Resource.position, Resource.id)
    if not include_inactive:
        stmt = stmt.where(Resource.active.is_(True))
    return list(session.scalars(stmt))


def upsert_by_key(session: Session, model, rows: list[dict], now: datetime, replace: bool = False) -> dict:
    """Insert or update rows by their 'key'; with *replace*, rows not given become inactive. Counts changes."""
    existing = {row.key: row for row in session.scalars(select(model))}
    counts = {"added": 0, "updated": 0, "unchanged": 0, "deactivated": 0}
    for values in rows:
        row = existing.get(values["key"])
        if row is None:
            session.add(model(**values, active=True, updated_at=now))
            counts["added"] += 1
            continue
        if row.active and all(getattr(row, name) == value for name, value in values.items()):
            counts["unchanged"] += 1
            continue
        for name, value in values.items():
            setattr(row, name, value)
        row.active, row.updated_at = True, now
        counts["updated"] += 1
    if replace:
        given = {values["key"] for values in rows}
        stale = [key for key, row in existing.items() if key not in given and row.active]
        if stale:
            session.execute(update(model).where(model.key.in_(stale)).values(active=False, updated_at=now))
        counts["deactivated"] = len(stale)
    session.flush()
    return counts


# --- resources and referrals ---------------------------------------------------------------------
def resource(session: Session, resource_id: int) -> Resource | None:
    """One resource by id."""
    return session.get(Resource, resource_id)


def add_referral(session: Session, **values) -> Referral:
    """Record a referral."""
    row = Referral(**values)
    session.add(row)
    session.flush()
    return row


def referral(session: Session, referral_id: int) -> Referral | None:
    """One referral by id."""
    return session.get(Referral, referral_id)


def referrals_of(session: Session, resident_id: int) -> list[Referral]:
    """A resident's referrals, oldest first."""
    return list(session.scalars(select(Referral).where(Referral.resident_id == resident_id).order_by(Referral.id)))


# --- unmet needs ---------------------------------------------------------------------------------
def add_unmet_need(session: Session, **values) -> UnmetNeed:
    """Record something a resident needed that the directory could not offer."""
    row = UnmetNeed(**values)
    session.add(row)
    return row


def unmet_needs(session: Session, since: datetime | None = None) -> list[UnmetNeed]:
    """Unmet needs, newest first (for the centre's reports)."""
    stmt = select(UnmetNeed).order_by(UnmetNeed.id.desc())
    if since is not None:
        stmt = stmt.where(UnmetNeed.created_at >= since)
    return list(session.scalars(stmt))
