"""GET /api/v1/places — the nearest places to a point, with whether they are open at a time.

Any staff member's bearer token may read it (the directory is public information); the query itself
lives in handlers.nearby so the chat, the API and a future /admin page share it.
"""
from datetime import datetime
from zoneinfo import ZoneInfo

from flask import Blueprint, jsonify, request

from bot.api.auth import json_errors, token_required
from bot.app.current import current_runtime
from handlers import nearby
from storage import clock

bp = Blueprint("api_places", __name__, url_prefix="/api/v1")
json_errors(bp)
MAX_LIMIT = 100


class BadRequest(ValueError):
    """A query parameter is wrong; the message says which and why."""


def _number(name: str, low: float, high: float) -> float:
    raw = request.args.get(name)
    if raw is None or raw.strip() == "":
        raise BadRequest(f"{name} is required (a number from {low:g} to {high:g})")
    try:
        value = float(raw)
    except ValueError:
        raise BadRequest(f"{name} must be a number from {low:g} to {high:g}, not {raw[:40]!r}") from None
    if not low <= value <= high:  # also rejects nan
        raise BadRequest(f"{name} must be a number from {low:g} to {high:g}")
    return value


def _limit() -> int:
    raw = request.args.get("limit", "10")
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 6) or not 1 <= int(raw) <= MAX_LIMIT:
        raise BadRequest(f"limit must be a whole number from 1 to {MAX_LIMIT}")
    return int(raw)


def _at(tz: str) -> datetime:
    raw = request.args.get("at")
    if not raw:
        return clock.now()
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise BadRequest("at must be an ISO 8601 date and time, e.g. 2026-11-24T14:00:00+09:00") from None
    if not 2000 <= value.year <= 2100:
        raise BadRequest("at must be a date and time between the years 2000 and 2100")
    return value if value.tzinfo else value.replace(tzinfo=ZoneInfo(tz))


def place_json(found: nearby.Found, tz: str) -> dict:
    """One place as the API shows it."""
    p = found.place
    iso = lambda dt: dt.astimezone(ZoneInfo(tz)).isoformat() if dt else None  # noqa: E731
    return {"id": p.id, "key": p.key, "name": p.name, "kind": p.kind, "distance_m": round(found.distance_m),
            "open_now": found.open_now, "closes_at": iso(found.closes_at), "next_open": iso(found.next_open),
            "address": p.address, "lat": p.lat, "lon": p.lon, "languages": list(p.languages),
            "audience": list(p.audience), "cost": p.cost, "phone": p.phone, "hours": p.hours}


@bp.get("/places")
@token_required()
def list_places():
    """Nearest first: ?lat=&lon= (required), &limit= (1–100, default 10), &at= (ISO time, default now)."""
    runtime = current_runtime()
    tz = runtime.settings.tz
    try:
        lat, lon = _number("lat", -90, 90), _number("lon", -180, 180)
        limit, at = _limit(), _at(tz)
    except BadRequest as exc:
        return jsonify(error=str(exc)), 400
    with runtime.db.session() as session:
        found = nearby.nearest(session, lat, lon, at, tz, limit=limit)
        body = [place_json(f, tz) for f in found]
    return jsonify(body)
