"""/admin — staff editing for editors and admins: accompanied-visit slots and weekly patterns.

Uses the console's sign-in, session, CSRF and security headers; every change goes through handlers/slot_publishing.py
and after each commit the scheduler runs so residents whose visits were cancelled are told at once.
"""
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from flask import Blueprint, flash, g, redirect, render_template, request, url_for

from bot.app.current import current_runtime
from bot.console import views as console
from bot.staff import security
from bot.staff.labels import EDITORS
from bot.staff.labels import WEEKDAYS as WEEKDAYS_JA
from handlers import bookings, languages, slot_input, slot_publishing, staff_input
from handlers.problems import Problem
from storage import clock, repo_booking, repo_console

bp = Blueprint("admin", __name__, url_prefix="/admin")
LIST_AHEAD = timedelta(days=35)
# where each problem reported by handlers/slot_input.parse_* is shown on the forms
FIELD_OF = {"start": "date", "end": "end", "weekly.weekday": "weekday", "weekly.start": "start",
            "weekly.end": "end", "weekly.from": "from", "weekly.until": "until"}



def _tz() -> str:
    return current_runtime().settings.tz


console.staff_pages(bp)


def problems_by_field(error: bookings.BookingError) -> dict[str, list[str]]:
    """A BookingError's problems in Japanese, by the form field each belongs to."""
    out: dict[str, list[str]] = {}
    for problem in error.problems or [str(error)]:
        field = problem.params.get("field", "form") if isinstance(problem, Problem) else "form"
        said = problem.said("ja") if isinstance(problem, Problem) else problem
        out.setdefault(FIELD_OF.get(field, field), []).append(said)
    return out


def _common_fields(form) -> dict:
    capacity = staff_input.plain(form.get("capacity", ""))
    return {"meeting_point": form.get("meeting_point", ""), "counselor": form.get("counselor", ""),
            "languages": form.getlist("languages"), "interpreter": form.get("interpreter") == "1",
            "capacity": int(capacity) if capacity.isascii() and capacity.isdigit() and len(capacity) <= 6 else capacity}


def slot_request(form) -> dict:
    """The one-off slot form as handlers/slot_input.parse_slot reads it (office-local date and times)."""
    day, start, end = (staff_input.plain(form.get(k, "")) for k in ("date", "start", "end"))
    data = _common_fields(form)
    data["start"] = f"{day}T{start}" if day and start else ""
    data["end"] = f"{day}T{end}" if day and end else ""
    return data


def pattern_request(form) -> dict:
    """The weekly pattern form as handlers/slot_input.parse_pattern reads it."""
    data = _common_fields(form)
    weekday = staff_input.plain(form.get("weekday", ""))
    typed = {k: staff_input.plain(form.get(k, "")) for k in ("start", "end", "from", "until")}
    data["weekly"] = {"weekday": int(weekday) if weekday.isascii() and weekday.isdigit() and len(weekday) <= 2 else weekday,
                      **typed}
    return data


def _page(status: int = 200, **forms):
    """The slots page: the two forms (with what was typed and the problems) and what is published."""
    now, zone = clock.now(), ZoneInfo(_tz())
    with current_runtime().db.session() as session:
        slots = repo_booking.slots_between(session, now, now + LIST_AHEAD)
        today = now.astimezone(zone).date()
        patterns = [p for p in repo_booking.patterns_in_week_order(session)
                    if p.valid_until is None or p.valid_until >= today]
        page = render_template(
            "admin/slots.html", slots=slots, patterns=patterns, zone=zone, today=today.isoformat(),
            weekdays=WEEKDAYS_JA, language_list=languages.languages(),
            slot_form=forms.get("slot_form") or {"values": {"languages": ["ja"], "capacity": "1"}, "errors": {}},
            pattern_form=forms.get("pattern_form") or {"values": {"languages": ["ja"], "capacity": "1",
                                                                  "from": today.isoformat()}, "errors": {}})
    return page, status


def _typed(form) -> dict:
    values = {k: form.get(k, "") for k in form.keys() if k != security.CSRF_FIELD}
    values["languages"] = form.getlist("languages")
    return values


def _tell_residents() -> None:
    """Deliver what a change tells residents now, rather than at the next sweep."""
    current_runtime().background.run(current_runtime().scheduler.run_due)


def _audit(session, action: str, detail: str) -> None:
    repo_console.audit(session, g.staff.name, action, clock.now(), via="admin", detail=detail,
                       ip=request.remote_addr)


@bp.get("/")
@security.login_required(*EDITORS)
def index():
    """The admin start page: the slots."""
    return redirect(url_for("admin.slots"))


@bp.get("/slots")
@security.login_required(*EDITORS)
def slots():
    """Publish, list and cancel accompanied-visit slots and weekly patterns."""
    return _page()


@bp.post("/slots")
@security.login_required(*EDITORS)
def publish_slot():
    """Publish one slot; on a problem, show each one beside the form and keep what was typed."""
    try:
        values = slot_input.parse_slot(slot_request(request.form), _tz())
    except bookings.BookingError as exc:
        errors = problems_by_field(exc)
        if not request.form.get("date", "").strip() and request.form.get("end", "").strip():
            errors.pop("end", None)  # the end time was typed; what is missing is the date, shown there
        return _page(400, slot_form={"values": _typed(request.form), "errors": errors})
    if values["starts_at"] <= clock.now():
        return _page(400, slot_form={"values": _typed(request.form),
                                     "errors": {"date": ["過去の日時には公開できません。"]}})
    with current_runtime().db.session() as session:
        slot = slot_publishing.publish_slot(session, values, clock.now())
        _audit(session, "slot_published", f"slot {slot.id}")
        when = slot.starts_at.astimezone(ZoneInfo(_tz())).strftime("%m/%d %H:%M")
    flash(f"{when} の枠を公開しました。", "ok")
    return redirect(url_for("admin.slots"))


@bp.post("/patterns")
@security.login_required(*EDITORS)
def publish_pattern():
    """Publish a weekly pattern (its slots are created three weeks ahead)."""
    now = clock.now()
    today = now.astimezone(ZoneInfo(_tz())).date()
    try:
        values = slot_input.parse_pattern(pattern_request(request.form), _tz(), today)
    except bookings.BookingError as exc:
        return _page(400, pattern_form={"values": _typed(request.form), "errors": problems_by_field(exc)})
    with current_runtime().db.session() as session:
        pattern = slot_publishing.publish_pattern(session, values, _tz(), now, current_runtime().bundle.office.closed_on)
        _audit(session, "pattern_published", f"pattern {pattern.id}")
        label = f"毎週{WEEKDAYS_JA[pattern.weekday]}曜 {pattern.start_time}〜{pattern.end_time}"
    flash(f"{label} の枠を公開しました。", "ok")
    return redirect(url_for("admin.slots"))


@bp.post("/slots/<int:slot_id>/cancel")
@security.login_required(*EDITORS)
def cancel_slot(slot_id: int):
    """Cancel one slot; residents booked on it are told kindly and offered other slots."""
    reason = request.form.get("reason", "").strip()
    try:
        with current_runtime().db.session() as session:
            told = slot_publishing.cancel_slot(session, slot_id, clock.now(), reason)
            _audit(session, "slot_cancelled", f"slot {slot_id}: {reason}")
    except bookings.NotFound:
        flash("その枠は見つかりません。", "error")
        return redirect(url_for("admin.slots"))
    _tell_residents()
    flash(f"枠を中止しました。予約していた {len(told)} 人にお知らせします。" if told else "枠を中止しました。", "ok")
    return redirect(url_for("admin.slots"))


@bp.post("/patterns/<int:pattern_id>/end")
@security.login_required(*EDITORS)
def end_pattern(pattern_id: int):
    """End a weekly pattern after the given last day (default today); later slots are cancelled."""
    raw = request.form.get("last_day", "").strip()
    try:
        last_day = date.fromisoformat(raw) if raw else None
    except ValueError:
        last_day = date.min
    if last_day is not None and not 2000 <= last_day.year <= 2100:
        flash("最終日を 2026-12-31 のように、2000年から2100年までの日付で入力してください。", "error")
        return redirect(url_for("admin.slots"))
    try:
        with current_runtime().db.session() as session:
            told = slot_publishing.end_pattern(session, pattern_id, last_day, _tz(), clock.now())
            _audit(session, "pattern_ended", f"pattern {pattern_id} after {last_day or 'today'}")
    except bookings.NotFound:
        flash("その繰り返し枠は見つかりません。", "error")
        return redirect(url_for("admin.slots"))
    _tell_residents()
    done = f"繰り返しを終了しました。以降の予約 {len(told)} 件の相談者にお知らせします。" if told else "繰り返しを終了しました。"
    flash(done, "ok")
    return redirect(url_for("admin.slots"))
