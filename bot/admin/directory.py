"""/admin/places and /admin/resources — editors and admins keep the local directory in the browser.

Forms are checked by the CSV import's own rules (bot/admin/directory_forms.py → handlers/directory_csv.py);
CSV upload is all or nothing; places and resources are deactivated, never deleted (referrals point at
them); every change is written to the audit log. Sign-in, CSRF and headers are the console's.
"""
from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    g,
    redirect,
    render_template,
    request,
)

from bot.admin import directory_forms
from bot.app.current import current_runtime
from bot.console import views as console
from bot.staff import security
from bot.staff.labels import EDITORS, TOPICS
from handlers import directory_csv, directory_export
from handlers.datafile import DataError
from handlers.directory import ACCESSIBILITY, AUDIENCES, KINDS, RESOURCE_TOPICS
from handlers.problems import Problem
from storage import clock, repo_console, repo_places
from storage.models import Place, Resource

bp = Blueprint("admin_directory", __name__, url_prefix="/admin")
MODELS = {"places": Place, "resources": Resource}
LABELS = {  # Japanese for the directory's vocabulary on staff pages
    "kind": {"cafe": "カフェ", "salon": "サロン", "free_space": "フリースペース", "kodomo_shokudo": "子ども食堂",
             "food_bank": "フードバンク", "library": "図書館", "community_center": "公民館・地域センター",
             "study_support": "学習支援", "workshop": "作業所・工房"},
    "audience": {"anyone": "どなたでも", "youth": "若者", "elderly": "高齢の方", "women": "女性", "children": "子ども",
                 "foreign_residents": "外国にルーツのある方", "disabled": "障害のある方"},
    "accessibility": {"wheelchair": "車いす可", "step_free": "段差なし", "accessible_toilet": "多目的トイレ",
                      "quiet_room": "静かな部屋", "braille": "点字", "sign_language": "手話"},
    "topics": {**TOPICS, "lifeline": "電気・ガス・水道", "any": "なんでも"},
    "area": {"north": "北部", "central": "中央", "south": "南部", "east": "東部", "west": "西部", "outside": "市外"},
    "cost": {"free": "無料", "donation": "寄付（気持ち）"},
}
NOUN = {"places": "居場所", "resources": "相談先"}



console.staff_pages(bp)


@bp.context_processor
def _vocabulary():
    return {"LABELS": LABELS, "KINDS": KINDS, "AUDIENCES": AUDIENCES, "ACCESSIBILITY": ACCESSIBILITY,
            "RESOURCE_TOPICS": RESOURCE_TOPICS, "other_languages": directory_forms.other_languages(),
            "NOUN": NOUN}


def _kind(kind: str) -> str:
    if kind not in MODELS:
        abort(404)
    return kind


def areas() -> set[str] | None:
    """The areas a place may be in (dialogs/data/places.yaml), as the CSV import checks them."""
    config = current_runtime().bundle.places
    return set(config.areas) if config and config.areas else None


def _audit(session, action: str, detail: str) -> None:
    repo_console.audit(session, g.staff.name, action, clock.now(), via="admin", detail=detail,
                       ip=request.remote_addr)


def _row_of(kind: str, form) -> dict:
    return directory_forms.place_row(form) if kind == "places" else directory_forms.resource_row(form)


def _list_page(kind: str, status: int = 200, upload_problems: list[str] | None = None, summary: str = ""):
    words, filter_by = request.args.get("q", "").strip(), request.args.get("kind", "")
    state = request.args.get("status", "all")
    with current_runtime().db.session() as session:
        rows = repo_places.find_entries(session, MODELS[kind], words, filter_by, state)
        page = render_template(f"admin/{kind}.html", kind=kind, rows=rows, q=words, filter_by=filter_by,
                               state=state, upload_problems=upload_problems or [], upload_summary=summary)
    return page, status


def _form_page(kind: str, values: dict, errors: dict, entry_id: int | None = None, status: int = 200,
               active: bool = True):
    return render_template(f"admin/{kind[:-1]}_form.html", kind=kind, v=values, e=errors, entry_id=entry_id,
                           active=active, area_list=sorted(areas() or ())), status


@bp.get("/places")
@bp.get("/resources")
@security.login_required(*EDITORS)
def directory_list():
    """The places or resources, searchable and filtered by kind (places) or topic (resources)."""
    return _list_page(_kind(request.path.rstrip("/").rsplit("/", 1)[-1]))


@bp.get("/<kind>/new")
@security.login_required(*EDITORS)
def new_entry(kind: str):
    """An empty form for a new place or resource."""
    start = {"audience": ["anyone"], "languages": ["ja"], "cost_mode": "free"} if _kind(kind) == "places" else {}
    return _form_page(kind, start, {})


@bp.post("/<kind>/new")
@security.login_required(*EDITORS)
def create_entry(kind: str):
    """Store a new place or resource; problems are shown beside their fields with what was typed kept."""
    model = MODELS[_kind(kind)]
    values, errors = directory_forms.check(kind, _row_of(kind, request.form), areas())
    with current_runtime().db.session() as session:
        if values and repo_places.entry_by_key(session, model, values["key"]):
            errors = {"key": [directory_forms.said(Problem("directory.key_taken", value=values["key"]))]}
        if errors:
            return _form_page(kind, directory_forms.typed(request.form), errors, status=400)
        entry = repo_places.add_entry(session, model, values, clock.now())
        _audit(session, f"{kind[:-1]}_added", f"{kind} {entry.key}")
        label = entry.name if kind == "places" else entry.agency
    flash(f"{NOUN[kind]}「{label}」を登録しました。", "ok")
    return redirect(f"/admin/{kind}")


@bp.get("/<kind>/<int:entry_id>")
@security.login_required(*EDITORS)
def edit_entry(kind: str, entry_id: int):
    """The edit form of one place or resource, filled in."""
    with current_runtime().db.session() as session:
        entry = repo_places.entry_by_id(session, MODELS[_kind(kind)], entry_id) or abort(404)
        return _form_page(kind, directory_forms.form_values(entry, kind), {}, entry_id, active=entry.active)


@bp.post("/<kind>/<int:entry_id>")
@security.login_required(*EDITORS)
def save_entry(kind: str, entry_id: int):
    """Save an edit (the key stays); problems beside their fields, nothing stored."""
    with current_runtime().db.session() as session:
        entry = repo_places.entry_by_id(session, MODELS[_kind(kind)], entry_id) or abort(404)
        form = request.form.copy()
        form["key"] = entry.key
        values, errors = directory_forms.check(kind, _row_of(kind, form), areas())
        if errors:
            return _form_page(kind, directory_forms.typed(form), errors, entry_id, 400, entry.active)
        changed = repo_places.update_entry(entry, values, clock.now())
        if changed:
            _audit(session, f"{kind[:-1]}_edited", f"{kind} {entry.key}: {', '.join(changed)}")
        label = entry.name if kind == "places" else entry.agency
    flash(f"「{label}」を保存しました。" if changed else f"「{label}」に変更はありませんでした。", "ok")
    return redirect(f"/admin/{kind}")


@bp.post("/<kind>/<int:entry_id>/active")
@security.login_required(*EDITORS)
def set_active(kind: str, entry_id: int):
    """Deactivate (hidden from residents, kept for referrals) or reactivate."""
    active = request.form.get("active") == "1"
    with current_runtime().db.session() as session:
        entry = repo_places.entry_by_id(session, MODELS[_kind(kind)], entry_id) or abort(404)
        if repo_places.set_active(entry, active, clock.now()):
            _audit(session, f"{kind[:-1]}_{'reactivated' if active else 'deactivated'}", f"{kind} {entry.key}")
        label = entry.name if kind == "places" else entry.agency
    flash(f"「{label}」を{'再開' if active else '休止'}しました。" + ("" if active else "相談者には案内されません。"), "ok")
    return redirect(security.local_path(request.form.get("back"), ("/admin/",)) or f"/admin/{kind}")


@bp.post("/<kind>/import")
@security.login_required(*EDITORS)
def import_csv(kind: str):
    """Import a CSV: every row or none; every bad row shown as "行 N: 理由"."""
    _kind(kind)
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        return _list_page(kind, 400, ["CSV ファイルを選んでください。"])
    try:
        text = directory_csv.decode(upload.read())
    except UnicodeDecodeError:
        return _list_page(kind, 400, ["文字コードが読めません。UTF-8 か Shift_JIS の CSV にしてください。"])
    replace = request.form.get("replace") == "1"
    try:
        with current_runtime().db.session() as session:
            if kind == "places":
                counts = directory_csv.import_places(session, text, clock.now(), upload.filename, replace, areas())
            else:
                counts = directory_csv.import_resources(session, text, clock.now(), upload.filename, replace)
            summary = ", ".join(f"{k} {v}" for k, v in counts.items())
            _audit(session, f"{kind}_imported", f"{upload.filename}: {summary}")
    except DataError as exc:
        problems = directory_forms.file_problems(exc)
        return _list_page(kind, 400, problems, f"{len(problems)}件の問題があったため、何も取り込んでいません。")
    flash(f"取り込みました：追加 {counts['added']}、更新 {counts['updated']}、変更なし {counts['unchanged']}"
          + (f"、休止 {counts['deactivated']}" if replace else "") + "。", "ok")
    return redirect(f"/admin/{kind}")


@bp.get("/<kind>/export.csv")
@security.login_required(*EDITORS)
def export_csv(kind: str):
    """The active places or resources as CSV, in the columns the import reads (UTF-8 with BOM for Excel)."""
    with current_runtime().db.session() as session:
        text = directory_export.export_places(session) if _kind(kind) == "places" else \
            directory_export.export_resources(session)
        _audit(session, f"{kind}_exported", kind)
    return Response("\ufeff" + text, mimetype="text/csv",
                    headers={"Content-Disposition": f"attachment; filename={kind}.csv"})
