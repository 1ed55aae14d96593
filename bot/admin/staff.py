"""/admin/staff — admins take access back: deactivate and reactivate accounts, revoke API tokens, reset
passwords; /admin/account/password — everyone changes their own password. Each change ends the
sessions it should at once (bot/staff/accounts.py raises the account's session version) and is audited."""
from flask import (
    Blueprint,
    abort,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)

from bot.app.current import current_runtime
from bot.console import views as console
from bot.staff import accounts as staff_accounts
from bot.staff import security
from storage import repo_console

bp = Blueprint("admin_staff", __name__, url_prefix="/admin")
ADMINS = ("admin",)
NOT_CONFIRMED = "確認のチェックを入れてから、もう一度押してください。"

console.staff_pages(bp)


def _db():
    return current_runtime().db


def _page(status: int = 200, **extra):
    return render_template("admin/staff.html", accounts=staff_accounts.accounts(_db()), **extra), status


def _confirmed() -> bool:
    return request.form.get("confirm") == "yes"


def _change(action, name: str, *args, done: str):
    try:
        result = action(_db(), name, *args)
    except staff_accounts.StaffError as exc:
        flash(str(exc), "error")
        return None
    flash(done, "ok")
    return result


@bp.get("/staff")
@security.login_required(*ADMINS)
def staff_page():
    """Every account with its state and the actions that take access back."""
    return _page()


@bp.post("/staff/<name>/deactivate")
@security.login_required(*ADMINS)
def deactivate(name: str):
    """Stop an account: its sessions end and its API tokens are refused at once."""
    if not _confirmed():
        flash(NOT_CONFIRMED, "error")
    else:
        _change(staff_accounts.set_active, name, False, g.staff.name, "admin",
                done=f"{name} を停止しました。すべてのログインが終了し、APIトークンも使えなくなりました。")
    return redirect(url_for("admin_staff.staff_page"))


@bp.post("/staff/<name>/reactivate")
@security.login_required(*ADMINS)
def reactivate(name: str):
    """Let a stopped account sign in again."""
    _change(staff_accounts.set_active, name, True, g.staff.name, "admin", done=f"{name} を再開しました。")
    return redirect(url_for("admin_staff.staff_page"))


@bp.post("/staff/<name>/revoke-tokens")
@security.login_required(*ADMINS)
def revoke_tokens(name: str):
    """Revoke every API token of an account."""
    if not _confirmed():
        flash(NOT_CONFIRMED, "error")
    else:
        count = _change(staff_accounts.revoke_tokens, name, g.staff.name, "admin", done=f"{name} のAPIトークンを無効にしました。")
        if count is not None:
            flash(f"無効にしたトークン: {count}件", "ok")
    return redirect(url_for("admin_staff.staff_page"))


@bp.post("/staff/<name>/reset-password")
@security.login_required(*ADMINS)
def reset_password(name: str):
    """Give an account a new random password, shown once on this page; its sessions end."""
    if not _confirmed():
        flash(NOT_CONFIRMED, "error")
        return redirect(url_for("admin_staff.staff_page"))
    try:
        password = staff_accounts.reset_password(_db(), name, g.staff.name)
    except staff_accounts.StaffError as exc:
        flash(str(exc), "error")
        return redirect(url_for("admin_staff.staff_page"))
    # Shown in this answer only (never in a flash, which would sit in the session cookie).
    return _page(reset={"name": name, "password": password})


@bp.route("/account/password", methods=["GET", "POST"])
@security.login_required()
def own_password():
    """Change one's own password (the current one is asked for); every session of the account ends."""
    if request.method == "GET":
        return render_template("admin/password.html")
    new, again = request.form.get("new_password", ""), request.form.get("new_password_again", "")
    if new != again:
        return render_template("admin/password.html", error="新しいパスワードが2回とも同じになるように入力してください。"), 400
    try:
        staff_accounts.change_password(_db(), g.staff.name, new, g.staff.name, "console",
                                       old_password=request.form.get("old_password", ""))
    except staff_accounts.StaffError as exc:
        return render_template("admin/password.html", error=str(exc)), 400
    flash("パスワードを変更しました。新しいパスワードでログインしてください。", "ok")
    return redirect(url_for("console.login"))


AUDIT_PAGE = 200
ACTION_NAMES = {  # what each audit line's action means, for the page (unknown ones are shown as written)
    "read": "相談を読んだ", "read_list": "相談の一覧を読んだ", "read_media": "写真・ファイルを見た", "login": "ログイン", "login_failed": "ログイン失敗",
    "claim": "担当した", "reply": "相談者に送信", "note": "メモ", "transfer": "引き継ぎ", "release": "終了・ボットに戻す",
    "crisis_seen": "危機の通知を確認", "booking_cancelled": "予約の取り消し", "data_export": "記録の開示",
    "report": "集計を見た", "retention_purge": "保存期間による削除", "token_issued": "APIトークン発行",
    "tokens_revoked": "APIトークン無効化", "staff_deactivated": "アカウント停止", "staff_reactivated": "アカウント再開",
    "password_changed": "パスワード変更", "password_reset": "パスワード再発行", "dialog_draft": "会話の下書き",
    "dialog_discard": "下書きを捨てた", "slot_published": "枠の公開", "slot_cancelled": "枠の中止",
    "pattern_published": "毎週の枠の公開", "pattern_ended": "毎週の枠の終了",
}
MAX_ID = 2 ** 62  # ids beyond this are not ids: a clear 400 rather than a database error


def _id_arg(name: str) -> int | None:
    raw = request.args.get(name, "").strip()
    if not raw:
        return None
    if not raw.isascii() or not raw.isdigit() or int(raw) > MAX_ID:
        abort(400, description=f"{name} は正の整数で指定してください。")
    return int(raw)


@bp.get("/audit")
@security.login_required(*ADMINS)
def audit_page():
    """Who read or changed what, newest first: every read of residents' words (single and lists), sign-ins,
    account changes; filtered by staff member, action or conversation."""
    staff_name = request.args.get("staff", "").strip()[:64] or None
    action = request.args.get("action", "").strip()[:32] or None
    conversation_id, before = _id_arg("conversation"), _id_arg("before")
    with _db().session() as session:
        entries = repo_console.audit_entries(session, conversation_id, AUDIT_PAGE, staff_name, action, before)
        rows = [{"id": e.id, "at": e.at, "staff": e.staff_name, "action": e.action, "conversation_id": e.conversation_id,
                 "via": e.via, "detail": e.detail, "ip": e.ip} for e in entries]
        actions = repo_console.audit_actions(session)
    older = rows[-1]["id"] if len(rows) == AUDIT_PAGE else None
    return render_template("admin/audit.html", rows=rows, actions=actions, older=older, names=ACTION_NAMES,
                           filters={"staff": staff_name or "", "action": action or "",
                                    "conversation": conversation_id or ""})


@bp.errorhandler(405)
def _wrong_method(_exc):
    abort(404)
