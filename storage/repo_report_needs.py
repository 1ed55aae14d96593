"""Report queries about needs the service could not meet and referrals: unmet needs, gaps in the directory,
places missing by area, answers to referrals (counts of distinct residents, never rows)."""

from sqlalchemy import (
    case,
    literal,
    select,
    true,
)
from sqlalchemy.orm import Session

from storage.models import Conversation, Referral, UnmetNeed
from storage.repo_reports import Period, consultation_filter, distinct_residents, json_elements, known_or_other


def by_unmet(session: Session, period: Period, codes: list[str]) -> dict[str, int]:
    """Residents per unmet need the dialog recorded in the conversation (data['unmet'])."""
    items = json_elements(session, Conversation.data, "unmet")
    key = known_or_other(items.c.value, codes)
    stmt = (select(key.label("key"), distinct_residents()).select_from(Conversation)
            .join(items, true()).where(consultation_filter(period)).group_by(key))
    return {str(k): int(n) for k, n in session.execute(stmt)}


def unmet_directory(session: Session, period: Period, reasons: list[str]) -> dict[str, int]:
    """Residents per place or resource the directory could not offer: 'place:<reason>' or 'resource'."""
    key = case((UnmetNeed.need == "resource", literal("resource")),
               else_=literal("place:") + known_or_other(UnmetNeed.reason, reasons))
    stmt = (select(key, distinct_residents()).select_from(UnmetNeed)
            .join(Conversation, Conversation.id == UnmetNeed.conversation_id)
            .where(consultation_filter(period)).group_by(key))
    return {str(k): int(n) for k, n in session.execute(stmt)}


def unmet_places_by_area(session: Session, period: Period, areas: list[str]) -> tuple[dict[str, int], int]:
    """Residents with no fitting place nearby, per area they searched in; and how many they are in all."""
    key = known_or_other(UnmetNeed.area, areas)
    base = (select(distinct_residents()).select_from(UnmetNeed).join(Conversation, Conversation.id == UnmetNeed.conversation_id)
            .where(consultation_filter(period), UnmetNeed.need == "place"))
    rows = session.execute(base.add_columns(key).group_by(key))
    return {str(k): int(n) for n, k in rows}, int(session.scalar(base) or 0)


def referral_answers(session: Session, period: Period, answers: list[str]) -> tuple[dict[str, int], int]:
    """Residents referred to an agency, per follow-up answer (or not asked yet / no answer); and in all."""
    key = case((Referral.outcome.is_not(None), known_or_other(Referral.outcome, answers)),
               (Referral.followup_sent_at.is_not(None), literal("no_answer")), else_=literal("not_asked"))
    base = (select(distinct_residents()).select_from(Referral).join(Conversation, Conversation.id == Referral.conversation_id)
            .where(consultation_filter(period)))
    rows = session.execute(base.add_columns(key).group_by(key))
    return {str(k): int(n) for n, k in rows}, int(session.scalar(base) or 0)
