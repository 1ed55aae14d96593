"""A known history built straight in the database, so every report figure has an exact expected value."""
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from storage.models import Booking, Claim, Conversation, Message, Referral, Resident, Resource, Slot, UnmetNeed

JST = ZoneInfo("Asia/Tokyo")
FIRST, LAST = "2026-10-01", "2026-11-30"
SECRET_WORDS = "山田花子です。電話は090-1234-5678"  # free text that must never reach a report


def at(text: str) -> datetime:
    """A local (JST) time like '2026-10-05 10:00' as an aware datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=JST)


class History:
    """Adds residents with one consultation each; remembers nothing else."""

    def __init__(self, session):
        self.session, self.n = session, 0
        self.slot = None

    def consult(self, when: str, *, channel="line", lang="ja", topics=(), area=None, crisis=(), said=True,
                handoff_waited=None, reply_after=60, visit=False, places=False, unmet=(), closed=None,
                referral=None, directory_gap=None, words: str = SECRET_WORDS) -> Conversation:
        """One resident, one consultation begun at *when* (JST), with whatever happened in it."""
        self.n += 1
        start = at(when)
        resident = Resident(channel=channel, external_id=f"U{self.n:04d}", lang=lang, created_at=start,
                            last_seen_at=start)
        self.session.add(resident)
        self.session.flush()
        data = {"summary": {"area": area, "lang": lang, "words": [words]}} if area else {"words": [words]}
        if places:
            data["places_requested"] = True
        if unmet:
            data["unmet"] = list(unmet)
        conv = Conversation(resident_id=resident.id, state="outcome", topics=list(topics), crisis=list(crisis),
                            data=data, status="closed" if closed else "bot", outcome=closed, created_at=start,
                            last_activity_at=start)
        self.session.add(conv)
        self.session.flush()
        if said:
            self.session.add(Message(conversation_id=conv.id, sender="resident", text=words, created_at=start))
        self.session.add(Message(conversation_id=conv.id, sender="bot", text="ようこそ", created_at=start))
        if handoff_waited is not None:
            claimed = start + timedelta(seconds=handoff_waited)
            self.session.add(Claim(conversation_id=conv.id, staff_name="sato", waited_seconds=handoff_waited,
                                   claimed_at=claimed))
            if reply_after is not None:
                self.session.add(Message(conversation_id=conv.id, sender="counselor", text="担当の佐藤です",
                                         author="sato", created_at=claimed + timedelta(seconds=reply_after)))
            if not closed:
                conv.status, conv.assigned_to, conv.waiting_since = "active", "sato", start
        if referral is not None:  # "helped" / "not_helped" / "not_gone", "asked" (no answer) or "later"
            asked = referral not in ("later",)
            self.session.add(Referral(
                resident_id=resident.id, conversation_id=conv.id, resource_id=self._resource().id, consent="self",
                consent_version="v1", consent_text=words, lang=lang, created_at=start,
                followup_due_at=start + timedelta(days=14), followup_sent_at=start + timedelta(days=14) if asked else None,
                outcome=referral if referral in ("helped", "not_helped", "not_gone") else None))
        if directory_gap is not None:  # ("place", reason, area) or ("resource", "none_fitting", None)
            need, reason, gap_area = directory_gap
            self.session.add(UnmetNeed(resident_id=resident.id, conversation_id=conv.id, need=need, reason=reason,
                                       area=gap_area, lang=lang, created_at=start))
        if visit:
            self.session.add(Booking(slot_id=self._slot().id, resident_id=resident.id, conversation_id=conv.id,
                                     lang=lang, destination_text=words, created_at=start))
        self.session.flush()
        return conv

    def _resource(self) -> Resource:
        if getattr(self, "resource", None) is None:
            self.resource = Resource(key="houterasu", agency="法テラス", topics=["money"])
            self.session.add(self.resource)
            self.session.flush()
        return self.resource

    def _slot(self) -> Slot:
        if self.slot is None:
            self.slot = Slot(starts_at=at("2026-12-01 10:00"), ends_at=at("2026-12-01 12:00"), meeting_point="窓口",
                             counselor="sato", languages=["ja"], capacity=50)
            self.session.add(self.slot)
            self.session.flush()
        return self.slot


def build_known_history(session) -> None:
    """22 residents in the period (Oct–Nov 2026) and 3 outside it; the counts are listed in test_reports_figures."""
    h = History(session)
    waits = [60, 120, 300, 600, 900, 1200]
    for i in range(12):  # Monday 5 Oct 2026, 10:00 — office open
        h.consult("2026-10-05 10:00", topics=["housing", "money"], area="north",
                  handoff_waited=waits[i] if i < 6 else None, visit=i < 5,
                  closed="resolved" if 6 <= i < 11 else ("referred" if i == 11 else None),
                  referral="helped" if i < 8 else ("not_helped" if i < 10 else None))
    h.session.flush()
    for _ in range(6):  # Tuesday 3 Nov 2026, 11:00 — Culture Day, a public holiday: closed
        h.consult("2026-11-03 11:00", lang="vi", topics=["work"], area="south", places=True,
                  unmet=["visit_language"], referral="later", directory_gap=("place", "none_nearby", "south"))
    for _ in range(3):  # Tuesday 10 Nov 2026, 22:00 at the kiosk — closed
        h.consult("2026-11-10 22:00", channel="kiosk", topics=["housing"], area="central", crisis=["no_shelter"],
                  directory_gap=("place", "outside_area", None))
    h.consult("2026-10-20 14:00", lang="en", topics=["health"], closed="referred",  # no area given
              directory_gap=("resource", "none_fitting", None))
    # outside the period, or never said anything: not counted
    h.consult("2026-09-30 23:59", topics=["money"], area="north")
    h.consult("2026-12-01 00:00", topics=["money"], area="north")
    h.consult("2026-10-06 10:00", said=False)


@pytest.fixture
def known_history(runtime):
    """The known history in the test database."""
    with runtime.db.session() as session:
        build_known_history(session)
    return runtime
