"""/console/c/<id> — one conversation: the history, the intake card, the previous conversation, notes, canned
replies, and the counselor's actions (claim, reply, note, transfer, acknowledge, release)."""
from flask import abort, flash, g, jsonify, redirect, render_template, request, session, url_for

from bot.app.current import current_runtime
from bot.console import bookings, meaning, media, recall
from bot.console.counsel import MAX_TEXT, Counsel, CounselError, one_line_break
from bot.console.views import WORKERS, bp
from bot.line.limits import utf16_units
from bot.staff import accounts as staff_accounts
from bot.staff import security
from bot.staff.labels import answer_labels, urgency_word
from handlers.problems import Problem
from storage import clock, repo_console


def _counsel() -> Counsel:
    return Counsel(current_runtime())


def _message_id(raw: str | None) -> int:
    """?after= as a history line id: 0 when missing; 400 when not a whole number a row can have."""
    raw = (raw or "0").strip()
    if not raw.isascii() or not raw.lstrip("-").isdigit() or len(raw) > 18:
        abort(400, description="after は整数で指定してください。")
    return max(0, int(raw))


# --- one conversation ------------------------------------------------------------------------
@bp.get("/c/<int:cid>")
@security.login_required(*WORKERS)
def conversation(cid: int):
    """The whole conversation, the intake card, notes, canned replies and the actions."""
    return _page(cid)


def _page(cid: int, drafts: dict | None = None):
    """The conversation page; *drafts* puts back what a counselor typed when sending it was refused."""
    try:
        conv = _counsel().detail(g.staff, cid, ip=request.remote_addr)
    except CounselError as exc:
        abort(exc.status, description=exc.problem.said("ja"))
    canned = _counsel().canned(conv["lang"], g.staff)
    meaning.add_meanings(current_runtime(), conv["messages"], conv["lang"])
    with current_runtime().db.session() as session:
        media.attach(session, conv["messages"])  # pictures and files: thumbnails, downloads, or why not kept
        previous = recall.previous_for(session, cid, conv["resident"]["id"])
        visits = bookings.of_conversation(session, cid)
        if previous:  # its summary and notes are shown: a read of that conversation too
            repo_console.audit(session, g.staff.name, "read", clock.now(), previous["id"],
                               detail=f"recalled beside conversation {cid}", ip=request.remote_addr)
    everyone = staff_accounts.colleagues(current_runtime().db)
    colleagues = [s for s in everyone if s.name != conv["assigned_to"]]
    return render_template("console/conversation.html", c=conv, canned=canned, colleagues=colleagues,
                           previous=previous, resident_name=recall.pseudonym(conv["resident"]["id"]),
                           names={s.name: s.display_name for s in everyone}, answers=_answer_labels(conv["summary"]),
                           urgency=urgency_word(conv["urgency"]), translator=current_runtime().translator,
                           last_id=max([m["id"] for m in conv["messages"]] or [0]), drafts=drafts or {}, visits=visits)


def _answer_labels(summary: dict) -> dict[str, str]:
    """The intake answers (household, area) as the Japanese labels of the buttons that give them."""
    rt = current_runtime()
    return answer_labels(rt.bundle.questions, rt.catalog, summary)


@bp.get("/c/<int:cid>/updates.json")
@security.polling
@security.login_required(*WORKERS)
def updates(cid: int):
    """New history lines and the current status, and the state of every picture or file (the page polls this)."""
    try:
        news = _counsel().updates(g.staff, cid, _message_id(request.args.get("after")), ip=request.remote_addr)
    except CounselError as exc:
        return jsonify(error=exc.problem.said("ja")), exc.status
    meaning.add_meanings(current_runtime(), news["messages"], news["lang"])
    with current_runtime().db.session() as session:
        media.attach(session, news["messages"])
        news["media"] = media.of_conversation(session, cid)  # a picture fetched after its line was shown
    return jsonify(news)


@bp.post("/c/<int:cid>/reply-preview")
@security.login_required(*WORKERS)
def reply_preview(cid: int):
    """The counselor's draft as the resident will read it (the centre's translation service), to check or use."""
    body = request.get_json(silent=True)
    text = body.get("text") if isinstance(body, dict) else None
    text = one_line_break(text) if isinstance(text, str) else None
    if not text or not text.strip() or utf16_units(text.strip()) > MAX_TEXT:
        return jsonify(error=Problem("meaning.bad_draft", limit=MAX_TEXT).said("ja")), 400
    try:
        lang = _counsel().detail(g.staff, cid, ip=request.remote_addr)["lang"]
    except CounselError as exc:
        return jsonify(error=exc.problem.said("ja")), exc.status
    return jsonify(meaning.reply_preview(current_runtime(), text.strip(), lang))


def _act(cid: int, action, success: str | None = None, drafts: dict | None = None):
    """Run a counselor action from a form; say what happened and go back to the conversation. When it was
    refused and the counselor had typed something (*drafts*: box → text), the page comes back with it in place."""
    try:
        action()
        if success:
            flash(success, "ok")
    except CounselError as exc:
        flash(exc.problem.said("ja"), "error")
        if exc.status != 404 and drafts and any((v or "").strip() for v in drafts.values()):
            return _page(cid, drafts), exc.status
        if exc.holder or exc.status == 404:
            return redirect(url_for("console.queue"))
    return redirect(url_for("console.conversation", cid=cid))


@bp.post("/c/<int:cid>/claim")
@security.login_required(*WORKERS)
def claim(cid: int):
    """Take the conversation (one counselor wins; the other is told who has it)."""
    return _act(cid, lambda: _counsel().claim(g.staff, cid), "担当になりました。")


@bp.post("/c/<int:cid>/reply")
@security.login_required(*WORKERS)
def reply(cid: int):
    """Send a message to the resident on LINE."""
    text = request.form.get("text", "")
    return _act(cid, lambda: _counsel().send(g.staff, cid, text), drafts={"reply": one_line_break(text)})


@bp.post("/c/<int:cid>/note")
@security.login_required(*WORKERS)
def note(cid: int):
    """Add a note for colleagues (never sent)."""
    text = request.form.get("text", "")
    return _act(cid, lambda: _counsel().note(g.staff, cid, text), "メモを残しました。", drafts={"note": one_line_break(text)})


@bp.post("/c/<int:cid>/transfer")
@security.login_required(*WORKERS)
def transfer(cid: int):
    """Hand over to another counselor."""
    to = request.form.get("to", "")
    name = staff_accounts.display_names(current_runtime().db).get(to, to)
    result = _act(cid, lambda: _counsel().transfer(g.staff, cid, to), f"{name} さんに引き継ぎました。")
    return redirect(url_for("console.queue")) if _last_ok() else result


@bp.post("/c/<int:cid>/ack")
@security.login_required(*WORKERS)
def acknowledge(cid: int):
    """Mark the crisis alert as seen."""
    return _act(cid, lambda: _counsel().acknowledge(g.staff, cid))


@bp.post("/c/<int:cid>/release")
@security.login_required(*WORKERS)
def release(cid: int):
    """Hand back to the bot, or close with an outcome."""
    to, outcome = request.form.get("to", ""), request.form.get("outcome") or None
    done = "ボットに戻しました。" if to == "bot" else "相談を終了しました。"
    result = _act(cid, lambda: _counsel().release(g.staff, cid, to, outcome), done)
    return redirect(url_for("console.queue")) if _last_ok() else result


def _last_ok() -> bool:
    flashes = session.get("_flashes") or []
    return bool(flashes) and flashes[-1][0] == "ok"
