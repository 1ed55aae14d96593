"""Nearest places: an indexed bounding-box prefilter, exact haversine distances, opening state at a time."""
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from handlers import hours
from handlers.directory import bounding_box, haversine_m
from storage import repo_places
from storage.models_places import Place

FIRST_RADIUS_M = 1000.0
MAX_RADIUS_M = 200_000.0


@dataclass
class Found:
    """A place with its distance and whether it is open at the time asked about."""

    place: Place
    distance_m: float
    open_now: bool
    closes_at: datetime | None
    next_open: datetime | None


def _within(session: Session, lat: float, lon: float, radius_m: float) -> list[tuple[float, Place]]:
    box = bounding_box(lat, lon, radius_m)
    out = []
    for place in repo_places.places_in_box(session, *box):
        distance = haversine_m(lat, lon, place.lat, place.lon)
        if distance <= radius_m:
            out.append((distance, place))
    out.sort(key=lambda pair: (pair[0], pair[1].id))
    return out


def _found(distance: float, place: Place, at: datetime, tz: str) -> Found:
    try:
        is_open, closes, upcoming = hours.parse(place.hours).state(at, tz)
    except hours.HoursError:  # imported data is validated; a hand-edited row must not break the answer
        is_open, closes, upcoming = False, None, None
    return Found(place, distance, is_open, closes, upcoming)


def nearest(session: Session, lat: float, lon: float, at: datetime, tz: str, limit: int = 10,
            radius_m: float | None = None, fits=lambda place: True) -> list[Found]:
    """The *limit* nearest places that *fits* accepts, nearest first.

    With *radius_m*, only places that close; without, the search widens (1 km, 4 km, 16 km…) until
    enough places are found, so the answer is exact without reading the whole table.
    """
    radius = radius_m if radius_m is not None else FIRST_RADIUS_M
    while True:
        pairs = [(d, p) for d, p in _within(session, lat, lon, radius) if fits(p)]
        if len(pairs) >= limit or radius_m is not None or radius >= MAX_RADIUS_M:
            return [_found(d, p, at, tz) for d, p in pairs[:limit]]
        radius *= 4


def open_or_soon(found: Found, at: datetime, soon_hours: float) -> bool:
    """True when the place is open at *at* or opens within *soon_hours*."""
    if found.open_now:
        return True
    return found.next_open is not None and found.next_open - at <= timedelta(hours=soon_hours)
