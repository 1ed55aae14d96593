"""GET /healthz — is this process able to serve (database reachable)?"""
from flask import Blueprint, jsonify

from bot.app.current import current_runtime

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    """200 when the database answers, 503 otherwise."""
    ok = current_runtime().db.ping()
    return jsonify(status="ok" if ok else "degraded", database="ok" if ok else "unreachable"), 200 if ok else 503


@bp.get("/")
def index():
    """A short hello for people and load balancers that probe the root."""
    return jsonify(service="madoguchi", webhook="/callback", health="/healthz")
