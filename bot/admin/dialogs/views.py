"""/admin/dialogs — staff edit what the bot says and asks: draft, check, preview, test, publish, restore."""
from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)

from bot.admin.dialogs import preview
from bot.admin.dialogs.drafts import DialogEditor, PublishRefused
from bot.app.current import current_runtime
from bot.console import views as console
from bot.staff import security
from bot.staff.labels import EDITORS
from dialogs import overlay
from handlers import languages
from handlers.datafile import DataError
from handlers.problems import Problem

bp = Blueprint("editor", __name__, url_prefix="/admin/dialogs")
FILE_NAMES = {
    "intake.yaml": "会話の流れ（場面・質問・ボタン・つながり）",
    "data/office.yaml": "窓口の時間・休みの日・場所",
    "data/hotlines.yaml": "電話相談の窓口（ホットライン）",
    "data/followups.yaml": "くわしく聞く質問",
    "data/canned.yaml": "相談員の定型文",
    "data/visit_destinations.yaml": "同行・来所の行き先",
    "data/dates.yaml": "予約で書かれる日にちのことば（あした・火曜 など）",
    "data/places.yaml": "近くの場所・紹介先の設定（地区の中心・件数など）",
}


def _editor() -> DialogEditor:
    rt = current_runtime()
    if "dialog_editor" not in current_app.extensions:
        current_app.extensions["dialog_editor"] = DialogEditor(rt)
    return current_app.extensions["dialog_editor"]


def describe(path: str) -> str:
    """What a file holds, in plain words."""
    if path.startswith("keywords/"):
        code = path.rsplit("/", 1)[-1].removesuffix(".yaml")
        return f"見分けるためのキーワード（{code}）"
    return FILE_NAMES.get(path, path)


console.staff_pages(bp)  # sign-in, CSRF, headers, page context and error pages of every staff page


@bp.context_processor
def _editor_context():
    return {"describe": describe, "LANGS": [(lang.code, lang.native) for lang in languages.languages()]}


def _problems(problems: list[str], draft) -> dict:
    """Problems grouped by file, each with its line, that line's text and the reason in plain words."""
    ed = _editor()
    grouped: dict[str, list[dict]] = {}
    for problem in problems:
        path, line, reason = overlay.locate(problem, ed.data_dir)
        key = path or "messages"
        text = ""
        if path and line:
            lines = overlay.effective_text(ed.data_dir, draft.content, path).splitlines()
            text = lines[line - 1] if 0 < line <= len(lines) else ""
        said = problem.said("ja") if isinstance(problem, Problem) else reason  # coded problems in Japanese
        grouped.setdefault(key, []).append({"line": line, "text": text, "reason": said, "raw": problem})
    return grouped


# --- the overview ------------------------------------------------------------------------------
@bp.get("")
@security.login_required(*EDITORS)
def index():
    """Files, the draft's state, versions and who changed what."""
    ed = _editor()
    draft = ed.draft(g.staff.name)
    live_id, _live, _tests = ed.live()
    problems = ed.check(draft.content) if draft.saved else []
    files, messages = ed.diff(_live, draft.content) if draft.saved else ([], [])
    return render_template("editor/index.html", draft=draft, live_id=live_id,
                           paths=overlay.editable_files(ed.data_dir), problems=_problems(problems, draft),
                           problem_count=len(problems), changed_files={f.path for f in files},
                           changed_messages=len(messages), versions=ed.versions(), audit=ed.history())


# --- one file ----------------------------------------------------------------------------------
@bp.route("/file/<path:path>", methods=["GET", "POST"])
@security.login_required(*EDITORS)
def edit_file(path: str):
    """Edit one file of the draft; saving checks the whole draft and shows each problem beside its line."""
    ed = _editor()
    try:
        overlay.check_path(ed.data_dir, path)
    except ValueError:
        abort(404, description="このファイルは編集できません。")
    draft = ed.draft(g.staff.name)
    problems, refused = None, None
    if request.method == "POST":
        try:
            problems = ed.save_file(draft, g.staff.name, path, request.form.get("text", ""))
        except DataError as exc:
            problems, refused = exc.problems, request.form.get("text", "")
            flash("保存しませんでした。下の理由を直してから、もう一度保存してください。", "error")
        else:
            if problems:
                flash("下書きを保存しました。ただし、直すところがあります（下の赤い行）。", "error")
            else:
                flash("下書きを保存しました。問題は見つかりませんでした。", "ok")
    text = refused if refused is not None else overlay.effective_text(ed.data_dir, draft.content, path)
    grouped = _problems(problems or [], draft)
    elsewhere = sum(len(v) for k, v in grouped.items() if k != path)
    return render_template("editor/file.html", path=path, text=text, here=grouped.get(path, []),
                           elsewhere=elsewhere, checked=problems is not None, draft=draft)


# --- messages side by side ------------------------------------------------------------------------
@bp.route("/messages", methods=["GET", "POST"])
@security.login_required(*EDITORS)
def messages():
    """Every message: id, the Japanese source and the chosen language, editable."""
    ed = _editor()
    lang = request.values.get("lang", "ja")
    if lang not in languages.codes():
        lang = "ja"
    query = request.values.get("q", "").strip()
    draft = ed.draft(g.staff.name)
    problems = None
    if request.method == "POST":
        texts = {k[2:]: v for k, v in request.form.items() if k.startswith("m:")}
        problems = ed.save_messages(draft, g.staff.name, lang, texts)
        flash("下書きを保存しました。" + ("ただし、直すところがあります。" if problems else "問題は見つかりませんでした。"),
              "error" if problems else "ok")
    catalog = overlay.catalog_with(ed.rt.shipped_catalog, draft.content.messages)
    published = overlay.catalog_with(ed.rt.shipped_catalog, ed.live()[1].messages)  # what residents read now
    rows = []
    for msg_id in sorted(catalog.ids()):
        source = catalog.texts[languages.SOURCE].get(msg_id, "")
        mine = catalog.texts.get(lang, {}).get(msg_id, "")
        if query and query.lower() not in f"{msg_id}\n{source}\n{mine}".lower():
            continue
        was = published.texts.get(lang, {}).get(msg_id, "")
        rows.append({"id": msg_id, "source": published.texts[languages.SOURCE].get(msg_id, source), "text": mine,
                     "changed": msg_id in draft.content.messages.get(lang, {}), "was": was if was != mine else None})
    grouped = _problems(problems or [], draft)
    return render_template("editor/messages.html", rows=rows, lang=lang, q=query, draft=draft,
                           problems=grouped.get("messages", []), checked=problems is not None)


# --- preview, tests, differences ---------------------------------------------------------------------
@bp.route("/preview", methods=["GET", "POST"])
@security.login_required(*EDITORS)
def preview_page():
    """Try the draft in a chat and run the transcript tests against it."""
    ed = _editor()
    draft = ed.draft(g.staff.name)
    results = None
    if request.method == "POST":
        try:
            ed.save_tests(draft, g.staff.name, request.form.get("tests", ""))
        except DataError:
            flash("テストを保存しませんでした。「&」「*」（アンカーとエイリアス）は使えません。また、大きすぎる"
                  "テストは保存できません。", "error")
        else:
            results = ed.run_tests(draft.content, draft.tests)
            passed = sum(r.ok for r in results)
            flash(f"テスト {len(results)} 件のうち {passed} 件が通りました。", "ok" if passed == len(results) else "error")
    problems = ed.check(draft.content)
    return render_template("editor/preview.html", draft=draft, results=results, problem_count=len(problems))


@bp.post("/preview/chat")
@security.login_required(*EDITORS)
def preview_chat():
    """Replay the preview chat's actions against the draft (stateless: any worker can answer)."""
    data = request.get_json(silent=True)
    if not isinstance(data, dict) or not isinstance(data.get("actions") or [], list) \
            or not isinstance(data.get("lang") or "", str):
        return jsonify(error='send {"actions": [...], "lang": "ja"}'), 400
    actions = [a for a in data.get("actions") or [] if isinstance(a, dict)]
    ed = _editor()
    draft = ed.draft(g.staff.name)
    try:
        live = ed.preview_live(draft.content)
    except ValueError:
        return jsonify(error="下書きに問題があるため、試せません。先に問題を直してください。"), 409
    return jsonify(turns=preview.chat(live, actions, data.get("lang") or None))


@bp.get("/diff")
@security.login_required(*EDITORS)
def diff():
    """What the draft changes compared with the live version."""
    ed = _editor()
    draft = ed.draft(g.staff.name)
    _vid, live, _tests = ed.live()
    files, msgs = ed.diff(live, draft.content)
    return render_template("editor/diff.html", files=files, msgs=msgs, title="下書きと公開中の版の違い",
                           draft=draft)


# --- publishing, versions ----------------------------------------------------------------------------
@bp.post("/publish")
@security.login_required(*EDITORS)
def publish():
    """Publish the draft; refused while a problem or a failing test remains."""
    ed = _editor()
    draft = ed.draft(g.staff.name)
    comment = request.form.get("comment", "").strip()
    if not draft.saved:
        flash("下書きに変更がありません。", "error")
        return redirect(url_for("editor.index"))
    if not comment:
        flash("何を変えたか、ひとことコメントを書いてください。", "error")
        return redirect(url_for("editor.index"))
    try:
        version = ed.publish(draft, g.staff.name, comment)
    except PublishRefused as exc:
        flash(str(exc) + " " + " / ".join(p.said("ja") if isinstance(p, Problem) else p
                                          for p in exc.problems[:5]), "error")
        return redirect(url_for("editor.index"))
    flash(f"第{version}版を公開しました。数秒のうちに、すべての相談者に届きます。", "ok")
    return redirect(url_for("editor.index"))


@bp.post("/discard")
@security.login_required(*EDITORS)
def discard():
    """Throw the draft away."""
    _editor().discard(g.staff.name, g.staff.name)
    flash("下書きを捨てました。公開中の版から始められます。", "ok")
    return redirect(url_for("editor.index"))


@bp.get("/versions/<int:vid>")
@security.login_required(*EDITORS)
def version(vid: int):
    """One version: who published it, when, why, and what it changed compared with the one before."""
    ed = _editor()
    try:
        row, content = ed.version(vid)
        earlier = [v.id for v in ed.versions() if v.id < vid]
        _prev_row, previous = ed.version(earlier[0] if earlier else 0) if vid > 0 else (None, content)
    except KeyError:
        abort(404, description="その版はありません。")
    files, msgs = ed.diff(previous, content)
    live_id, _live, _tests = ed.live()
    return render_template("editor/version.html", row=row, vid=vid, files=files, msgs=msgs, live_id=live_id,
                           content=content)


@bp.post("/versions/<int:vid>/restore")
@security.login_required(*EDITORS)
def restore(vid: int):
    """Bring an earlier version back in one click (published again as a new version)."""
    ed = _editor()
    try:
        new = ed.restore(vid, g.staff.name)
    except KeyError:
        abort(404, description="その版はありません。")
    except PublishRefused as exc:
        flash(f"第{vid}版には戻せません。{exc} " + " / ".join(exc.problems[:5]), "error")
        return redirect(url_for("editor.index"))
    flash(f"第{vid}版の内容を、第{new}版として公開しました。", "ok")
    return redirect(url_for("editor.index"))
