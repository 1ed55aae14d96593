"""Aggregate queries for the reports, their common ground: the period, the calendar table, the population and the
helpers each figure's query uses (the queries themselves are in repo_report_people, repo_report_needs and
repo_report_times). Every query returns GROUP BY counts of distinct residents, never rows.

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
    distinct,
    exists,
    func,
    literal,
    literal_column,
    select,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.schema import CreateIndex, CreateTable

from storage.models import Conversation, Message, Resident
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
def is_postgres(session: Session) -> bool:
    """Whether the session speaks to PostgreSQL (else SQLite)."""
    return session.get_bind().dialect.name == "postgresql"


def json_elements(session: Session, json_expr, path: str | None = None):
    """A table-valued expansion of a JSON array (column or key *path* inside it) with one column `value`."""
    if is_postgres(session):
        target = json_expr.op("->")(literal(path)) if path else json_expr
        safe = case((func.jsonb_typeof(target) == "array", target), else_=literal_column("'[]'::jsonb"))
        return func.jsonb_array_elements_text(safe).table_valued("value")
    args = (json_expr, literal(f"$.{path}")) if path else (json_expr,)
    return func.json_each(*args).table_valued("value")


def hour_key(session: Session, column):
    """The UTC hour of a stored timestamp as 'YYYY-MM-DD HH' (matches CALENDAR.hour_key)."""
    if is_postgres(session):
        return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD HH24")
    return func.strftime("%Y-%m-%d %H", column)


def seconds_between(session: Session, earlier, later):
    """Seconds from *earlier* to *later* as a number."""
    if is_postgres(session):
        return func.extract("epoch", later - earlier)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def known_or_other(expr, allowed: list[str], none_label: str = NONE):
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


def in_piece(session: Session, column):
    """The calendar piece a stored timestamp falls in (a join condition on CALENDAR)."""
    cal = CALENDAR.c
    return and_(cal.hour_key == hour_key(session, column), column >= cal.starts_at, column < cal.ends_at)


# --- the population -------------------------------------------------------------------------------
def consultation_filter(period: Period):
    """Conversations begun in the period in which the resident wrote or tapped something (a consultation)."""
    said_msg = aliased(Message)  # its own alias: queries over messages must not correlate it away
    said = exists().where(said_msg.conversation_id == Conversation.id, said_msg.sender == "resident")
    return and_(Conversation.created_at >= period.start, Conversation.created_at < period.end, said)


def distinct_residents():
    """COUNT(DISTINCT resident) over conversations."""
    return func.count(distinct(Conversation.resident_id))


def grouped(session: Session, key, period: Period, *joins, extra=None) -> dict[str, int]:
    """Distinct residents with a consultation in the period, by *key* (through *joins*, matching *extra*)."""
    stmt = select(key.label("key"), distinct_residents()).select_from(Conversation).join(
        Resident, Resident.id == Conversation.resident_id)
    for target, on in joins:
        stmt = stmt.join(target, on)
    stmt = stmt.where(consultation_filter(period))
    if extra is not None:
        stmt = stmt.where(extra)
    return {str(k): int(n) for k, n in session.execute(stmt.group_by(key))}


def residents_total(session: Session, period: Period, extra=None) -> int:
    """Distinct residents with a consultation in the period (optionally only those matching *extra*)."""
    stmt = select(distinct_residents()).where(consultation_filter(period))
    if extra is not None:
        stmt = stmt.where(extra)
    return int(session.scalar(stmt) or 0)


def consultations_total(session: Session, period: Period) -> int:
    """Number of consultations (conversations) begun in the period."""
    return int(session.scalar(select(func.count(Conversation.id)).where(consultation_filter(period))) or 0)
