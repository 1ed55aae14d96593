"""/kiosk — the reception tablet: enrollment with a one-time code, then visits in the visitor's language.

A browser holding the kiosk device cookie reaches nothing but /kiosk: every other page answers 403.
"""
import io
from pathlib import Path
from urllib.parse import urlparse

from flask import (
    Blueprint,
    Response,
    g,
    jsonify,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)

from bot.app.current import current_runtime
from bot.kiosk import devices as kiosk_devices
from bot.kiosk.channel import Kiosk, VisitGone
from handlers import languages

bp = Blueprint("kiosk", __name__, url_prefix="/kiosk", static_url_path="/static",
               static_folder=str(Path(__file__).resolve().parents[1] / "static" / "kiosk"))
COOKIE = "madoguchi_kiosk"
COOKIE_MAX_AGE = 2 * 365 * 24 * 3600
VISIT_HEADER = "X-Kiosk-Visit"
KIOSK_HEADER = "X-Kiosk"  # a custom header: a cross-site page cannot send it without a CORS preflight we never allow
UI_IDS = ("kiosk.title", "kiosk.choose_language", "kiosk.write", "kiosk.write_hint",
          "kiosk.send", "kiosk.finish", "kiosk.number_title", "kiosk.number_next", "kiosk.crisis_next",
          "kiosk.summary_title", "kiosk.no_topics", "kiosk.qr_caption", "kiosk.still_there", "kiosk.still_here",
          "kiosk.done", "kiosk.error", "kiosk.privacy")
HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                                "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"),
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",  # no-referrer would make the browser send "Origin: null" on our own forms
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}



def _kiosk() -> Kiosk:
    return Kiosk(current_runtime())


@bp.before_app_request
def _confine():
    """A kiosk device reaches only its own pages: the console, admin, API and simulator refuse it."""
    if COOKIE in request.cookies and not (request.path == "/kiosk" or request.path.startswith("/kiosk/")):
        return _headers(make_response(render_template("kiosk/refused.html"), 403))
    return None


@bp.before_request
def _device():
    g.kiosk_device = kiosk_devices.by_token(current_runtime().db, request.cookies.get(COOKIE))
    if request.method == "POST" and not _same_origin():
        return jsonify(error="cross-site request refused"), 403
    return None


def _same_origin() -> bool:
    origin = request.headers.get("Origin")
    if not origin:
        return True
    return urlparse(origin).netloc == request.host


@bp.after_request
def _after(response):
    return _headers(response)


def _headers(response):
    for key, value in HEADERS.items():
        response.headers[key] = value
    return response


# --- pages -----------------------------------------------------------------------------------
@bp.get("")
def page():
    """The kiosk: the language choice first; or the enrollment form on a tablet that is not enrolled yet."""
    if g.kiosk_device is None:
        return render_template("kiosk/enroll.html")
    catalog = current_runtime().catalog
    langs = [(lang.code, lang.native, _html_lang(lang.code)) for lang in languages.languages()]
    texts = {code: {i: catalog.text(code, i) for i in UI_IDS} for code in languages.codes()}
    s = current_runtime().settings
    return render_template("kiosk/page.html", languages=langs, texts=texts, device=g.kiosk_device,
                           idle=s.kiosk_idle_seconds, warning=s.kiosk_warning_seconds)


def _html_lang(code: str) -> str:
    return "ja" if code == "ja-easy" else code


@bp.post("/enroll")
def enroll():
    """The tablet enters the one-time code from the console once; it then carries the device cookie."""
    token, wait = kiosk_devices.enroll(current_runtime().db, request.form.get("code", ""), request.remote_addr or "")
    if token is None:
        return render_template("kiosk/enroll.html", error=True, wait=wait), 429 if wait else 400
    response = redirect(url_for("kiosk.page"))
    response.set_cookie(COOKIE, token, max_age=COOKIE_MAX_AGE, httponly=True, samesite="Strict",
                        secure=request.is_secure, path="/")
    return response


@bp.get("/qr.svg")
def qr():
    """A QR code of the LINE add-friend URL, drawn on the server (no third-party service sees the visitor)."""
    import segno

    buf = io.BytesIO()
    segno.make(current_runtime().settings.add_friend_url, error="m").save(buf, kind="svg", scale=8, border=2, dark="#000",
                                                              light="#fff", xmldecl=False, title="LINE")
    return Response(buf.getvalue(), mimetype="image/svg+xml")


# --- the visit API (JSON) ----------------------------------------------------------------------
def _guard():
    if g.kiosk_device is None:
        return jsonify(error="this browser is not an enrolled kiosk"), 401
    if request.headers.get(KIOSK_HEADER) != "1":
        return jsonify(error=f"the {KIOSK_HEADER} header is missing"), 400
    return None


def _visit_call(fn):
    refused = _guard()
    if refused:
        return refused
    token = request.headers.get(VISIT_HEADER, "")
    try:
        return jsonify(fn(g.kiosk_device.id, token).as_json())
    except VisitGone as exc:
        return jsonify(error=str(exc)), 410
    except ValueError as exc:
        return jsonify(error=str(exc)), 400


def _json_object() -> dict | None:
    """The JSON object sent ({} for no JSON body); None for JSON that is not an object (a list, true…)."""
    data = request.get_json(silent=True)
    if data is None:
        return {}
    return data if isinstance(data, dict) else None


def _guarded_json():
    """(the JSON object sent, None) from an enrolled kiosk; (None, the refusal to answer) otherwise."""
    refused = _guard()
    if refused:
        return None, refused
    data = _json_object()
    if data is None:
        return None, (jsonify(error="send a JSON object"), 400)
    return data, None


@bp.post("/api/visits")
def start_visit():
    """A visitor chose a language: a new visit (its token is returned once and lives in the page's memory)."""
    data, refused = _guarded_json()
    if refused:
        return refused
    try:
        return jsonify(_kiosk().start(g.kiosk_device.id, str(data.get("lang", ""))).as_json()), 201
    except ValueError as exc:
        return jsonify(error=str(exc)), 400


@bp.post("/api/visit/act")
def act():
    """A tap on a button (postback) or typed words."""
    data, refused = _guarded_json()
    if refused:
        return refused
    return _visit_call(lambda device, token: _kiosk().act(device, token, str(data.get("kind", "")),
                                                         str(data.get("data", "")), str(data.get("text", ""))))


@bp.post("/api/visit/finish")
def finish():
    """The visitor is done: a reception number, and the counselors' queue shows them."""
    return _visit_call(lambda device, token: _kiosk().finish(device, token))


@bp.get("/api/visit/messages")
def messages():
    """New replies for the visit (a counselor may write while the visitor is still at the tablet)."""
    return _visit_call(lambda device, token: _kiosk().poll(device, token))


@bp.post("/api/visit/end")
def end():
    """The page wipes itself (inactivity): the visit ends on the server too."""
    refused = _guard()
    if refused:
        return refused
    _kiosk().wipe(g.kiosk_device.id, request.headers.get(VISIT_HEADER, ""), "idle")
    return jsonify(status="ended")
