"""Staff-page security: CSRF tokens, security headers, session cookies that are Secure behind HTTPS, roles."""
import functools
import hmac
import logging
import secrets
import time

from flask import Response, abort, current_app, g, redirect, request, session, url_for
from flask.sessions import SecureCookieSessionInterface
from werkzeug.middleware.proxy_fix import ProxyFix

from bot.app.current import current_runtime
from bot.staff import accounts as staff_accounts
from bot.staff.labels import role_name

log = logging.getLogger(__name__)
STAFF_PREFIXES = ("/console", "/admin")
NO_SECRET_KEY = ("SECRET_KEY が設定されていないため、職員用のページは使えません。環境変数 SECRET_KEY に長いランダムな値"
                 "（例: python -c 'import secrets; print(secrets.token_hex(32))'）を設定して、再起動してください。")
WEBHOOK_PATH = "/callback"
CSRF_FIELD = "csrf_token"
IDLE_TIMEOUT_S = 30 * 60  # a session nobody has used for this long ends (the queue's polling is not use)
SESSION_LIFETIME_S = 12 * 3600  # and every session ends this long after sign-in, whatever happens
CSRF_HEADER = "X-CSRF-Token"
HEADERS = {
    # No inline scripts or styles anywhere on staff pages: every script and stylesheet is a file under /static.
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; "
                                "object-src 'none'"),
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


class StaffSessionInterface(SecureCookieSessionInterface):
    """Signed cookie sessions whose Secure flag follows the request: set whenever it came over HTTPS."""

    def open_session(self, app, request):
        """No session for LINE's webhook, which never carries one: reading the cookie machinery for each
        event cost more than the rest of the request's bookkeeping. Every other request as usual."""
        if request.path == WEBHOOK_PATH:
            return self.make_null_session(app)
        return super().open_session(app, request)

    def get_cookie_secure(self, app) -> bool:
        """Secure when configured, or when this request arrived over HTTPS (X-Forwarded-Proto via ProxyFix)."""
        return bool(app.config.get("SESSION_COOKIE_SECURE")) or request.is_secure


def install(app, settings) -> None:
    """Configure cookies, trusted proxies and the session interface on *app*."""
    app.config.update(SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax",
                      SESSION_COOKIE_NAME="madoguchi_staff", PERMANENT_SESSION_LIFETIME=SESSION_LIFETIME_S,
                      SESSION_REFRESH_EACH_REQUEST=False)
    app.session_interface = StaffSessionInterface()
    app.after_request(_headers_under_staff_paths)
    if needs_secret_key(settings):
        log.warning("SECRET_KEY is not set: /console and /admin answer 503 until it is")
        app.before_request(_refuse_staff_pages)
    if settings.proxy_fix:
        n = settings.proxy_fix
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n, x_port=n, x_prefix=n)


def needs_secret_key(settings) -> bool:
    """True in production without SECRET_KEY: a key made up per process would sign staff sessions that no
    other worker accepts and that a restart ends, so staff pages refuse to work instead (the demo and tests
    may use one made up at start)."""
    return settings.secret_key_generated and not (settings.demo or settings.testing)


def _headers_under_staff_paths(response):
    # Also on what no staff blueprint answers: an unknown page or a wrong method under /console or /admin.
    return add_headers(response) if request.path.startswith(STAFF_PREFIXES) else response


def _refuse_staff_pages():
    if request.path.startswith(STAFF_PREFIXES):
        return add_headers(Response(NO_SECRET_KEY, 503, mimetype="text/plain"))
    return None


def local_path(target: str | None, prefixes: tuple[str, ...]) -> str | None:
    """*target* when it is a path on this site under one of *prefixes* (where to go back to after a form),
    else None: no other host, no scheme-relative '//', no backslash, no control characters (CR/LF would
    split the Location header)."""
    if not target or not target.startswith(prefixes) or target.startswith("//") or "\\" in target:
        return None
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in target) or len(target) > 2000:
        return None
    return target


def csrf_token() -> str:
    """The session's CSRF token (created on first use); templates put it in every form."""
    if CSRF_FIELD not in session:
        session[CSRF_FIELD] = secrets.token_urlsafe(32)
    return session[CSRF_FIELD]


def check_csrf() -> None:
    """Refuse a state-changing request whose token does not match the session's (400)."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    expected = session.get(CSRF_FIELD)
    given = request.form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER) or ""
    if not expected or not hmac.compare_digest(str(expected), str(given)):
        abort(400, description="フォームの有効期限が切れました。ページを読み込み直してから、もう一度お試しください。")


def add_headers(response):
    """Security headers on every staff page."""
    for key, value in HEADERS.items():
        response.headers.setdefault(key, value)
    return response


def start_session(who) -> None:
    """A new staff session for *who* (after sign-in): bound to the account's session version."""
    session.clear()
    now = int(time.time())
    session.update(staff=who.name, sv=who.session_version, since=now, seen=now)
    session.permanent = True
    csrf_token()


def load_user() -> None:
    """Put the signed-in staff member (re-checked in the database) on g.staff. A session ends when it has
    been idle too long, is older than its lifetime, or its account's session version moved on (sign-out
    elsewhere, deactivation, a new password). Polling views do not count as use."""
    g.staff = None
    name = session.get("staff")
    if not name:
        return
    now = int(time.time())
    seen, since = _int(session.get("seen")), _int(session.get("since"))
    fresh = now - seen <= IDLE_TIMEOUT_S and now - since <= SESSION_LIFETIME_S
    g.staff = staff_accounts.current(current_runtime().db, name, _int(session.get("sv"), 1)) \
        if fresh else None
    if g.staff is None:
        session.clear()
        return
    view = current_app.view_functions.get(request.endpoint or "")
    if not getattr(view, "polling", False) and now - seen >= 30:  # write the cookie at most twice a minute
        session["seen"] = now


def polling(view):
    """Mark a view the pages call by themselves (live updates): calling it does not keep a session alive."""
    view.polling = True
    return view


def _int(value, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def login_required(*roles):
    """Views for signed-in staff with one of *roles* (any role when none given); others are refused."""
    def decorator(view):
        @functools.wraps(view)
        def wrapped(*args, **kwargs):
            if g.get("staff") is None:
                return redirect(url_for("console.login", next=request.full_path if request.method == "GET" else None))
            if roles and g.staff.role not in roles:
                abort(403, description=f"{role_name(g.staff.role)}の権限では、このページは使えません。")
            return view(*args, **kwargs)
        wrapped.roles = roles  # read by the tests that check every staff page is guarded
        return wrapped
    return decorator
