"""Waiting for a counselor: joining the queue, the expected wait, and what to do when nobody has claimed."""
import math
import statistics
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from handlers import formatting, postback
from handlers.crisis import hotline_lines, situations
from handlers.office import DAYS, Office
from handlers.registry import job, uses_state
from handlers.replies import Option
from handlers.turn import Turn
from storage import repo_console, repo_jobs

uses_state("handoff", "handlers.waiting (nobody claimed in time)")

UNCLAIMED_JOB = "handoff_unclaimed"
CLOSING_JOB = "closed_for_today"
CLOSING_TOLD_WITHIN = timedelta(hours=3)  # said later than this after closing, "no one can answer today" rings false
DEFAULT_TIMEOUT_MINUTES = 15
ESTIMATE_WINDOW = timedelta(days=14)
ESTIMATE_MIN_SAMPLES = 3


def open_until(office: Office, at: datetime) -> datetime:
    """The end of the opening period *at* falls in (the office must be open at *at*)."""
    local = at.astimezone(ZoneInfo(office.tz))
    for start, end in office.hours[DAYS[local.weekday()]]:
        if start <= local.time() < end:
            return datetime.combine(local.date(), end, ZoneInfo(office.tz))
    return at


def after_office_minutes(office: Office, start: datetime, minutes: float) -> datetime:
    """The moment *minutes* of office-open time have passed since *start* (closed time does not count)."""
    t, remaining = start, timedelta(minutes=minutes)
    for _ in range(200):
        if not office.is_open(t):
            t = office.next_opening(t)
        end = open_until(office, t)
        if t + remaining <= end:
            return t + remaining
        remaining -= end - t
        t = end
    return t + remaining


def _still_waiting(conv, payload: dict) -> bool:
    """The conversation a job is about still waits for a person, and the resident has not asked to stop (a crisis
    sign keeps a stopped conversation where counselors look; the resident is not pushed again)."""
    return conv.id == payload.get("conversation_id") and conv.status == "waiting" and conv.state != "stopped"


STOPPED_WAITING = "stopped_waiting"  # turn.data: the resident stopped waiting for a counselor (「まだですか」 after it)


def _stamp(conv) -> str:
    return str(int(conv.waiting_since.timestamp())) if conv.waiting_since else ""


def start_waiting(turn: Turn) -> None:
    """Put the conversation in the queue (keeping its place if already there) and set the no-claim timer."""
    conv = turn.conversation
    if conv.status in ("waiting", "active"):
        return
    conv.status, conv.waiting_since, conv.assigned_to = "waiting", turn.now, None
    turn.data.pop(STOPPED_WAITING, None)
    turn.data.pop("unclaimed_told_at", None)  # a new wait: its own timer, its own honest estimate
    minutes = float(turn.services.settings.get("claim_timeout_minutes", DEFAULT_TIMEOUT_MINUTES))
    if minutes <= 0:
        return
    if conv.id is None:  # a conversation not stored yet needs its id for the job key; a stored one is written
        turn.session.flush()  # once, when the turn ends (flushing here would write it twice)
    due = after_office_minutes(turn.services.office, turn.now, minutes)
    repo_jobs.schedule_job(turn.session, UNCLAIMED_JOB, f"{UNCLAIMED_JOB}:{conv.id}:{_stamp(conv)}", due,
                      turn.resident.id, {"conversation_id": conv.id, "since": _stamp(conv)}, turn.now)


def expected_wait(turn: Turn) -> tuple[int, int] | None:
    """(minutes, people ahead) from recent claims, or None when there is too little to say: what residents waited
    lately, and no less than the people ahead take at the pace counselors have lately taken conversations (with
    16 ahead, not the 15 minutes one resident waited behind one other)."""
    # read without flushing the turn's changes: the conversation is written once, with the turn's other rows
    with turn.session.no_autoflush:
        claims = repo_console.recent_claims(turn.session, turn.now - ESTIMATE_WINDOW)
        if len(claims) < ESTIMATE_MIN_SAMPLES:
            return None
        ahead = repo_console.waiting_ahead(turn.session, turn.conversation)
        seconds = max(statistics.median(waited for _at, waited in claims), (ahead + 1) * _seconds_per_claim(claims))
        return max(5, 5 * math.ceil(seconds / 300)), ahead


PACE_GAP = timedelta(hours=2)  # claims further apart were not one stretch of work (a night, a closed day, a lull)
DEFAULT_SECONDS_PER_CLAIM = 600  # when recent claims tell no pace: ten minutes a conversation


def _seconds_per_claim(claims: list[tuple[datetime, int]]) -> float:
    """The usual time between two claims within one stretch of work."""
    times = sorted(at for at, _waited in claims)
    gaps = [(b - a).total_seconds() for a, b in zip(times, times[1:]) if b - a < PACE_GAP]
    return statistics.median(gaps) if gaps else DEFAULT_SECONDS_PER_CLAIM


@job(UNCLAIMED_JOB)
def tell_unclaimed(turn: Turn, payload: dict) -> None:
    """Nobody has taken the conversation in time: say so honestly and offer to book a visit instead."""
    conv = turn.conversation
    if not _still_waiting(conv, payload) or _stamp(conv) != payload.get("since"):
        return  # claimed, cancelled, stopped or re-queued since: nothing to say
    conv.state = "handoff"  # the buttons below belong to the waiting step
    label = turn.t("opt.visit")
    turn.ask("counsel.unclaimed", visit=label, options=[
        Option(label, postback.encode("visit", "", "handoff"), display=label),
        Option(turn.t("opt.back_to_menu"), postback.encode("cancel", "", "handoff"), display=turn.t("opt.back_to_menu")),
    ])
    turn.data["unclaimed_told_at"] = turn.now.isoformat()


# --- the office closes while residents wait for a person -----------------------------------------------
def schedule_closing_notices(session, office: Office, now: datetime) -> str | None:
    """Once the office has closed: a notice for every resident still waiting for a person since before closing (the
    job key makes it once per resident per closing). Returns the closing handled, or None when the office is open."""
    if office.is_open(now):
        return None
    closed_at = office.last_closing(now)
    if closed_at is None or now - closed_at > CLOSING_TOLD_WITHIN:
        return None
    for conversation_id, resident_id in repo_console.waiting_since_before(session, closed_at):
        repo_jobs.schedule_job(session, CLOSING_JOB, f"{CLOSING_JOB}:{resident_id}:{closed_at.isoformat()}", now,
                               resident_id, {"conversation_id": conversation_id}, now)
    return closed_at.isoformat()


@job(CLOSING_JOB)
def tell_closed_for_today(turn: Turn, payload: dict) -> None:
    """The office closed while the resident waited for a person: honestly, no one answers today; when a counselor
    reads; the message is kept; after a crisis sign, the 24-hour lines. Not after the resident stopped (a crisis sign
    keeps a stopped conversation in the queue) or stopped waiting; not to one who blocked the account (the scheduler)."""
    conv, office = turn.conversation, turn.services.office
    if not _still_waiting(conv, payload):
        return
    opens = formatting.when(office.next_opening(turn.now), turn.lang, office.tz)
    signals = conv.crisis or turn.data.get("recalled_crisis") or []
    if signals:
        lines = turn.services.hotlines.around_the_clock(turn.lang, signals=signals, situations=situations(turn))
        turn.say("counsel.closed_for_today_lines", opens=opens, lines=hotline_lines(turn, lines))
    else:
        turn.say("counsel.closed_for_today", opens=opens)
    # the next message while waiting gets the short "read from …", not this notice again
    turn.data["told_opens"] = {"opens": opens, "at": turn.now.isoformat(), "n": 0}
