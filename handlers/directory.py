"""The directory's vocabulary (kinds, audiences, costs) and its settings (dialogs/data/places.yaml)."""
import math
from dataclasses import dataclass, field
from pathlib import Path

from handlers.datafile import BOOKKEEPING, DataError, key_line, line_of, load_file
from handlers.problems import Problem
from handlers.questions import TOPICS

KINDS = ("cafe", "salon", "free_space", "kodomo_shokudo", "food_bank", "library", "community_center",
         "study_support", "workshop")
AUDIENCES = ("anyone", "youth", "elderly", "women", "children", "foreign_residents", "disabled")
ACCESSIBILITY = ("wheelchair", "step_free", "accessible_toilet", "quiet_room", "braille", "sign_language")
# "lifeline": the electricity, gas and water companies — the number to call before (or after) a cut
RESOURCE_TOPICS = TOPICS + ("lifeline", "any")
CRISIS_SIGNS = ("suicide", "violence", "no_food", "no_shelter", "lifeline")
EARTH_RADIUS_M = 6_371_000.0


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def bounding_box(lat: float, lon: float, radius_m: float) -> tuple[float, float, float, float]:
    """(min lat, max lat, min lon, max lon) of a box holding every point within *radius_m*."""
    dlat = math.degrees(radius_m / EARTH_RADIUS_M)
    dlon = math.degrees(radius_m / (EARTH_RADIUS_M * max(math.cos(math.radians(lat)), 0.01)))
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


def cost_valid(cost: str) -> bool:
    """True for 'free', 'donation' or a whole number of yen."""
    return cost in ("free", "donation") or (cost.isascii() and cost.isdigit() and len(cost) <= 6)


@dataclass
class PlacesConfig:
    """How places and referrals behave: radius, 'soon', cards, follow-up delay, area centre points."""

    followup_days: float = 7
    soon_hours: float = 24
    max_distance_m: float = 3000
    max_cards: int = 5
    max_resources: int = 3
    consent_version: str = "1"
    areas: dict[str, tuple[float, float] | None] = field(default_factory=dict)
    # per crisis sign, what 「今夜のこと」 offers: (agencies first, by key; then agencies with these topics)
    tonight: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data: dict, name: str, area_values: tuple[str, ...] = ()) -> "PlacesConfig":
        """Build from parsed YAML, listing every problem with its line."""
        problems = []
        numbers = {}
        for key, low, high in (("followup_days", 0.001, 90), ("soon_hours", 0, 168), ("max_distance_m", 100, 50000),
                               ("max_cards", 1, 10), ("max_resources", 1, 3)):
            value = data.get(key, getattr(cls, key))
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not low <= value <= high:
                problems.append(Problem("nearby.number", where=name, line=line_of(data), key=key, low=low, high=high, value=repr(value)))
            else:
                numbers[key] = value
        areas = {}
        raw = data.get("areas") or {}
        for area, point in raw.items():
            if area in BOOKKEEPING:
                continue
            if point is None:
                areas[area] = None
                continue
            try:
                lat, lon = float(point["lat"]), float(point["lon"])
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    raise ValueError
                areas[area] = (lat, lon)
            except (KeyError, TypeError, ValueError):
                problems.append(Problem("nearby.area_centre", where=name, line=key_line(raw, area, line_of(raw)), area=area))
        for area in area_values:
            if area not in areas:
                problems.append(Problem("nearby.area_missing", where=name, line=line_of(raw, line_of(data)), area=area))
        tonight = _tonight(data.get("tonight") or {}, name, problems)
        if problems:
            raise DataError(problems)
        return cls(consent_version=str(data.get("consent_version", "1")), areas=areas, tonight=tonight,
                   **{k: (int(v) if k in ("max_cards", "max_resources") else float(v)) for k, v in numbers.items()})

    @classmethod
    def load(cls, path: Path, area_values: tuple[str, ...] = ()) -> "PlacesConfig":
        """Read and validate places.yaml."""
        return cls.from_data(load_file(path), path.name, area_values)


def _tonight(raw, name: str, problems: list) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """The `tonight:` section: sign → {first: [resource keys], topics: [resource topics]}, validated."""
    out = {}
    for sign, spec in (raw.items() if isinstance(raw, dict) else ()):
        if sign in BOOKKEEPING:
            continue
        where = key_line(raw, sign, line_of(raw))
        first, topics = (spec.get("first") or [], spec.get("topics") or []) if isinstance(spec, dict) else (None, None)
        if sign not in CRISIS_SIGNS or not isinstance(first, list) or not isinstance(topics, list):
            problems.append(Problem("nearby.tonight", where=name, line=where, sign=sign, choices=", ".join(CRISIS_SIGNS)))
            continue
        unknown = sorted(set(map(str, topics)) - set(RESOURCE_TOPICS))
        if unknown:
            problems.append(Problem("nearby.tonight_topics", where=name, line=where, sign=sign, unknown=unknown))
        out[sign] = (tuple(map(str, first)), tuple(map(str, topics)))
    if raw and not isinstance(raw, dict):
        problems.append(Problem("nearby.tonight", where=name, line=line_of(raw), sign="tonight", choices=", ".join(CRISIS_SIGNS)))
    return out
