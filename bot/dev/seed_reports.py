"""Demo history for /admin/reports: three months of made-up consultations (no real person, no words kept)."""
import random
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.admin.reports import default_period
from storage import repo, repo_places
from storage.models import Booking, Claim, Conversation, Message, Referral, Resident, Slot, UnmetNeed

PREFIX = "demo-report-"
RESIDENTS = 240
# (value, weight) tables the made-up residents are drawn from
TOPICS = [("money", 30), ("housing", 24), ("work", 22), ("health", 12), ("family", 8), ("isolation", 6)]
AREAS = [("north", 14), ("central", 30), ("south", 26), ("east", 12), ("west", 8), ("outside", 3), (None, 7)]
LANGS = [("ja", 70), ("vi", 10), ("pt-BR", 6), ("en", 5), ("zh-Hans", 5), ("tl", 3), ("ne", 1)]
CRISIS = [("no_food", 4), ("no_shelter", 3), ("suicide", 2), ("violence", 2), ("lifeline", 2)]
ANSWERS = [("helped", 10), ("not_helped", 3), ("not_gone", 4), (None, 3)]
GAPS = [("none_nearby", 5), ("none_fitting", 4), ("none_open", 3), ("outside_area", 1)]
CLOSINGS = [("resolved", 8), ("referred", 6), ("visit", 4), ("info_only", 6), ("no_response", 3)]


def _pick(rng: random.Random, table):
    values, weights = zip(*table)
    return rng.choices(values, weights)[0]


def _moment(rng: random.Random, day, zone: ZoneInfo) -> datetime:
    """Mostly office hours, many evenings, some nights and weekends."""
    hour = _pick(rng, [(9, 12), (10, 16), (11, 14), (12, 10), (13, 12), (14, 14), (15, 12), (16, 10), (18, 5),
                       (19, 6), (20, 7), (21, 7), (22, 6), (23, 4), (0, 2), (1, 1), (6, 1), (7, 2)])
    return datetime.combine(day, time(hour, rng.randrange(60)), zone)


def _slot(session, now: datetime) -> Slot:
    slot = Slot(starts_at=now + timedelta(days=400), ends_at=now + timedelta(days=400, hours=2),
                meeting_point="デモ用の枠（集計のための記録）", counselor="sato", languages=["ja"], capacity=500,
                status="cancelled", cancel_reason="demo history")
    session.add(slot)
    session.flush()
    return slot


def seed_reports(session, settings, now) -> str:
    """Made-up consultations over the last three months (once); admins and the demo editor can read them."""
    if repo.residents_with_prefix(session, PREFIX, limit=1):
        return "demo history already there; reports at /admin/reports/ (login: editor)"
    rng, zone = random.Random(20261122), ZoneInfo(settings.tz)
    today = now.astimezone(zone).date()
    first, _last = default_period(today)  # the page's default period shows all of them
    slot = _slot(session, now)
    resource = next(iter(repo_places.all_resources(session)), None)
    for n in range(RESIDENTS):
        day = first + timedelta(days=rng.randrange((today - first).days + 1))
        start = min(_moment(rng, day, zone), now - timedelta(hours=1))
        lang = _pick(rng, LANGS)
        resident = Resident(channel="kiosk" if rng.random() < 0.12 else "line", external_id=f"{PREFIX}{n:04d}",
                            lang=lang, created_at=start, last_seen_at=start)
        session.add(resident)
        session.flush()
        topics = sorted({_pick(rng, TOPICS) for _ in range(rng.choice((1, 1, 2, 2, 3)))})
        crisis = [_pick(rng, CRISIS)] if rng.random() < 0.09 else []
        data = {"summary": {"area": _pick(rng, AREAS), "lang": lang}}
        searched = rng.random() < 0.3
        if searched:
            data["places_requested"] = True
        if lang not in ("ja", "ja-easy") and rng.random() < 0.5:
            data["unmet"] = ["visit_language"]
        elif rng.random() < 0.05:
            data["unmet"] = ["visit_none"]
        handed = bool(crisis) or rng.random() < 0.45
        closing = _pick(rng, CLOSINGS) if handed and rng.random() < 0.8 else None
        conv = Conversation(resident_id=resident.id, state="outcome", topics=topics, crisis=crisis, data=data,
                            status="closed" if closing else "bot", outcome=closing, urgency=3 if crisis else 1,
                            created_at=start, last_activity_at=start, closed_at=start if closing else None)
        session.add(conv)
        session.flush()
        session.add(Message(conversation_id=conv.id, sender="resident", text="（デモ）", created_at=start))
        if searched and rng.random() < 0.45:  # no fitting place: more often in the outer areas
            area = rng.choice(["north", "east", "west", "north", data["summary"]["area"]])
            session.add(UnmetNeed(resident_id=resident.id, conversation_id=conv.id, need="place", reason=_pick(rng, GAPS),
                                  area=area, lang=lang, created_at=start))
        if resource is not None and rng.random() < 0.3:
            asked = start + timedelta(days=14) < now
            session.add(Referral(resident_id=resident.id, conversation_id=conv.id, resource_id=resource.id,
                                 consent="self", consent_version="demo", lang=lang, topics=topics, created_at=start,
                                 followup_due_at=start + timedelta(days=14),
                                 followup_sent_at=start + timedelta(days=14) if asked else None,
                                 outcome=_pick(rng, ANSWERS) if asked else None))
        elif rng.random() < 0.04:
            session.add(UnmetNeed(resident_id=resident.id, conversation_id=conv.id, need="resource",
                                  reason="none_fitting", topics=topics, lang=lang, created_at=start))
        if rng.random() < 0.3:
            session.add(Message(conversation_id=conv.id, sender="resident", text="（デモ）",
                                created_at=start + timedelta(hours=rng.choice((3, 9, 13, 30)))))
        if handed:
            waited = int(rng.expovariate(1 / 900)) + 30
            claimed = start + timedelta(seconds=waited)
            session.add(Claim(conversation_id=conv.id, staff_name="sato", waited_seconds=waited, claimed_at=claimed))
            if rng.random() < 0.93:
                session.add(Message(conversation_id=conv.id, sender="counselor", text="（デモ）", author="sato",
                                    created_at=claimed + timedelta(seconds=rng.randrange(20, 240))))
            if rng.random() < 0.3:
                session.add(Booking(slot_id=slot.id, resident_id=resident.id, conversation_id=conv.id, lang=lang,
                                    status="cancelled", cancelled_by="staff", cancel_reason="demo history",
                                    created_at=claimed, cancelled_at=claimed))
    return f"{RESIDENTS} made-up consultations; reports at /admin/reports/ (login: editor)"
