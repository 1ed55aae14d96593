"""/console/requests — staff answer residents' requests to see or delete their data, and every answer is recorded."""
import json
from datetime import timedelta

from flask import Response, abort, flash, g, redirect, render_template, request, url_for

from bot.app.current import current_runtime
from bot.app.outbox import queue_replies
from bot.console.views import WORKERS, bp
from bot.staff import security
from handlers import data_rights
from handlers.privacy import ANSWER_WITHIN_DAYS
from storage import clock, repo, repo_console, repo_privacy
from storage.models import DataRequest

KINDS = {"access": "記録を見たい（開示）", "erasure": "記録を消してほしい（削除）"}
ACTIONS = {"copy_sent": "写しをトークで送信", "exported": "手渡し", "erased": "削除", "declined": "見送り"}



def _row(session, req: DataRequest) -> dict:
    resident = repo.resident_by_id(session, req.resident_id)
    held = data_rights.holdings(session, req.resident_id) if req.status == "open" else None
    return {"id": req.id, "kind": req.kind, "kind_label": KINDS.get(req.kind, req.kind), "status": req.status,
            "lang": req.lang, "channel": req.channel, "conversation_id": req.conversation_id,
            "requested_at": req.requested_at, "due": req.requested_at + timedelta(days=ANSWER_WITHIN_DAYS),
            "overdue": req.status == "open" and clock.now() > req.requested_at + timedelta(days=ANSWER_WITHIN_DAYS),
            "counts": data_rights.counts(held) if held else None,
            "reachable": bool(resident and resident.channel == "line" and resident.following
                              and resident.anonymised_at is None),
            "handled_at": req.handled_at, "handled_by": req.handled_by,
            "action": ACTIONS.get(req.action or "", req.action), "record": req.record}


@bp.get("/requests")
@security.login_required(*WORKERS)
def requests_page():
    """Open requests (oldest first, with what we hold and the answer due date) and the ones already answered."""
    with current_runtime().db.session() as session:
        open_rows = [_row(session, r) for r in repo_privacy.requests(session, "open")]
        done_rows = [_row(session, r) for r in repo_privacy.requests(session, None, limit=50)]
        # who can carry out a deletion, so a counselor knows whom to ask
        erasers = [s.display_name or s.name for s in repo_console.staff_list(session, data_rights.ERASE_ROLES)]
    return render_template("console/requests.html", open_rows=open_rows, done_rows=done_rows,
                           can_erase=g.staff.role in data_rights.ERASE_ROLES, erasers=erasers,
                           within_days=ANSWER_WITHIN_DAYS)


@bp.get("/requests/<int:request_id>/export.json")
@security.login_required(*WORKERS)
def request_export(request_id: int):
    """Everything we hold about the requester as JSON (to print and hand over at the counter); audited."""
    with current_runtime().db.session() as session:
        req = repo_privacy.request_by_id(session, request_id)
        if req is None:
            abort(404, description=f"依頼 {request_id} は見つかりません。")
        body = json.dumps(data_rights.holdings(session, req.resident_id), ensure_ascii=False, indent=2)
        repo_console.audit(session, g.staff.name, "data_export", clock.now(), req.conversation_id,
                           detail=f"request {request_id}", ip=request.remote_addr)
    return Response(body, mimetype="application/json", headers={
        "Content-Disposition": f'attachment; filename="madoguchi-request-{request_id}.json"'})


def _act(func, *args, done: str):
    rt = current_runtime()
    try:
        with rt.db.session() as session:
            handled = func(session, *args)
    except data_rights.RequestError as exc:
        flash(exc.message, "error")
        return redirect(url_for("console.requests_page"))
    rt.sender.send_claimed(handled.outbox)
    flash(done, "ok")
    return redirect(url_for("console.requests_page"))


@bp.post("/requests/<int:request_id>/send-copy")
@security.login_required(*WORKERS)
def request_send_copy(request_id: int):
    """Send the copy of what we hold to the resident in the chat."""
    rt = current_runtime()
    return _act(lambda s: data_rights.send_copy(s, rt.live.services, queue_replies, request_id, g.staff.name,
                                                rt.settings.tz, clock.now(), request.remote_addr),
                done="写しをトークで送りました。対応を記録しました。")


@bp.post("/requests/<int:request_id>/handed-over")
@security.login_required(*WORKERS)
def request_handed_over(request_id: int):
    """Record that the copy was given in person."""
    return _act(lambda s: data_rights.handed_over(s, request_id, g.staff.name, request.form.get("note", ""),
                                                  clock.now(), request.remote_addr),
                done="手渡しを記録しました。")


@bp.post("/requests/<int:request_id>/erase")
@security.login_required(*WORKERS)
def request_erase(request_id: int):
    """Delete the resident's data (admin only, after ticking the confirmation)."""
    rt = current_runtime()
    if request.form.get("confirm") != "yes":
        flash("削除する前に、確認のチェックを入れてください。", "error")
        return redirect(url_for("console.requests_page"))
    return _act(lambda s: data_rights.erase(s, rt.live.services, queue_replies, request_id, g.staff.name,
                                            g.staff.role, clock.now(), request.remote_addr),
                done="記録を削除しました。相談者にお知らせを送ります。")


@bp.post("/requests/<int:request_id>/decline")
@security.login_required(*WORKERS)
def request_decline(request_id: int):
    """Answer 'not as asked' with a recorded reason; the resident is invited to talk with a person."""
    rt = current_runtime()
    return _act(lambda s: data_rights.decline(s, rt.live.services, queue_replies, request_id, g.staff.name,
                                              request.form.get("reason", ""), clock.now(), request.remote_addr),
                done="見送りを記録しました。相談者には担当者から話したいと伝えます。")
