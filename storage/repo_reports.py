"""Aggregate queries for the reports: every function returns GROUP BY counts of distinct residents, never rows.

Nothing here returns a message text, a name or an id of a resident: only (category, number of residents)
pairs, a total, or a histogram of waiting minutes. Categories from data residents could have typed are
mapped to a known list inside SQL (anything else becomes "other"), so free text never leaves the database.
Local time (month, weekday, hour, open or closed) comes from a temporary calendar table the caller fills
from the office hours (see `fill_calendar`), so the same SQL runs on SQLite and PostgreSQL.
"""
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    Boolean,
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    case,
    cast,
    distinct,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.schema import CreateIndex, CreateTable

from storage.models import Booking, Claim, Conversation, Message, Referral, Resident, UnmetNeed
from storage.types import UTCDateTime

OTHER = "other"
NONE = "none"

_calendar_meta = MetaData()
CALENDAR = Table(
    "report_calendar", _calendar_meta,
    Column("hour_key", String(13)),  # the UTC hour the piece lies in: "2026-11-22 07"
    Column("starts_at", UTCDateTime),
    Column("ends_at", UTCDateTime),
    Column("month", String(7)),  # local "2026-11"
    Column("dow", Integer),  # local weekday, 0 = Monday
    Column("hour", Integer),  # local hour 0–23
    Column("open", Boolean),  # the office was open during the whole piece
    Column("band", String(16)),  # when closed: weekday (6–22 h), night (22–6 h) or closed_day (6–22 h)
    prefixes=["TEMPORARY"],
)
CALENDAR_INDEX = Index("ix_report_calendar_hour", CALENDAR.c.hour_key)


@dataclass(frozen=True)
class Period:
    """[start, end) in UTC; the caller turns local dates into these instants."""

    start: datetime
    end: datetime


@dataclass(frozen=True)
class Piece:
    """A stretch of time in which the local month, weekday, hour and the office's open state do not change."""

    starts_at: datetime
    ends_at: datetime
    month: str
    dow: int
    hour: int
    open: bool
    band: str = "open"


# --- dialect helpers ------------------------------------------------------------------------------
def _pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _elements(session: Session, json_expr, path: str | None = None):
    """A table-valued expansion of a JSON array (column or key *path* inside it) with one column `value`."""
    if _pg(session):
        target = json_expr.op("->")(literal(path)) if path else json_expr
        safe = case((func.jsonb_typeof(target) == "array", target), else_=literal_column("'[]'::jsonb"))
        return func.jsonb_array_elements_text(safe).table_valued("value")
    args = (json_expr, literal(f"$.{path}")) if path else (json_expr,)
    return func.json_each(*args).table_valued("value")


def _hour_key(session: Session, column):
    """The UTC hour of a stored timestamp as 'YYYY-MM-DD HH' (matches CALENDAR.hour_key)."""
    if _pg(session):
        return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD HH24")
    return func.strftime("%Y-%m-%d %H", column)


def _seconds_between(session: Session, earlier, later):
    """Seconds from *earlier* to *later* as a number."""
    if _pg(session):
        return func.extract("epoch", later - earlier)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def _known(expr, allowed: list[str], none_label: str = NONE):
    """Map a category to itself when it is in *allowed*, to 'none' when missing, otherwise to 'other'."""
    return case((expr.is_(None), literal(none_label)), (expr.in_(allowed), expr), else_=literal(OTHER))


# --- the calendar ---------------------------------------------------------------------------------
def fill_calendar(session: Session, pieces: list[Piece]) -> None:
    """(Re)fill this connection's temporary calendar table with *pieces* (no personal data in it)."""
    conn = session.connection()
    conn.execute(CreateTable(CALENDAR, if_not_exists=True))
    conn.execute(CreateIndex(CALENDAR_INDEX, if_not_exists=True))
    conn.execute(CALENDAR.delete())
    rows = [{"hour_key": p.starts_at.strftime("%Y-%m-%d %H"), "starts_at": p.starts_at, "ends_at": p.ends_at,
             "month": p.month, "dow": p.dow, "hour": p.hour, "open": p.open, "band": p.band} for p in pieces]
    if rows:
        conn.execute(CALENDAR.insert(), rows)


def _in_piece(session: Session, column):
    cal = CALENDAR.c
    return and_(cal.hour_key == _hour_key(session, column), column >= cal.starts_at, column < cal.ends_at)


# --- the population -------------------------------------------------------------------------------
def consultation_filter(period: Period):
    """Conversations begun in the period in which the resident wrote or tapped something (a consultation)."""
    said_msg = aliased(Message)  # its own alias: queries over messages must not correlate it away
    said = exists().where(said_msg.conversation_id == Conversation.id, said_msg.sender == "resident")
    return and_(Conversation.created_at >= period.start, Conversation.created_at < period.end, said)


def _residents():
    return func.count(distinct(Conversation.resident_id))


def _grouped(session: Session, key, period: Period, *joins, extra=None) -> dict[str, int]:
    stmt = select(key.label("key"), _residents()).select_from(Conversation).join(
        Resident, Resident.id == Conversation.resident_id)
    for target, on in joins:
        stmt = stmt.join(target, on)
    stmt = stmt.where(consultation_filter(period))
    if extra is not None:
        stmt = stmt.where(extra)
    return {str(k): int(n) for k, n in session.execute(stmt.group_by(key))}


def residents_total(session: Session, period: Period, extra=None) -> int:
    """Distinct residents with a consultation in the period (optionally only those matching *extra*)."""
    stmt = select(_residents()).where(consultation_filter(period))
    if extra is not None:
        stmt = stmt.where(extra)
    return int(session.scalar(stmt) or 0)


def consultations_total(session: Session, period: Period) -> int:
    """Number of consultations (conversations) begun in the period."""
    return int(session.scalar(select(func.count(Conversation.id)).where(consultation_filter(period))) or 0)


# --- one query per figure -------------------------------------------------------------------------
def by_topic(session: Session, period: Period, topics: list[str]) -> dict[str, int]:
    """Residents per consultation topic ('none' when triage found none); one resident may count in several."""
    items = _elements(session, Conversation.topics)
    key = _known(items.c.value, topics)
    stmt = (select(key.label("key"), _residents()).select_from(Conversation)
            .outerjoin(items, true()).where(consultation_filter(period)).group_by(key))
    return {str(k): int(n) for k, n in session.execute(stmt)}


def by_month(session: Session, period: Period) -> dict[str, int]:
    """Residents per local month in which a consultation began."""
    return _grouped(session, CALENDAR.c.month, period, (CALENDAR, _in_piece(session, Conversation.created_at)))


def by_area(session: Session, period: Period, areas: list[str]) -> dict[str, int]:
    """Residents per area answered in the intake (or chosen for places nearby)."""
    area = func.coalesce(Conversation.data[("summary", "area")].as_string(), Conversation.data["area"].as_string())
    return _grouped(session, _known(area, areas), period)


def by_language(session: Session, period: Period, codes: list[str]) -> dict[str, int]:
    """Residents per language they use with the bot."""
    return _grouped(session, _known(func.coalesce(Resident.lang, "ja"), codes), period)


def by_channel(session: Session, period: Period, channels: list[str]) -> dict[str, int]:
    """Residents per channel (LINE, kiosk, …)."""
    return _grouped(session, _known(Resident.channel, channels), period)


def by_crisis(session: Session, period: Period, signals: list[str]) -> dict[str, int]:
    """Residents per crisis signal detected in their words."""
    items = _elements(session, Conversation.crisis)
    key = _known(items.c.value, signals)
    stmt = (select(key.label("key"), _residents()).select_from(Conversation)
            .join(items, true()).where(consultation_filter(period)).group_by(key))
    return {str(k): int(n) for k, n in session.execute(stmt)}


def crisis_residents(session: Session, period: Period) -> int:
    """Distinct residents with at least one crisis signal in a consultation of the period."""
    items = _elements(session, Conversation.crisis)
    stmt = (select(_residents()).select_from(Conversation).join(items, true())
            .where(consultation_filter(period), items.c.value.is_not(None)))
    return int(session.scalar(stmt) or 0)


def handed_over():
    """A person was asked for or took the conversation."""
    return or_(Conversation.waiting_since.is_not(None), Conversation.status.in_(["waiting", "active"]),
               exists().where(Claim.conversation_id == Conversation.id),
               exists().where(Message.conversation_id == Conversation.id, Message.sender == "counselor"))


def outcome_flags(session: Session, period: Period) -> dict[str, int]:
    """Residents whose consultation was handed to a counselor, led to a booked visit, or asked for places."""
    flags = {
        "handoff": handed_over(),
        "visit": exists().where(Booking.conversation_id == Conversation.id),
        "places": Conversation.data["places_requested"].as_boolean().is_(True),
        "referral": exists().where(Referral.conversation_id == Conversation.id),
    }
    out = {}
    for name, condition in flags.items():
        out[name] = residents_total(session, period, condition)
    return out


def by_closing(session: Session, period: Period, codes: list[str]) -> dict[str, int]:
    """Residents per outcome a counselor chose when closing (only closed consultations)."""
    return _grouped(session, _known(Conversation.outcome, codes), period, extra=Conversation.status == "closed")


def by_unmet(session: Session, period: Period, codes: list[str]) -> dict[str, int]:
    """Residents per unmet need the dialog recorded in the conversation (data['unmet'])."""
    items = _elements(session, Conversation.data, "unmet")
    key = _known(items.c.value, codes)
    stmt = (select(key.label("key"), _residents()).select_from(Conversation)
            .join(items, true()).where(consultation_filter(period)).group_by(key))
    return {str(k): int(n) for k, n in session.execute(stmt)}


def unmet_directory(session: Session, period: Period, reasons: list[str]) -> dict[str, int]:
    """Residents per place or resource the directory could not offer: 'place:<reason>' or 'resource'."""
    key = case((UnmetNeed.need == "resource", literal("resource")),
               else_=literal("place:") + _known(UnmetNeed.reason, reasons))
    stmt = (select(key, _residents()).select_from(UnmetNeed)
            .join(Conversation, Conversation.id == UnmetNeed.conversation_id)
            .where(consultation_filter(period)).group_by(key))
    return {str(k): int(n) for k, n in session.execute(stmt)}


def unmet_places_by_area(session: Session, period: Period, areas: list[str]) -> tuple[dict[str, int], int]:
    """Residents with no fitting place nearby, per area they searched in; and how many they are in all."""
    key = _known(UnmetNeed.area, areas)
    base = (select(_residents()).select_from(UnmetNeed).join(Conversation, Conversation.id == UnmetNeed.conversation_id)
            .where(consultation_filter(period), UnmetNeed.need == "place"))
    rows = session.execute(base.add_columns(key).group_by(key))
    return {str(k): int(n) for n, k in rows}, int(session.scalar(base) or 0)


def referral_answers(session: Session, period: Period, answers: list[str]) -> tuple[dict[str, int], int]:
    """Residents referred to an agency, per follow-up answer (or not asked yet / no answer); and in all."""
    key = case((Referral.outcome.is_not(None), _known(Referral.outcome, answers)),
               (Referral.followup_sent_at.is_not(None), literal("no_answer")), else_=literal("not_asked"))
    base = (select(_residents()).select_from(Referral).join(Conversation, Conversation.id == Referral.conversation_id)
            .where(consultation_filter(period)))
    rows = session.execute(base.add_columns(key).group_by(key))
    return {str(k): int(n) for n, k in rows}, int(session.scalar(base) or 0)


def _resident_words(session: Session, period: Period, open_: bool | None):
    stmt = (select(CALENDAR.c.dow, CALENDAR.c.hour, func.count(distinct(Conversation.resident_id)))
            .select_from(Message).join(Conversation, Conversation.id == Message.conversation_id)
            .join(CALENDAR, _in_piece(session, Message.created_at))
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
            .join(CALENDAR, _in_piece(session, Message.created_at))
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
        stmt = stmt.join(CALENDAR, _in_piece(session, Message.created_at)).where(CALENDAR.c.open.is_(open_))
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
    seconds = inner.c.waited + func.round(_seconds_between(session, inner.c.claimed_at, inner.c.first_reply))
    return inner, seconds


def reply_minutes(session: Session, period: Period) -> dict[int | None, int]:
    """Histogram of whole minutes from handoff to the first counselor reply (None: no reply); counts handoffs."""
    inner, seconds = _first_replies(session, period)
    whole = seconds / 60.0
    # SQLite's floor() (where it exists at all) fails on NULL; CAST truncates, which is floor for these positives
    minutes = func.floor(whole) if _pg(session) else cast(whole, Integer)
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

