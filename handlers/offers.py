"""What a resident is offered: the next open slots in their language, nearest to the day they asked for."""
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from handlers.slot_publishing import Closed, extend_patterns
from storage import repo_booking
from storage.models import Slot

OFFER_LEAD = timedelta(hours=2)  # the chat offers no slot that starts sooner than this
OFFER_COUNT = 5


def fits(slot: Slot, lang: str) -> bool:
    """True when a counselor of the slot speaks *lang* (or an interpreter comes)."""
    if slot.interpreter:
        return True
    spoken = set(slot.languages or [])
    base = "ja" if lang == "ja-easy" else lang
    return base in spoken or base.split("-")[0] in {code.split("-")[0] for code in spoken}


@dataclass
class Offer:
    """Slots to offer, and whether they speak the resident's language."""

    slots: list[Slot]
    in_language: bool
    on_day: bool = True  # False when the day asked for had no slot and these are the nearest


def offer(session: Session, lang: str, tz: str, now: datetime, around: datetime | None = None,
          limit: int = OFFER_COUNT, exclude: tuple[int, ...] = (), days: tuple[date, ...] = (),
          after: datetime | None = None, closed: Closed = None) -> Offer:
    """The next open slots for this resident (never past, full or cancelled, nor a weekly pattern's on a day the
    office is *closed*): on *days* if given (else the nearest to the first of them), or nearest to *around*; only
    those starting later than *after* when it is given."""
    extend_patterns(session, tz, now, closed)
    zone = ZoneInfo(tz)
    slots = [s for s in repo_booking.open_slots(session, now + OFFER_LEAD)
             if s.id not in exclude and (after is None or s.starts_at > after)
             and not (closed and s.pattern_id is not None and closed(s.starts_at.astimezone(zone).date()))]
    fitting = [s for s in slots if fits(s, lang)]
    in_language = bool(fitting) or not slots
    pool = fitting or slots
    zone = ZoneInfo(tz)
    if days:
        on_days = [s for s in pool if s.starts_at.astimezone(zone).date() in days]
        if on_days:
            return Offer(on_days[:limit], in_language)
        around = datetime.combine(days[0], time(9), zone)
    if around is None:
        return Offer(pool[:limit], in_language)
    wanted_day = around.astimezone(zone).date()
    same_day = [s for s in pool if s.starts_at.astimezone(zone).date() == wanted_day]
    if same_day:
        return Offer(sorted(same_day, key=lambda s: abs(s.starts_at - around))[:limit], in_language)
    nearest = sorted(pool, key=lambda s: abs(s.starts_at - around))[:limit]
    return Offer(sorted(nearest, key=lambda s: s.starts_at), in_language, on_day=False)


def why_not_bookable(session: Session, slot_id: int | None, now: datetime) -> str:
    """Why a slot cannot be booked now: 'passed' (its time has begun or gone by), 'full', or 'gone' (cancelled
    or unknown) — so the resident is told the true reason."""
    slot = repo_booking.slot_by_id(session, slot_id) if slot_id is not None else None
    if slot is None or slot.status != "open":
        return "gone"
    if slot.starts_at <= now:
        return "passed"
    return "full" if slot.booked >= slot.capacity else "gone"


def bookable(session: Session, slot_id: int, now: datetime) -> Slot | None:
    """The slot when it can still be booked (open, not full, not begun)."""
    slot = repo_booking.slot_by_id(session, slot_id)
    if slot is None or slot.status != "open" or slot.booked >= slot.capacity or slot.starts_at <= now:
        return None
    return slot


def offer_to(turn, **kwargs) -> Offer:
    """offer() for the resident of *turn*: their language, the office's time zone and closed days."""
    office = turn.services.office
    return offer(turn.session, turn.lang, office.tz, turn.now, closed=office.closed_on, **kwargs)
