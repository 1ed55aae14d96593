"""Report queries about who consulted and about what: topics, months, areas, languages, channels, crisis
signals, outcomes and how consultations closed (GROUP BY counts of distinct residents, never rows)."""

from sqlalchemy import (
    exists,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session

from storage.models import Booking, Claim, Conversation, Message, Referral, Resident
from storage.repo_reports import (
    CALENDAR,
    Period,
    consultation_filter,
    distinct_residents,
    grouped,
    in_piece,
    json_elements,
    known_or_other,
    residents_total,
)


def by_topic(session: Session, period: Period, topics: list[str]) -> dict[str, int]:
    """Residents per consultation topic ('none' when triage found none); one resident may count in several."""
    items = json_elements(session, Conversation.topics)
    key = known_or_other(items.c.value, topics)
    stmt = (select(key.label("key"), distinct_residents()).select_from(Conversation)
            .outerjoin(items, true()).where(consultation_filter(period)).group_by(key))
    return {str(k): int(n) for k, n in session.execute(stmt)}


def by_month(session: Session, period: Period) -> dict[str, int]:
    """Residents per local month in which a consultation began."""
    return grouped(session, CALENDAR.c.month, period, (CALENDAR, in_piece(session, Conversation.created_at)))


def by_area(session: Session, period: Period, areas: list[str]) -> dict[str, int]:
    """Residents per area answered in the intake (or chosen for places nearby)."""
    area = func.coalesce(Conversation.data[("summary", "area")].as_string(), Conversation.data["area"].as_string())
    return grouped(session, known_or_other(area, areas), period)


def by_language(session: Session, period: Period, codes: list[str]) -> dict[str, int]:
    """Residents per language they use with the bot."""
    return grouped(session, known_or_other(func.coalesce(Resident.lang, "ja"), codes), period)


def by_channel(session: Session, period: Period, channels: list[str]) -> dict[str, int]:
    """Residents per channel (LINE, kiosk, …)."""
    return grouped(session, known_or_other(Resident.channel, channels), period)


def by_crisis(session: Session, period: Period, signals: list[str]) -> dict[str, int]:
    """Residents per crisis signal detected in their words."""
    items = json_elements(session, Conversation.crisis)
    key = known_or_other(items.c.value, signals)
    stmt = (select(key.label("key"), distinct_residents()).select_from(Conversation)
            .join(items, true()).where(consultation_filter(period)).group_by(key))
    return {str(k): int(n) for k, n in session.execute(stmt)}


def crisis_residents(session: Session, period: Period) -> int:
    """Distinct residents with at least one crisis signal in a consultation of the period."""
    items = json_elements(session, Conversation.crisis)
    stmt = (select(distinct_residents()).select_from(Conversation).join(items, true())
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
    return grouped(session, known_or_other(Conversation.outcome, codes), period, extra=Conversation.status == "closed")
