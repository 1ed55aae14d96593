"""/console — the counselors' web console: sign-in, the live queue, the conversation page."""
from datetime import datetime
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

from flask import (
    Blueprint,
    abort,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from bot.app.current import current_runtime
from bot.console.counsel import OUTCOMES, Counsel
from bot.console.read_audit import BulkReader
from bot.line.client import MONTHLY_LIMIT
from bot.staff import accounts as staff_accounts
from bot.staff import security
from bot.staff.labels import (
    CRISIS_SHOWN,
    SENDERS,
    STATUSES,
    TOPICS,
    URGENCY_BY_LEVEL,
    WORKERS,
    crisis_shown,
    hours_ja,
    role_name,
    urgency_word,
)
from handlers import languages
from storage import clock, repo_console, repo_privacy

bp = Blueprint("console", __name__, url_prefix="/console")
QUOTA_WARN_AT = 50  # warn when fewer pushes than this (or a tenth of the month's quota) are left



def _counsel() -> Counsel:
    return Counsel(current_runtime())


@bp.before_request
def _before():
    security.load_user()
    security.check_csrf()


@bp.after_request
def _after(response):
    return security.add_headers(response)


@bp.app_template_filter("local")
def _local(value, fmt="%m/%d %H:%M"):
    """An ISO timestamp (or datetime) in the office time zone."""
    if not value:
        return ""
    dt = datetime.fromisoformat(value) if isinstance(value, str) else value
    return dt.astimezone(ZoneInfo(current_runtime().settings.tz)).strftime(fmt)


@bp.app_template_filter("waited")
def _waited(value):
    """How long ago an ISO timestamp was, in Japanese: '12分', '2時間5分'."""
    if not value:
        return ""
    minutes = max(0, int((clock.now() - datetime.fromisoformat(value)).total_seconds() // 60))
    return f"{minutes // 60}時間{minutes % 60}分" if minutes >= 60 else f"{minutes}分"


def staff_name(login: str | None) -> str:
    """A staff member as colleagues know them (the display name, 佐藤), read once per request; else the login."""
    if "staff_names" not in g:
        g.staff_names = staff_accounts.display_names(current_runtime().db)
    return g.staff_names.get(login or "", login or "")


@bp.context_processor
def page_context():
    """What every staff page template (console and /admin) needs: CSRF, who is signed in, label tables."""
    current_runtime()
    return {"csrf_token": security.csrf_token, "me": g.get("staff"),
            "TOPICS": TOPICS, "CRISIS": CRISIS_SHOWN, "crisis_shown": crisis_shown, "urgency_word": urgency_word,
            "URGENCY_WORDS": URGENCY_BY_LEVEL,
            "TZ": current_runtime().settings.tz, "STATUSES": STATUSES, "SENDERS": SENDERS, "OUTCOMES": OUTCOMES,
            "role_name": role_name, "staff_name": staff_name, "hours_ja": hours_ja,
            "LANG_NAMES": {lang.code: lang.native for lang in languages.languages()}}


# What a refused or unknown request says when the view gave no reason of its own (Werkzeug's are English).
ERROR_MESSAGES = {400: "送られた内容を受け付けられませんでした。入力を確かめて、もう一度お試しください。",
                  403: "このページを使う権限がありません。",
                  404: "お探しのページは見つかりませんでした。アドレスを確かめてください。",
                  405: "このページはその操作に対応していません。"}


@bp.errorhandler(400)
@bp.errorhandler(403)
@bp.errorhandler(404)
@bp.errorhandler(405)
def error_page(exc):
    """A staff page (in Japanese, under the console's or the admin header) for a refused or unknown request."""
    if "staff" not in g:  # no staff blueprint matched the path: nobody has been signed in yet
        security.load_user()
    code = exc.code or 500
    message = exc.description
    if not message or message == type(exc).description:
        message = ERROR_MESSAGES.get(code, "この操作はできませんでした。")
    context = {**page_context(), "code": code, "message": message, "admin": request.path.startswith("/admin")}
    return render_template("console/error.html", **context), code


def _safe_next(target: str | None, who=None) -> str:
    """Where to go after sign-in: a local staff page asked for, else the start page of the role."""
    target = security.local_path(target, ("/console", "/admin"))
    if target and not urlparse(target).netloc:
        return target
    if who is not None and not who.can_work_conversations:
        return url_for("admin.index")
    return url_for("console.queue")


# --- sign-in ---------------------------------------------------------------------------------
@bp.route("/login", methods=["GET", "POST"])
def login():
    """Staff sign-in; repeated failures from one address for one account are slowed down."""
    if request.method == "GET":
        return render_template("console/login.html", next=request.args.get("next", ""))
    name = request.form.get("name", "").strip()
    who, wait = staff_accounts.sign_in(current_runtime().db, name, request.form.get("password", ""), request.remote_addr or "")
    if who is None:
        msg = (f"ログインの失敗が続いたため、{wait}秒後にもう一度お試しください。" if wait
               else "名前またはパスワードが違います。")
        return render_template("console/login.html", error=msg, name=name, next=request.form.get("next", "")), \
            429 if wait else 401
    security.start_session(who)
    target = _safe_next(request.form.get("next"), who)
    if not who.can_work_conversations and not target.startswith("/admin"):
        return redirect(url_for("console.denied"))
    return redirect(target)


@bp.post("/logout")
def logout():
    """Sign out: every session of this account ends, also a cookie kept elsewhere."""
    if g.get("staff") is not None:
        staff_accounts.end_sessions(current_runtime().db, g.staff.name)
    session.clear()
    return redirect(url_for("console.login"))


@bp.get("/denied")
@security.login_required()
def denied():
    """Editors have no access to conversations; tell them plainly."""
    abort(403, description=f"{role_name(g.staff.role)}の権限では相談の内容は見られません。編集は /admin で行います。")


# --- the queue -------------------------------------------------------------------------------
@bp.get("/")
@security.login_required(*WORKERS)
def queue():
    """The queue: urgent first, then the longest waiting; refreshes itself."""
    rt = current_runtime()
    with rt.db.session() as session:
        open_requests = repo_privacy.count_open_requests(session)
        month_start = clock.now().astimezone(ZoneInfo(rt.settings.tz)).replace(day=1, hour=0, minute=0, second=0,
                                                                              microsecond=0)
        refused = repo_console.refused_for_quota(session, month_start, MONTHLY_LIMIT)
    return render_template("console/queue.html", rows=_queue_read(), open_requests=open_requests,
                           quota=_quota_warning(rt.push_quota(), refused))


def _quota_warning(quota, refused: int) -> dict | None:
    """What the queue says about LINE's monthly push quota: nearly used up, or already refusing messages."""
    if refused:
        return {"refused": refused}
    if quota is None or quota.limit is None:
        return None
    return {"left": quota.left, "used": quota.used, "limit": quota.limit,
            "warn": quota.left <= max(QUOTA_WARN_AT, quota.limit // 10)}


@bp.get("/queue.json")
@security.polling
@security.login_required(*WORKERS)
def queue_json():
    """The queue for the page's polling (every 2 s)."""
    return jsonify(rows=_queue_read(), now=clock.now().isoformat())


def _queue_read() -> list[dict]:
    """The queue, its read audited when what this counselor is shown has changed since their last look."""
    reader = BulkReader(g.staff.name, "console", request.remote_addr, session.get("queue_seen"))
    rows = _counsel().queue(reader=reader)
    if reader.seen != session.get("queue_seen"):
        session["queue_seen"] = reader.seen
    return rows


def staff_pages(blueprint) -> None:
    """Give another staff blueprint the console's sign-in, CSRF check, headers, page context and error pages."""
    blueprint.before_request(_staff_before)
    blueprint.after_request(security.add_headers)
    blueprint.context_processor(page_context)
    for code in (400, 403, 404, 405):
        blueprint.register_error_handler(code, error_page)


def _staff_before():
    security.load_user()
    security.check_csrf()
