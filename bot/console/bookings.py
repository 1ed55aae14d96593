"""/console/bookings — counselors see the accompanied visits ahead, download them as .ics and cancel one."""
from datetime import timedelta
from zoneinfo import ZoneInfo

from flask import abort, flash, g, redirect, render_template, request, url_for

from bot.api.booking import calendar_response, destination_label
from bot.app.current import current_runtime
from bot.console.views import WORKERS, bp
from bot.staff import security
from bot.staff.labels import WEEKDAYS as WEEKDAYS_JA
from bot.staff.labels import answer_labels
from handlers import booking_json, bookings, ics
from storage import clock, repo_booking, repo_console, repo_history
from storage.models import Booking

AHEAD = timedelta(days=28)
STATUS_JA = {"booked": "予約中", "cancelled": "取り消し", "moved": "変更済み"}


def of_conversation(session, conversation_id: int) -> list[dict]:
    """The visits booked in this conversation, as the intake card shows them: when, where to, meeting point,
    status — all in Japanese for staff."""
    tz = ZoneInfo(current_runtime().settings.tz)
    out = []
    for booking, slot in repo_history.bookings_in_conversation(session, conversation_id):
        start, end = slot.starts_at.astimezone(tz), slot.ends_at.astimezone(tz)
        when = f"{start:%m/%d}（{WEEKDAYS_JA[start.weekday()]}）{start:%H:%M}〜{end:%H:%M}"
        out.append({"id": booking.id, "when": when, "destination": destination_label(booking),
                    "meeting_point": slot.meeting_point, "status": booking.status,
                    "status_label": STATUS_JA.get(booking.status, booking.status)})
    return out


def _upcoming(session) -> list[Booking]:
    now = clock.now()
    return repo_booking.bookings_between(session, now - timedelta(hours=3), now + AHEAD, ("booked",))


@bp.get("/bookings")
@security.login_required(*WORKERS)
def bookings_page():
    """The visits of the next four weeks; the intake summary only where the resident agreed to share it."""
    tz = current_runtime().settings.tz
    with current_runtime().db.session() as session:
        rows = []
        for booking in _upcoming(session):
            row = booking_json.booking_json(session, booking, tz)
            row["destination_label"] = destination_label(booking)
            row["answers"] = answer_labels(current_runtime().bundle.questions, current_runtime().catalog, row.get("summary"))
            row["start"] = booking.slot.starts_at.astimezone(ZoneInfo(tz))
            row["end"] = booking.slot.ends_at.astimezone(ZoneInfo(tz))
            rows.append(row)
    return render_template("console/bookings.html", rows=rows, weekdays=WEEKDAYS_JA)


@bp.get("/bookings.ics")
@security.login_required(*WORKERS)
def bookings_calendar():
    """The visits of the next four weeks as one iCalendar file."""
    with current_runtime().db.session() as session:
        body = ics.calendar([ics.booking_event(b, clock.now(), destination_label(b)) for b in _upcoming(session)])
    return calendar_response(body, "madoguchi-visits.ics")


@bp.get("/bookings/<int:booking_id>.ics")
@security.login_required(*WORKERS)
def booking_calendar(booking_id: int):
    """One visit as an iCalendar file (for the counselor's own calendar)."""
    with current_runtime().db.session() as session:
        booking = repo_booking.booking_by_id(session, booking_id)
        if booking is None:
            abort(404, description=f"予約 {booking_id} は見つかりません。")
        body = ics.calendar([ics.booking_event(booking, clock.now(), destination_label(booking))])
    return calendar_response(body, f"madoguchi-visit-{booking_id}.ics")


@bp.post("/bookings/<int:booking_id>/cancel")
@security.login_required(*WORKERS)
def cancel_booking(booking_id: int):
    """Cancel one visit; the resident is told kindly at once and offered the next slots."""
    reason = request.form.get("reason", "").strip()
    try:
        with current_runtime().db.session() as session:
            bookings.cancel_by_staff(session, booking_id, clock.now(), reason)
            repo_console.audit(session, g.staff.name, "booking_cancelled", clock.now(), via="console",
                               detail=f"booking {booking_id}: {reason}", ip=request.remote_addr)
    except bookings.NotFound:
        flash("その予約は見つかりません。", "error")
        return redirect(url_for("console.bookings_page"))
    except bookings.BookingError:
        flash("この予約はすでに取り消されています。", "error")
        return redirect(url_for("console.bookings_page"))
    rt = current_runtime()
    rt.background.run(rt.scheduler.run_due)
    flash("予約を取り消しました。相談者にお知らせを送ります。", "ok")
    return redirect(url_for("console.bookings_page"))
