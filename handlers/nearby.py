"""Nearest places: an indexed bounding-box prefilter, exact haversine distances, opening state at a time."""
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from handlers import hours
from handlers.directory import bounding_box, haversine_m
from storage import repo_places
from storage.models import Place

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


def _within(session: Session, lat: float, lon: float, radius_m: float) -> list[tuple[float, object]]:
    """(distance, light row) of places within the radius, nearest first; rows carry id, lat, lon, audience, hours."""
    box = bounding_box(lat, lon, radius_m)
    out = []
    for place in repo_places.place_points_in_box(session, *box):
        distance = haversine_m(lat, lon, place.lat, place.lon)
        if distance <= radius_m:
            out.append((distance, place))
    out.sort(key=lambda pair: (pair[0], pair[1].id))
    return out


def _with_places(session: Session, found: list[Found]) -> list[Found]:
    """Swap the light rows for full Place objects (one query for the few places shown)."""
    places = repo_places.places_by_ids(session, [f.place.id for f in found])
    for f in found:
        f.place = places[f.place.id]
    return found


def _found(distance: float, place, at: datetime, tz: str, horizon_days: int = 14) -> Found:
    try:
        is_open, closes, upcoming = hours.parse(place.hours).state(at, tz, horizon_days)
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
            return _with_places(session, [_found(d, p, at, tz) for d, p in pairs[:limit]])
        radius *= 4


def nearest_open(session: Session, lat: float, lon: float, at: datetime, tz: str, radius_m: float, want: int,
                 soon_hours: float, fits=lambda place: True) -> tuple[list[Found], int, int]:
    """Up to *want* places within *radius_m* that *fits* accepts and that are open or open soon, nearest first.

    Also returns how many places are within the radius and how many of them fit (to say why none was found).
    Opening states are worked out only until enough places are found.
    """
    horizon = int(soon_hours // 24) + 2
    radii = sorted({min(r, radius_m) for r in (radius_m / 4, radius_m / 2, radius_m)})
    for radius in radii:  # a small circle first: in town it usually holds enough, and is cheap to read
        pairs = _within(session, lat, lon, radius)
        fitting = [(d, p) for d, p in pairs if fits(p)]
        shown = []
        for distance, place in fitting:
            found = _found(distance, place, at, tz, horizon)
            if open_or_soon(found, at, soon_hours):
                shown.append(found)
                if len(shown) >= want:
                    break
        if len(shown) >= want:
            break
    return _with_places(session, shown), len(pairs), len(fitting)


def open_or_soon(found: Found, at: datetime, soon_hours: float) -> bool:
    """True when the place is open at *at* or opens within *soon_hours*."""
    if found.open_now:
        return True
    return found.next_open is not None and found.next_open - at <= timedelta(hours=soon_hours)
