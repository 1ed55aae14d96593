"""The reception kiosk as a channel: visits, their actions through the shared engine path, replies from the outbox.

A visit is a resident on channel "kiosk" with a random external id; the page holds the visit's random token in
memory only. Replies are stored in the outbox (channel "kiosk") and marked delivered when the page takes them.
"""
import hashlib
import logging
import secrets
from dataclasses import dataclass, field
from datetime import timedelta
from zoneinfo import ZoneInfo

from bot.app.outbox import handle_inbound
from bot.app.turn_runner import begin as begin_turn
from bot.app.turn_runner import finish as end_turn
from dialogs.engine import open_conversation
from handlers import languages
from handlers.inbound import Inbound
from handlers.replies import from_dict, to_dict
from handlers.waiting import start_waiting
from storage import clock, repo, repo_kiosk, repo_outbox
from storage.models import Conversation, KioskVisit, OutboxMessage

log = logging.getLogger(__name__)
CHANNEL = "kiosk"
MAX_TEXT = 1000
MAX_DATA = 300
GRACE = timedelta(seconds=10)  # a page's last request may arrive a little after its wipe timer
SHOWN_KINDS = ("postback",)  # no location sharing, date pickers or links on the shared tablet


class VisitGone(Exception):
    """The visit token is unknown, ended or expired: the page must wipe itself."""


@dataclass
class Outcome:
    """What the kiosk page shows after an action."""

    messages: list[dict] = field(default_factory=list)
    lang: str = languages.SOURCE
    ended: dict | None = None
    token: str | None = None

    def as_json(self) -> dict:
        """The JSON the page receives."""
        out = {"messages": self.messages, "lang": self.lang, "ended": self.ended}
        if self.token:
            out["token"] = self.token
        return out


def digest(secret: str) -> str:
    """SHA-256 of a random token (long random strings: a fast hash is enough)."""
    return hashlib.sha256(secret.encode()).hexdigest()


def render(payloads: list[dict]) -> list[dict]:
    """Outbox payloads → what the kiosk page draws: text, big buttons (postbacks only), cards."""
    out = []
    for data in payloads:
        reply = from_dict(data)
        item = {"text": getattr(reply, "text", None) or getattr(reply, "alt_text", ""), "options": [], "cards": []}
        for option in getattr(reply, "options", []) or []:
            if option.kind in SHOWN_KINDS:
                item["options"].append({"label": option.label, "data": option.data})
        for card in getattr(reply, "cards", []) or []:
            item["cards"].append({"title": card.title, "lines": list(card.lines),
                                  "options": [{"label": a.label, "data": a.data} for a in card.actions
                                              if a.kind in SHOWN_KINDS]})
        if item["cards"]:
            item["text"] = ""
        out.append(item)
    return out


def wipe_visit(session, visit, reason: str, now) -> None:
    """The visit is over without going to the counter: token dead, conversation closed, nothing left to show."""
    visit.status, visit.token_hash, visit.ended_at, visit.end_reason = "wiped", None, now, reason
    resident = repo.resident_by_id(session, visit.resident_id)
    resident.following = False
    conv = repo.open_conversation(session, visit.resident_id)
    if conv is not None and conv.status == "bot":
        conv.status, conv.outcome, conv.closed_at = "closed", "no_response", now
        repo.add_message(session, conv.id, "system", "受付キオスクの画面が消去されました（操作なし）", now)
    repo_kiosk.drop_outbox(session, visit.resident_id, now)


class Kiosk:
    """Kiosk visits on the runtime's database, engine and catalog."""

    def __init__(self, rt):
        self.rt = rt

    @property
    def lifetime(self) -> timedelta:
        """How long an untouched visit lives: the idle time, the warning, a little grace."""
        s = self.rt.settings
        return timedelta(seconds=s.kiosk_idle_seconds + s.kiosk_warning_seconds) + GRACE

    # --- a visit begins ------------------------------------------------------------------------
    def start(self, device_id: int, lang: str) -> Outcome:
        """A new visitor chose a language: a fresh resident and conversation, the welcome and the first question."""
        if lang not in languages.codes():
            raise ValueError(f"unknown language {lang!r}")
        now = clock.now()
        token = secrets.token_urlsafe(32)
        effects = []
        with self.rt.db.session() as session:
            for old in repo_kiosk.open_visits(session, device_id):
                self._wipe(session, old, "replaced", now)
            external = "k" + secrets.token_hex(16)
            repo.ensure_resident(session, CHANNEL, external, now)
            resident = repo.lock_resident(session, CHANNEL, external)
            resident.lang, resident.lang_source = lang, "chosen"
            visit = KioskVisit(device_id=device_id, token_hash=digest(token), resident_id=resident.id,
                                          status="active", started_at=now, last_activity_at=now)
            session.add(visit)
            live = self.rt.live  # one dialog version for the whole turn
            conv = open_conversation(session, resident, live.engine.script, now)
            turn = begin_turn(live, session, resident, conv, Inbound(kind="follow"), now)
            turn.data["greeted"] = True
            turn.data["kiosk"] = {"device_id": device_id}
            turn.say("kiosk.welcome")
            live.engine.prompt(turn)
            end_turn(session, turn, None, now)
            repo.add_message(session, conv.id, "system", "受付キオスクで相談を始めました", now)
            self._queue(session, resident, turn.replies, now)
            outcome = self._outcome(session, visit, resident, now)
            effects += turn.effects
        self._after_commit(effects)
        outcome.token = token
        return outcome

    # --- what the visitor does -----------------------------------------------------------------
    def act(self, device_id: int, token: str, kind: str, data: str = "", text: str = "") -> Outcome:
        """A tap (postback) or typed words, through the same engine path as LINE."""
        if kind == "text":
            text = (text or "").strip()
            if not text:
                raise ValueError("the text is empty")
            inbound = Inbound(kind="text", text=text[:MAX_TEXT])
        elif kind == "postback":
            if not data or len(data) > MAX_DATA:
                raise ValueError("a button press needs its data")
            inbound = Inbound(kind="postback", data=data)
        else:
            raise ValueError(f"unknown kind {kind!r}; use text or postback")
        now = clock.now()
        self._expire(device_id, token, now)
        with self.rt.db.session() as session:
            visit, resident = self._live(session, device_id, token, now)
            replies, effects = handle_inbound(self.rt, session, resident, inbound, now)
            visit.last_activity_at = now
            self._queue(session, resident, replies, now)
            conv = repo.open_conversation(session, resident.id)
            if conv is not None and conv.status in ("waiting", "active"):
                reason = "crisis" if conv.crisis else "handoff"
                self._to_counter(session, visit, resident, conv, reason, now)
            outcome = self._outcome(session, visit, resident, now)
        self._after_commit(effects)
        return outcome

    def finish(self, device_id: int, token: str) -> Outcome:
        """The visitor is done: into the counselors' queue with a reception number."""
        now = clock.now()
        self._expire(device_id, token, now)
        effects = []
        with self.rt.db.session() as session:
            visit, resident = self._live(session, device_id, token, now)
            live = self.rt.live
            conv = open_conversation(session, resident, live.engine.script, now)
            turn = begin_turn(live, session, resident, conv, Inbound(kind="postback"), now)
            start_waiting(turn)
            end_turn(session, turn, None, now)
            effects += turn.effects
            self._to_counter(session, visit, resident, conv, "finish", now)
            outcome = self._outcome(session, visit, resident, now)
        self._after_commit(effects)
        return outcome

    def poll(self, device_id: int, token: str) -> Outcome:
        """Replies that arrived since the page last asked (a counselor's message); not counted as activity."""
        now = clock.now()
        self._expire(device_id, token, now)
        with self.rt.db.session() as session:
            visit, resident = self._live(session, device_id, token, now, touch=False)
            return self._outcome(session, visit, resident, now)

    def wipe(self, device_id: int, token: str, reason: str = "idle") -> bool:
        """End the visit now (the page's inactivity timer, or a new visitor): the token is dead afterwards."""
        now = clock.now()
        with self.rt.db.session() as session:
            visit = repo_kiosk.visit_by_token(session, digest(token or ""), device_id)
            if visit is None:
                return False
            self._wipe(session, visit, reason, now)
            return True

    def sweep_abandoned(self, now) -> int:
        """Wipe every visit left untouched longer than a visit lives (its page is gone); return how many."""
        with self.rt.db.session() as session:
            visits = repo_kiosk.abandoned_visits(session, now - self.lifetime)
            for visit in visits:
                self._wipe(session, visit, "abandoned", now)
        if visits:
            log.info("wiped %d kiosk visit(s) whose page was gone", len(visits))
        return len(visits)

    # --- inside ---------------------------------------------------------------------------------
    def _live(self, session, device_id: int, token: str, now, touch: bool = True):
        """The live visit and its (locked) resident (call _expire first, outside the transaction)."""
        visit = repo_kiosk.visit_by_token(session, digest(token or ""), device_id)
        if visit is None:
            raise VisitGone("this visit has ended")
        resident = repo.resident_by_id(session, visit.resident_id)
        repo.lock_resident(session, CHANNEL, resident.external_id)
        if touch:
            visit.last_activity_at = now
        return visit, resident

    def _expire(self, device_id: int, token: str, now) -> None:
        """Wipe the visit when it was left untouched too long, and say so."""
        with self.rt.db.session() as session:
            visit = repo_kiosk.visit_by_token(session, digest(token or ""), device_id)
            if visit is None or now - visit.last_activity_at <= self.lifetime:
                return
            self._wipe(session, visit, "idle", now)
        raise VisitGone("this visit was left idle and has been wiped")

    def _queue(self, session, resident, replies, now) -> None:
        if replies:
            repo_outbox.queue_outbox(session, OutboxMessage(
                resident_id=resident.id, recipient=resident.external_id, channel=CHANNEL, reply_token=None,
                retry_key=secrets.token_hex(18), payload=[to_dict(r) for r in replies], created_at=now,
                next_attempt_at=now, status="pending", attempts=0))

    def _outcome(self, session, visit, resident, now) -> Outcome:
        rows = repo_kiosk.take_outbox(session, resident.id, now)
        messages = render([p for row in rows for p in row.payload])
        ended = None
        if visit.status == "counter":
            conv = repo.open_conversation(session, resident.id)
            ended = {"number": visit.reception_no, "reason": visit.end_reason,
                     "topics": self._topic_labels(conv, resident.lang), "crisis": bool(conv and conv.crisis)}
            if visit.end_reason != "crisis":
                messages = []  # the handoff step's chat wording does not fit the counter; the end screen says it
        return Outcome(messages=messages, lang=resident.lang or languages.SOURCE, ended=ended)

    def _topic_labels(self, conv: Conversation | None, lang: str | None) -> list[str]:
        if conv is None:
            return []
        topics = sorted(set(conv.topics or []) | set((conv.data or {}).get("topics") or []))
        return [self.rt.catalog.text(lang or languages.SOURCE, "topic." + t) for t in topics
                if self.rt.catalog.has("topic." + t)]

    def _to_counter(self, session, visit, resident, conv: Conversation, reason: str, now) -> None:
        """End the visit at the counter: a reception number for today, the token dies, the queue shows it."""
        day = now.astimezone(ZoneInfo(self.rt.settings.tz)).date().isoformat()
        number = repo_kiosk.next_reception_number(session, day)
        visit.status, visit.day, visit.reception_no = "counter", day, number
        visit.token_hash, visit.ended_at, visit.end_reason = None, now, reason
        resident.following = False  # nothing can reach this visitor once they leave the tablet
        data = dict(conv.data or {})
        data["kiosk"] = dict(data.get("kiosk") or {}, number=number, day=day, at_counter=True, reason=reason)
        conv.data = data
        label = "窓口で緊急" if reason == "crisis" else "窓口でお待ちです"
        repo.add_message(session, conv.id, "system", f"受付番号 {number} — {label}（受付キオスク）", now)
        log.info("kiosk visit %s at the counter as number %s (%s)", visit.id, number, reason)

    def _wipe(self, session, visit, reason: str, now) -> None:
        wipe_visit(session, visit, reason, now)

    def _after_commit(self, effects) -> None:
        for effect in effects:
            try:
                effect()
            except Exception:  # noqa: BLE001 - a failed notification never undoes the visit
                log.exception("after-commit effect of a kiosk visit failed")
