"""Bearer-token authentication for /api/v1 (tokens from `madoguchi staff token NAME`), JSON errors."""
import functools

from flask import current_app, g, jsonify, request
from werkzeug.exceptions import HTTPException

from bot import staff as staff_accounts


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
            who = staff_accounts.by_token(current_app.extensions["madoguchi"].db, token.strip())
            if who is None:
                return error(401, "the token is unknown or revoked")
            if roles and who.role not in roles:
                return error(403, f"the {who.role} role may not use this endpoint")
            g.staff = who
            return view(*args, **kwargs)
        return wrapped
    return decorator


def json_errors(bp) -> None:
    """Make every HTTP error raised inside *bp* a JSON {"error": …}."""
    @bp.errorhandler(HTTPException)
    def _http_error(exc):
        return error(exc.code or 500, exc.description or exc.name)
