"""Repository functions for the directory, referrals and unmet needs (the only SQL about them)."""
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from storage.models import Place, Referral, Resource, UnmetNeed

# --- places ------------------------------------------------------------------------------------


def place_points_in_box(session: Session, min_lat: float, max_lat: float, min_lon: float, max_lon: float) -> list:
    """(id, lat, lon, audience, hours, kind) of active places inside a box: the light first pass of a search."""
    stmt = select(Place.id, Place.lat, Place.lon, Place.audience, Place.hours, Place.kind).where(
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


def find_entries(session: Session, model, words: str = "", kind: str = "", status: str = "all") -> list:
    """Places or resources for the /admin list: *words* in name/key/address, a kind (places) or topic
    (resources), and status all | active | inactive; in the order staff know them."""
    stmt = select(model)
    if status in ("active", "inactive"):
        stmt = stmt.where(model.active.is_(status == "active"))
    label = model.name if model is Place else model.agency
    for word in words.split():
        pattern = f"%{word}%"
        stmt = stmt.where(label.ilike(pattern) | model.key.ilike(pattern) | model.address.ilike(pattern))
    if kind and model is Place:
        stmt = stmt.where(model.kind == kind)
    order = (Place.key,) if model is Place else (Resource.position, Resource.id)
    rows = list(session.scalars(stmt.order_by(*order)))
    if kind and model is Resource:  # topics is a JSON list: filtered here, the table is small
        rows = [r for r in rows if kind in (r.topics or [])]
    return rows


def entry_by_key(session: Session, model, key: str):
    """A place or resource by its key, active or not."""
    return session.scalars(select(model).where(model.key == key)).first()


def add_entry(session: Session, model, values: dict, now: datetime):
    """Store a new place or resource (active); resources go to the end of the proposal order."""
    values = dict(values)
    if model is Resource:
        values["position"] = (session.scalar(select(func.max(Resource.position))) or 0) + 1
    row = model(**values, active=True, updated_at=now)
    session.add(row)
    session.flush()
    return row


def update_entry(row, values: dict, now: datetime) -> list[str]:
    """Change a place or resource in place (its key, order and active state stay); return what changed."""
    changed = []
    for name, value in values.items():
        if name in ("key", "position") or getattr(row, name) == value:
            continue
        setattr(row, name, value)
        changed.append(name)
    if changed:
        row.updated_at = now
    return changed


def set_active(row, active: bool, now: datetime) -> bool:
    """Deactivate or reactivate (never delete: referrals point at them); True when it changed."""
    if row.active == active:
        return False
    row.active, row.updated_at = active, now
    return True


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


def entry_by_id(session: Session, model, entry_id: int):
    """One place or resource (*model*) by id."""
    return session.get(model, entry_id)
