"""The booked visit in the chat: its status, cancelling it, and the messages that come later (reminders, news of
changes made by staff)."""
from datetime import timedelta

from handlers import bookings, offers
from handlers.registry import action, job, provider, uses_state
from handlers.turn import Turn
from handlers.visit_details import change_buttons, details, in_progress, next_booking, slot_line
from storage import repo_booking


# --- the booked visit ------------------------------------------------------------------------------
@provider("my_visit_status")
def my_visit_status(turn: Turn):
    """The next visit (or that there is none); just after booking, only how to change it."""
    booking = next_booking(turn)
    if booking is None:
        return "booking.none", {}, []
    if in_progress(turn).get("confirmed_at") == turn.now.isoformat():
        return "booking.after_confirm", {}, []
    return "booking.current", details(turn, booking), []


@provider("cancel_question")
def cancel_question(turn: Turn):
    """Ask before cancelling, naming the visit."""
    booking = next_booking(turn)
    return "booking.ask_cancel", details(turn, booking) if booking else {"when": "", "place": ""}, []


@action("cancel_visit")
def cancel_visit(turn: Turn) -> None:
    """Cancel the next visit at the resident's wish; the place is freed and reminders stop."""
    booking = next_booking(turn)
    if booking is None:
        turn.say("booking.nothing_to_cancel")
        return
    when = details(turn, booking)["when"]
    bookings.cancel(turn.session, booking, "resident", turn.now)
    turn.data["visit"] = {}
    turn.say("booking.cancelled", when=when)


# --- messages that come later (bot/app/scheduler.py runs them exactly once) ---------------------------
# Questions about a visit (cancel it? which new time? where, may we share?): a reminder does not cut into one being
# answered now — it comes a little later, never later than LATEST_BEFORE the visit; sent while such a question was
# left open, it closes the question, so a 「はい」 to the reminder is not a yes to 「キャンセルしますか」.
VISIT_QUESTIONS = ("visit_cancel", "visit", "visit_where", "visit_consent")
ANSWERING_WITHIN = timedelta(minutes=30)
WAIT = timedelta(minutes=20)
LATEST_BEFORE = timedelta(minutes=90)
uses_state("my_visit", "handlers.visit_booked (a reminder closes the question about the visit it reminds of)")


def _waits_for_an_answer(turn: Turn, booking, event: str) -> bool:
    """The resident is answering a question about a visit right now: the reminder comes again a little later."""
    conv, later = turn.conversation, turn.now + WAIT
    if conv.state not in VISIT_QUESTIONS or conv.last_activity_at is None:
        return False
    if turn.now - conv.last_activity_at > ANSWERING_WITHIN or later > booking.slot.starts_at - LATEST_BEFORE:
        return False
    bookings.remind_later(turn.session, booking, event, later, turn.now)
    return True


def _close_question_about_the_visit(turn: Turn) -> None:
    """A reminder sent while 「キャンセルしますか」 (or a new time for the visit) was left open: that question ends."""
    if turn.conversation.state == "visit_cancel" or (turn.data.get("visit") or {}).get("moving"):
        turn.data["visit"] = {}
        turn.conversation.state = "my_visit"


@job(bookings.NOTICE_JOB)
def visit_notice(turn: Turn, payload: dict) -> None:
    """Reminders the day before and two hours before; news of changes made by staff."""
    booking = repo_booking.booking_by_id(turn.session, payload.get("booking_id"))
    event = payload.get("event")
    if booking is None:
        return
    if event in ("day_before", "two_hours"):
        if booking.status == "booked" and booking.slot.starts_at > turn.now:
            if _waits_for_an_answer(turn, booking, event):
                return
            _close_question_about_the_visit(turn)
            turn.ask(f"booking.reminder.{event}", change_buttons(turn), **details(turn, booking))
        return
    if event == "booked" and booking.status == "booked":
        turn.ask("booking.booked_by_staff", change_buttons(turn), **details(turn, booking))
        return
    if event == "staff_cancel":
        turn.say("booking.cancelled_by_staff", when=details(turn, booking)["when"])
        if turn.conversation.status == "bot" and turn.enter is not None:
            turn.data["visit"] = {"exclude": [booking.slot_id]}
            turn.enter("visit")  # the next slots (not the one just cancelled), as buttons
            return
        found = offers.offer_to(turn, exclude=(booking.slot_id,))
        if found.slots:
            turn.say("booking.alternatives", slots="\n".join(slot_line(turn, s) for s in found.slots))
