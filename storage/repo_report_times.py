"""Report queries about time: residents writing after hours (by hour and band) and how long they waited for a
counselor's first reply (counts and histograms, never rows)."""

from sqlalchemy import (
    Integer,
    case,
    cast,
    distinct,
    exists,
    func,
    literal,
    select,
)
from sqlalchemy.orm import Session

from storage.models import Claim, Conversation, Message
from storage.repo_reports import CALENDAR, Period, consultation_filter, in_piece, is_postgres, seconds_between


def _resident_words(session: Session, period: Period, open_: bool | None):
    stmt = (select(CALENDAR.c.dow, CALENDAR.c.hour, func.count(distinct(Conversation.resident_id)))
            .select_from(Message).join(Conversation, Conversation.id == Message.conversation_id)
            .join(CALENDAR, in_piece(session, Message.created_at))
            .where(Message.sender == "resident", Message.created_at >= period.start,
                   Message.created_at < period.end, consultation_filter(period)))
    if open_ is not None:
        stmt = stmt.where(CALENDAR.c.open.is_(open_))
    return stmt


def after_hours_by_hour(session: Session, period: Period) -> dict[tuple[int, int], int]:
    """Residents who wrote while the office was closed, per local (weekday, hour)."""
    stmt = _resident_words(session, period, False).group_by(CALENDAR.c.dow, CALENDAR.c.hour)
    return {(int(d), int(h)): int(n) for d, h, n in session.execute(stmt)}


def after_hours_by_band(session: Session, period: Period) -> dict[str, int]:
    """Residents who wrote while the office was closed, per band of the week (weekday, night, closed day)."""
    stmt = (select(CALENDAR.c.band, func.count(distinct(Conversation.resident_id))).select_from(Message)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .join(CALENDAR, in_piece(session, Message.created_at))
            .where(Message.sender == "resident", Message.created_at >= period.start, Message.created_at < period.end,
                   consultation_filter(period), CALENDAR.c.open.is_(False))
            .group_by(CALENDAR.c.band))
    return {str(b): int(n) for b, n in session.execute(stmt)}


def writers_total(session: Session, period: Period, open_: bool | None = None) -> int:
    """Distinct residents who wrote in the period (only while closed when open_ is False)."""
    stmt = (select(func.count(distinct(Conversation.resident_id))).select_from(Message)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .where(Message.sender == "resident", Message.created_at >= period.start, Message.created_at < period.end,
                   consultation_filter(period)))
    if open_ is not None:
        stmt = stmt.join(CALENDAR, in_piece(session, Message.created_at)).where(CALENDAR.c.open.is_(open_))
    return int(session.scalar(stmt) or 0)


def _first_replies(session: Session, period: Period):
    """Per claim of a waiting conversation: the resident and the seconds from handoff to the first reply."""
    first = (select(func.min(Message.created_at)).where(
        Message.conversation_id == Claim.conversation_id, Message.sender == "counselor",
        Message.created_at >= Claim.claimed_at).correlate(Claim).scalar_subquery())
    inner = (select(Conversation.resident_id.label("resident_id"), Claim.waited_seconds.label("waited"),
                    Claim.claimed_at.label("claimed_at"), first.label("first_reply"))
             .select_from(Claim).join(Conversation, Conversation.id == Claim.conversation_id)
             .where(consultation_filter(period))).subquery()
    # rounded to whole seconds: SQLite's julianday arithmetic is floating point (360 s comes out as 359.99…)
    seconds = inner.c.waited + func.round(seconds_between(session, inner.c.claimed_at, inner.c.first_reply))
    return inner, seconds


def reply_minutes(session: Session, period: Period) -> dict[int | None, int]:
    """Histogram of whole minutes from handoff to the first counselor reply (None: no reply); counts handoffs."""
    inner, seconds = _first_replies(session, period)
    whole = seconds / 60.0
    # SQLite's floor() (where it exists at all) fails on NULL; CAST truncates, which is floor for these positives
    minutes = func.floor(whole) if is_postgres(session) else cast(whole, Integer)
    stmt = select(minutes, func.count()).select_from(inner).group_by(minutes)
    return {(None if m is None else int(m)): int(n) for m, n in session.execute(stmt)}


def reply_bands(session: Session, period: Period, edges: list[tuple[str, int]]) -> dict[str, int]:
    """Residents per band of waiting time to the first reply; *edges* are (name, upper bound in seconds)."""
    inner, seconds = _first_replies(session, period)
    band = case((inner.c.first_reply.is_(None), literal("none")),
                *[(seconds < bound, literal(name)) for name, bound in edges], else_=literal("longer"))
    stmt = select(band, func.count(distinct(inner.c.resident_id))).select_from(inner).group_by(band)
    return {str(k): int(n) for k, n in session.execute(stmt)}


def reply_residents(session: Session, period: Period) -> int:
    """Distinct residents whose handoff was claimed by a counselor in the period."""
    inner, _seconds = _first_replies(session, period)
    return int(session.scalar(select(func.count(distinct(inner.c.resident_id)))) or 0)


def waiting_without_claim(session: Session, period: Period) -> int:
    """Distinct residents still waiting, never claimed."""
    stmt = (select(func.count(distinct(Conversation.resident_id)))
            .where(consultation_filter(period), Conversation.status == "waiting",
                   ~exists().where(Claim.conversation_id == Conversation.id)))
    return int(session.scalar(stmt) or 0)
