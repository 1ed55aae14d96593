"""/admin/dialogs/form/<name> — opening hours and closed days, hotlines, follow-up questions and canned replies as
forms, not YAML.

Each form shows the draft's values with the published value beside any field that differs, checks every field
(problems in Japanese), keeps what was typed when something cannot be read, and saves the draft through the
same checks as the file editor."""
from flask import abort, flash, g, redirect, render_template, request, url_for

from bot.admin.dialogs import form_data, form_followups
from bot.admin.dialogs.views import _editor, _problems, bp
from bot.staff import security
from bot.staff.labels import CRISIS, EDITORS, TOPICS
from dialogs import overlay
from handlers.datafile import DataError

FORMS = {"office": "data/office.yaml", "hotlines": "data/hotlines.yaml", "canned": "data/canned.yaml",
         "followups": "data/followups.yaml"}


def _texts(ed, draft):
    """(draft file text, published file text, draft catalog, published catalog) of one form's file."""
    _vid, live, _tests = ed.live()
    return live, overlay.catalog_with(ed.rt.shipped_catalog, draft.content.messages), \
        overlay.catalog_with(ed.rt.shipped_catalog, live.messages)


def _save(ed, draft, path: str, text: str, messages: dict[str, str], what: str):
    """Store the file and its Japanese texts in the draft; the draft's problems for this file (Japanese)."""
    try:
        if messages:  # the texts first: a new hotline or canned reply names a message the file then refers to
            ed.save_messages(draft, g.staff.name, "ja", messages)
        problems = ed.save_file(draft, g.staff.name, path, text)
    except DataError as exc:
        return [p["reason"] for p in _problems(exc.problems, draft).get(path, [])] or [str(p) for p in exc.problems]
    found = _problems(problems, draft)
    return [p["reason"] for p in found.get(path, []) + found.get("messages", [])]


def _done(name: str, problems: list[str]):
    if problems:
        flash("下書きに保存しました。ただし、直すところがあります（下に書いてあります）。", "error")
    else:
        flash("下書きに保存しました。問題は見つかりませんでした。「試す・テスト」で確かめてから公開してください。", "ok")
    return redirect(url_for("editor.form_page", name=name, checked="1" if not problems else "0"))


@bp.route("/form/<name>", methods=["GET", "POST"])
@security.login_required(*EDITORS)
def form_page(name: str):
    """One data file as a form (GET), or the form saved into the draft (POST)."""
    if name not in FORMS:
        abort(404, description="この入力欄はありません。")
    ed = _editor()
    draft = ed.draft(g.staff.name)
    path = FORMS[name]
    live, catalog, live_catalog = _texts(ed, draft)
    text = overlay.effective_text(ed.data_dir, draft.content, path)
    published = overlay.effective_text(ed.data_dir, live, path)
    refused: list[str] = []
    count = 0
    if request.method == "POST":
        count = int(request.form.get("rows", "0") or 0) if request.form.get("rows", "0").isdigit() else 0
        messages: dict[str, str] = {}
        if name == "office":
            new_text, problems = form_data.office_yaml(request.form)
        elif name == "hotlines":
            new_text, messages, problems = form_data.hotlines_yaml(request.form, count)
        elif name == "followups":
            new_text, messages, problems = form_followups.followups_yaml(request.form, count)
        else:
            new_text, messages, problems = form_data.canned_yaml(request.form, count, set(catalog.ids()))
        if problems:
            refused = [p.said("ja") for p in problems]
            flash("保存しませんでした。赤く書いたところを直してから、もう一度保存してください。入力した内容は残っています。",
                  "error")
        else:
            saved = _save(ed, draft, path, new_text, messages, name)
            if saved:
                flash("下書きに保存しました。ただし、直すところがあります。", "error")
                refused = saved
            else:
                return _done(name, [])
    values = _values(name, text, catalog)
    if refused and request.method == "POST":  # what was typed stays on the page
        values = (form_followups.values_from_form(request.form, count) if name == "followups"
                  else form_data.values_from_form(name, request.form, count))
    if name == "hotlines":  # 「police: …」 from the file's checks: staff know the line as 「警察」
        refused = with_hotline_names(refused, values["rows"])
    return render_template(f"editor/form_{name}.html", name=name, path=path, v=values,
                           live=_values(name, published, live_catalog), problems=refused, draft=draft,
                           checked=request.args.get("checked") == "1", CRISIS=CRISIS, TOPICS=TOPICS,
                           DAYS=form_data.DAYS, DAY_NAMES=form_data.DAY_NAMES, HOTLINE_TOPICS=form_data.HOTLINE_TOPICS,
                           SITUATIONS=form_data.SITUATIONS,
                           ASK_WHEN=form_followups.ASK_WHEN, NEW_OPTIONS=form_followups.NEW_OPTIONS)


def with_hotline_names(said: list[str], rows: list[dict]) -> list[str]:
    """Problems that begin with a hotline's id ('police: …') begin with its Japanese name instead (「警察: …」)."""
    names = {row["id"]: row.get("label") for row in rows if row.get("id") and row.get("label")}
    out = []
    for text in said:
        head, sep, rest = text.partition(": ")
        out.append(f"{names[head]}{sep}{rest}" if sep and head in names else text)
    return out


def _values(name: str, text: str, catalog) -> dict:
    """What the form shows for this file text: office values, or rows with their Japanese texts."""
    if name == "office":
        return form_data.office_values(text)
    if name == "followups":
        return form_followups.followup_values(text, catalog)
    rows = form_data.hotline_rows(text) if name == "hotlines" else form_data.canned_rows(text)
    for row in rows:
        msg_id = row.get("name") or row["id"]
        row["label" if name == "hotlines" else "text"] = catalog.raw("ja", msg_id) if msg_id in catalog.ids() else ""
    return {"rows": rows}
