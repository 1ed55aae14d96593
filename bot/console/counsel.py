"""The counselors' work, shared by the console and the API: queue, read, claim, reply, note, transfer, release."""
from dataclasses import dataclass

from bot.app import turn_runner
from bot.app.outbox import queue_replies
from bot.console.crisis_truth import reply_to_sign
from bot.console.read_audit import BulkReader
from bot.console.rows import conversation_row, iso, message_row
from bot.line.limits import TEXT_UNITS, utf16_units
from bot.staff.accounts import StaffUser
from handlers import canned, languages
from handlers.problems import Problem
from handlers.replies import Text
from handlers.waiting import UNCLAIMED_JOB
from storage import clock, repo, repo_console, repo_jobs
from storage.models import Conversation

MAX_TEXT = TEXT_UNITS  # LINE's limit for one text message, in UTF-16 units
MAX_NOTE = 5000  # characters of one note (after line breaks are made one character each)
OUTCOMES = {  # close codes and how the console names them
    "resolved": "解決・見通しが立った",
    "referred": "他の機関につないだ",
    "visit": "来所・同行の予定を決めた",
    "info_only": "情報提供のみ",
    "no_response": "応答がなくなった",
    "other": "その他",
}


class CounselError(Exception):
    """A counselor action was refused: *status* is the fitting HTTP status, *problem* says why (in English as
    ``message`` for the API; ``problem.said()`` in Japanese for the console)."""

    def __init__(self, status: int, problem: Problem, holder: str | None = None, too_long_by: int = 0):
        super().__init__(problem)
        self.status, self.problem, self.message = status, problem, str(problem)
        self.holder, self.too_long_by = holder, too_long_by


def one_line_break(text: str | None) -> str:
    """*text* with every line break as one LF: a browser submits CRLF (two characters) for what it counted as one."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n")


def latin_name(who: StaffUser) -> str:
    """How a counselor is named in a language not written with kanji: their display name when it is in Latin
    letters, otherwise their sign-in name (chosen in Latin letters), capitalised — 「佐藤」 (sato) → "Sato"."""
    if who.display_name and who.display_name.isascii():
        return who.display_name
    return who.name[:1].upper() + who.name[1:]


@dataclass
class Counsel:
    """Service functions over the runtime's database, catalog and sender."""

    rt: object  # bot.runtime.Runtime

    # --- reading --------------------------------------------------------------------------
    def queue(self, statuses=("waiting", "active"), reader: "BulkReader | None" = None) -> list[dict]:
        """Open conversations, most urgent first, then the longest waiting. With *reader*, what was read is
        written to the audit log (once per change of what the reader sees, so polling adds no line)."""
        with self.rt.db.session() as session:
            rows = repo_console.queue_with_residents(session, statuses)  # one query, however long the queue
            latest = repo_console.last_resident_texts(session, [conv.id for conv, _ in rows])
            claims = repo_console.last_claims(session, [conv.id for conv, _ in rows if conv.status == "active"])
            out = []
            names = {s.name: s.display_name or s.name for s in repo_console.staff_list(session)}
            for conv, resident in rows:
                row = conversation_row(conv, resident)
                row["last_message"] = latest.get(conv.id)
                taken = claims.get(conv.id)  # the waiting clock stops at the claim; this one counts the handling
                row["claimed_at"] = iso(taken) if taken and (not conv.waiting_since or taken >= conv.waiting_since) \
                    else None
                row["assigned_name"] = names.get(conv.assigned_to or "", conv.assigned_to)
                out.append(row)
            if reader is not None:
                reader.audit(session, out)
            return out

    @staticmethod
    def _name(session, login: str | None) -> str:
        """A colleague as staff know them (the display name), for messages staff read (inside *session*)."""
        found = next((s for s in repo_console.staff_list(session) if s.name == login), None)
        return (found.display_name if found else None) or login or ""

    def detail(self, who: StaffUser, conversation_id: int, via: str = "console", ip: str | None = None) -> dict:
        """The whole conversation (history, notes); the read is written to the audit log."""
        self._may_read(who)
        with self.rt.db.session() as session:
            conv = self._get(session, conversation_id)
            resident = repo.resident_by_id(session, conv.resident_id)
            out = conversation_row(conv, resident)
            out["messages"] = [message_row(m) for m in repo.history(session, conv.id)]
            out["undelivered"] = repo_console.undelivered_messages(session, conv.id)
            out["notes"] = [{"id": n.id, "author": n.author, "text": n.text, "at": iso(n.created_at)}
                            for n in repo_console.notes(session, conv.id)]
            out["resident"] = {"id": resident.id, "channel": resident.channel, "following": resident.following,
                               "since": iso(resident.created_at)}
            last_sign = ((conv.data or {}).get("crisis_log") or [None])[-1]  # the banner of a sign in the bot's hands
            out["crisis_reply"] = self._crisis_reply(out, out["messages"], last_sign)
            repo_console.audit(session, who.name, "read", clock.now(), conv.id, via=via, ip=ip)
            return out

    def updates(self, who: StaffUser, conversation_id: int, after: int, ip: str | None = None) -> dict:
        """New history lines since *after* plus the current status (audited when there is something new)."""
        self._may_read(who)
        with self.rt.db.session() as session:
            conv = self._get(session, conversation_id)
            resident = repo.resident_by_id(session, conv.resident_id)
            msgs = repo_console.messages_after(session, conv.id, after)
            if msgs:
                repo_console.audit(session, who.name, "read", clock.now(), conv.id, detail="new messages", ip=ip)
            out = conversation_row(conv, resident)
            out["messages"] = [message_row(m) for m in msgs]
            out["undelivered"] = repo_console.undelivered_messages(session, conv.id)
            if out["crisis_alert"]:
                out["crisis_reply"] = self._crisis_reply(out, [message_row(m) for m in repo.history(session, conv.id)])
            return out

    def _crisis_reply(self, row: dict, messages: list[dict], last_sign: dict | None = None) -> str | None:
        """What the bot sent for the sign of the crisis alert (shown or acknowledged), else for the last sign,
        read from the history."""
        numbers = [h.number for h in self.rt.bundle.hotlines.lines]
        sign = row["crisis_alert"] or row["crisis_seen"] or last_sign
        return reply_to_sign(messages, sign, numbers, self.rt.settings.tz)

    def canned(self, lang: str, who: StaffUser) -> list[dict]:
        """The canned replies in the resident's language with their Japanese meaning."""
        return canned.render(self.rt.catalog.text, self.rt.bundle.canned, lang, who.display_name, latin_name(who))

    # --- acting ---------------------------------------------------------------------------
    def claim(self, who: StaffUser, conversation_id: int, via: str = "console") -> dict:
        """Take the conversation; exactly one of several simultaneous claimers wins, the others learn who."""
        self._may_read(who)
        now = clock.now()
        with self.rt.db.session() as session:
            conv = self._get(session, conversation_id)
            was_waiting, since = conv.status == "waiting", conv.waiting_since
            if conv.status == "closed":
                raise CounselError(409, Problem("counsel.closed"))
            if not repo_console.claim(session, conversation_id, who.name, now):
                session.expire(conv)
                holder = repo.conversation_by_id(session, conversation_id).assigned_to
                raise CounselError(409, Problem("counsel.already_handled", holder=self._name(session, holder)),
                                   holder=holder)
            if was_waiting and since:
                repo_console.record_claim(session, conversation_id, who.name, now - since, now)
            repo_jobs.cancel_jobs(session, f"{UNCLAIMED_JOB}:{conversation_id}:")
            repo_console.audit(session, who.name, "claim", now, conversation_id, via=via)
            session.expire(conv)
            return conversation_row(repo.conversation_by_id(session, conversation_id))

    def send(self, who: StaffUser, conversation_id: int, text: str, via: str = "console") -> dict:
        """Deliver the counselor's text to the resident (LINE push with X-Line-Retry-Key, retried until sent)."""
        text = one_line_break(text).strip()
        if not text:
            raise CounselError(400, Problem("counsel.empty_text"))
        units = utf16_units(text)
        if units > MAX_TEXT:
            raise CounselError(400, Problem("counsel.too_long", limit=MAX_TEXT, units=units, over=units - MAX_TEXT),
                               too_long_by=units - MAX_TEXT)
        now = clock.now()
        with self.rt.db.session() as session:
            conv, resident = self._held(session, who, conversation_id)
            if resident.channel == "kiosk":
                raise CounselError(409, Problem("counsel.kiosk_visitor"))
            if not resident.following:
                raise CounselError(409, Problem("counsel.blocked"))
            sender = self.rt.catalog.text(resident.lang or "ja", "counsel.sender", name=who.display_name)
            ran = turn_runner.counselor_turn(session, conv, text, now, who.name, sender)
            msg = ran.message
            outbox = queue_replies(session, resident, ran.replies, None, now)
            session.flush()
            msg.payload = {"outbox_id": outbox[0].id}  # so a delivery LINE refuses is shown, not hidden
            repo_console.audit(session, who.name, "reply", now, conv.id, via=via)
            row = message_row(msg)
        self.rt.sender.send_claimed(outbox)
        return row

    def note(self, who: StaffUser, conversation_id: int, text: str, via: str = "console") -> dict:
        """Add a note for colleagues; never sent to the resident."""
        text = one_line_break(text).strip()
        if not text:
            raise CounselError(400, Problem("counsel.empty_note"))
        if len(text) > MAX_NOTE:  # refused, never cut short without a word
            raise CounselError(400, Problem("counsel.note_too_long", limit=MAX_NOTE, over=len(text) - MAX_NOTE))
        self._may_read(who)
        now = clock.now()
        with self.rt.db.session() as session:
            conv = self._get(session, conversation_id)
            note = repo_console.add_note(session, conv.id, who.name, text, now)
            repo_console.audit(session, who.name, "note", now, conv.id, via=via)
            return {"id": note.id, "author": note.author, "text": note.text, "at": iso(note.created_at)}

    def transfer(self, who: StaffUser, conversation_id: int, to: str, via: str = "console") -> dict:
        """Hand the conversation to another counselor."""
        now = clock.now()
        with self.rt.db.session() as session:
            conv, _resident = self._held(session, who, conversation_id, admin_may=True)
            target = repo_console.staff_by_name(session, to or "")
            if target is None or not target.active or target.role not in ("counselor", "admin"):
                raise CounselError(400, Problem("counsel.not_a_counselor", to=to))
            if target.name == conv.assigned_to:
                raise CounselError(400, Problem("counsel.already_has", to=self._name(session, to)))
            previous, conv.assigned_to = conv.assigned_to, target.name
            repo.add_message(session, conv.id, "system", f"{self._name(session, previous)} → {target.display_name or target.name} に引き継ぎ", now, author=who.name)
            repo_console.audit(session, who.name, "transfer", now, conv.id, via=via, detail=f"to {target.name}")
            return conversation_row(conv)

    def acknowledge(self, who: StaffUser, conversation_id: int) -> None:
        """The counselor has seen the crisis alert raised while they held the conversation."""
        now = clock.now()
        with self.rt.db.session() as session:
            conv, _resident = self._held(session, who, conversation_id, admin_may=True)
            data = dict(conv.data or {})
            if data.get("crisis_alert"):
                data["crisis_alert"] = dict(data["crisis_alert"], acknowledged=True, by=who.name)
                conv.data = data
            repo_console.audit(session, who.name, "crisis_seen", now, conv.id)

    def release(self, who: StaffUser, conversation_id: int, to: str, outcome: str | None = None,
                via: str = "console") -> dict:
        """Hand the conversation back to the bot, or close it with an outcome code; the resident is told."""
        if to not in ("bot", "closed"):
            raise CounselError(400, Problem("counsel.bad_release_to"))
        if to == "closed" and outcome is not None and (not isinstance(outcome, str) or outcome not in OUTCOMES):
            raise CounselError(400, Problem("counsel.unknown_outcome", outcome=outcome, choices=", ".join(OUTCOMES)))
        now = clock.now()
        with self.rt.db.session() as session:
            conv, resident = self._held(session, who, conversation_id, admin_may=True)
            lang = resident.lang or languages.SOURCE
            if to == "bot":
                conv.status, conv.assigned_to, conv.waiting_since = "bot", None, None
                conv.state = self.rt.engine.script.initial
                text, note = self.rt.catalog.text(lang, "counsel.handed_back"), "ボットに戻しました"
            else:
                conv.status, conv.outcome, conv.closed_at = "closed", outcome or "other", now
                text, note = self.rt.catalog.text(lang, "counsel.closed"), f"終了（{OUTCOMES[outcome or 'other']}）"
            repo_jobs.cancel_jobs(session, f"{UNCLAIMED_JOB}:{conv.id}:")
            repo.add_message(session, conv.id, "system", note, now, author=who.name)
            outbox = []
            if resident.following:
                repo.add_message(session, conv.id, "bot", text, now)
                outbox = queue_replies(session, resident, [Text(text)], None, now)
            conv.last_activity_at = now
            repo_console.audit(session, who.name, "release", now, conv.id, via=via, detail=f"to {to} {outcome or ''}")
            row = conversation_row(conv, resident)
        self.rt.sender.send_claimed(outbox)
        return row

    # --- checks ---------------------------------------------------------------------------
    @staticmethod
    def _may_read(who: StaffUser) -> None:
        if not who.can_work_conversations:
            raise CounselError(403, Problem("counsel.role_cannot_read", role=who.role))

    @staticmethod
    def _get(session, conversation_id: int) -> Conversation:
        conv = repo.conversation_by_id(session, conversation_id)
        if conv is None:
            raise CounselError(404, Problem("counsel.no_conversation", id=conversation_id))
        return conv

    def _held(self, session, who: StaffUser, conversation_id: int, admin_may: bool = False):
        """The conversation and its resident, locked, when *who* holds it (admins may step in when allowed)."""
        self._may_read(who)
        conv = self._get(session, conversation_id)
        resident = repo.resident_by_id(session, conv.resident_id)
        repo.lock_resident(session, resident.channel, resident.external_id)  # one writer per resident
        session.refresh(conv)
        if conv.status != "active":
            raise CounselError(409, Problem("counsel.claim_first") if conv.status == "waiting"
                               else Problem("counsel.not_with_counselor", status=conv.status))
        if conv.assigned_to != who.name and not (admin_may and who.role == "admin"):
            raise CounselError(409, Problem("counsel.handled_by", holder=self._name(session, conv.assigned_to)),
                               holder=conv.assigned_to)
        return conv, resident
