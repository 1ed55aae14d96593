"""App-wide answers to hostile requests: ids out of any column's range are 404, text no database can store is
a 400, and errors on the JSON APIs (/api/, the kiosk's /kiosk/api/) are JSON."""
from flask import abort, jsonify, request
from flask.json.provider import DefaultJSONProvider
from werkzeug.exceptions import HTTPException
from werkzeug.routing import IntegerConverter

MAX_ID = 2**31 - 1  # ids are INTEGER columns (32-bit on PostgreSQL; larger ones overflow SQLite's driver too)
JSON_PREFIXES = ("/api/", "/kiosk/api/", "/simulator/api/")  # callers of these read JSON, errors included
UNSTORABLE_API = "the request contains a NUL character or invalid Unicode"
UNSTORABLE_PAGE = "送られた内容に、保存できない文字（NUL 文字など）が含まれています。入力を見直してください。"


class DatabaseId(IntegerConverter):
    """<int:…> in every route: a whole number a database id can be, so /slots/99999999999999999999 is a 404
    and never reaches the database (which would fail on it)."""

    def __init__(self, map, *args, **kwargs):  # noqa: A002 - werkzeug's name
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


class DepthSafeJSON(DefaultJSONProvider):
    """Flask's JSON, where a body nested too deeply for the parser ([[[[…) is malformed JSON like any other
    (Python raises RecursionError, which request.get_json(silent=True) would not catch: a 500)."""

    def loads(self, s, **kwargs):
        """Parse JSON; too deep is a ValueError."""
        try:
            return super().loads(s, **kwargs)
        except RecursionError:
            raise ValueError("JSON nested too deeply") from None


def install_json(app) -> None:
    """Use DepthSafeJSON for request bodies and responses."""
    app.json = DepthSafeJSON(app)


def install_converters(app) -> None:
    """Bound <int:…> route parts; call before any blueprint is registered (rules bind their converters then)."""
    app.url_map.converters["int"] = DatabaseId


STAFF_PREFIXES = ("/console", "/admin")
STAFF_ERROR_CODES = (400, 403, 404, 405)


def install_api_errors(app) -> None:
    """Errors no view answered itself (no route matched, method not allowed, body too large, unstorable text)
    on a JSON API path answer JSON {"error": …} like the API's own errors; elsewhere Flask's pages stay."""
    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        if request.path.startswith(JSON_PREFIXES):
            response = jsonify(error=exc.description or exc.name)
            response.status_code = exc.code or 500
            allowed = getattr(exc, "valid_methods", None)  # MethodNotAllowed carries the methods
            if exc.code == 405 and allowed:
                response.headers["Allow"] = ", ".join(allowed)
            return response
        if request.path.startswith(STAFF_PREFIXES) and exc.code in STAFF_ERROR_CODES:
            from bot.console.views import error_page  # staff pages answer in Japanese, under their own header
            return error_page(exc)
        return exc


def unstorable(value) -> bool:
    """True when *value* (JSON, nested) holds text no database column can keep: a NUL character (PostgreSQL
    refuses it in text and JSON) or a lone surrogate (not encodable as UTF-8)."""
    if isinstance(value, str):
        if "\x00" in value:
            return True
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(unstorable(k) or unstorable(v) for k, v in value.items())
    if isinstance(value, list):
        return any(unstorable(v) for v in value)
    return False


def _unstorable_request() -> bool:
    if any(unstorable(v) for v in (request.view_args or {}).values()):  # /admin/staff/%00/…: a name in the path
        return True
    if any(unstorable(k) or unstorable(v) for k, v in request.args.items(multi=True)):
        return True
    if request.method in ("GET", "HEAD"):
        return False  # a body sent with a GET is never read
    if request.mimetype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        # a multipart field whose name werkzeug cannot read (name="\\") arrives with the name None
        return any(k is None or unstorable(k) or unstorable(v) for k, v in request.form.items(multi=True)) \
            or any(unstorable(f.filename or "") for f in request.files.values())
    if request.is_json:
        return unstorable(request.get_json(silent=True))
    return False


def install_text_check(app, skip_endpoints: tuple[str, ...] = ("webhook.callback", "simulator.send", "static")) -> None:
    """Refuse (400) a request whose path, query, form or JSON carries unstorable text, before any view uses it.
    The webhook is skipped: it keeps LINE's events as sent and cleans them itself (bot/line/events.py); so is the
    simulator's send, which is the resident's phone and passes on what was typed, as LINE does."""
    @app.before_request
    def _refuse_unstorable_text():
        if request.endpoint is None or request.endpoint in skip_endpoints:
            return None  # nothing matched (a 404/405 follows), or a view that cleans its own input
        if _unstorable_request():
            abort(400, description=UNSTORABLE_API if request.path.startswith(JSON_PREFIXES) else UNSTORABLE_PAGE)
        return None
