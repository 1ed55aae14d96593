"""Bearer-token authentication for /api/v1 (tokens from `madoguchi staff token NAME`), JSON errors."""
import functools
import logging

from flask import abort, g, jsonify, request
from sqlalchemy.exc import InterfaceError, OperationalError
from werkzeug.exceptions import HTTPException

from bot.app.current import current_runtime
from bot.staff import accounts as staff_accounts

log = logging.getLogger(__name__)


def error(status: int, message: str, **extra):
    """A JSON error response {"error": message}."""
    return jsonify(error=message, **extra), status


def token_required(*roles):
    """API views for a valid bearer token whose staff member has one of *roles*."""
    def decorator(view):
        @functools.wraps(view)
        def wrapped(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            scheme, _, token = header.partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                return error(401, "send 'Authorization: Bearer <token>' (madoguchi staff token NAME)")
            who = staff_accounts.by_token(current_runtime().db, token.strip())
            if who is None:
                return error(401, "the token is unknown or revoked")
            if roles and who.role not in roles:
                return error(403, f"the {who.role} role may not use this endpoint")
            g.staff = who
            return view(*args, **kwargs)
        wrapped.roles = roles  # read by the tests that check every endpoint is guarded
        return wrapped
    return decorator


def json_errors(bp) -> None:
    """Make every HTTP error raised inside *bp* a JSON {"error": …}."""
    @bp.errorhandler(HTTPException)
    def _http_error(exc):
        return error(exc.code or 500, exc.description or exc.name)

    @bp.errorhandler(OperationalError)
    @bp.errorhandler(InterfaceError)
    def _database_down(_exc):
        log.error("database unavailable during an API call")
        response, status = error(503, "the database is unavailable; try again in a moment")
        response.headers["Retry-After"] = "5"
        return response, status


def optional_object() -> dict:
    """The request's JSON object, {} when there is no JSON body; any other JSON (a list, a number…) is a 400."""
    data = request.get_json(silent=True)
    if data is None:
        return {}
    if not isinstance(data, dict):
        abort(400, description="send a JSON object (Content-Type: application/json)")
    return data
