"""Staff answering residents' data requests: what we hold, a copy in the chat, deletion, or a talk first.

Every answer is recorded on the request (who, when, what, counts) and in the audit log; the resident is told in
their language. Deletion is the retention purge applied to one resident at once (handlers/retention.py), so the
reports' counts stay and nothing can link what is left to the person.
"""
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from handlers import formatting, retention
from handlers.questions import TOPICS
from handlers.replies import Text
from storage import repo, repo_console, repo_media, repo_places, repo_privacy
from storage.models import DataRequest, Resident

ERASE_ROLES = ("admin",)


class RequestError(Exception):
    """A staff action on a request was refused; *status* is the fitting HTTP status."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


@dataclass
class Handled:
    """What a staff action did: the notice rows to send after commit and the line recorded on the request."""

    outbox: list
    record: str


def holdings(session: Session, resident_id: int) -> dict:
    """Everything we hold about one resident, as plain data (for the preview, the copy and the download)."""
    resident = repo.resident_by_id(session, resident_id)
    convs = repo_privacy.conversations_of(session, resident_id)
    conv_ids = [c.id for c in convs]
    messages = repo_privacy.messages_of(session, conv_ids)
    return {
        "resident": {"channel": resident.channel, "lang": resident.lang, "first_contact": _iso(resident.created_at),
                     "last_contact": _iso(resident.last_seen_at), "following": resident.following,
                     "anonymised": resident.anonymised_at is not None},
        "conversations": [{"id": c.id, "started": _iso(c.created_at), "status": c.status,
                           "topics": sorted(set(c.topics or []) | set((c.data or {}).get("topics") or [])), "crisis": sorted(c.crisis or []),
                           "summary": (c.data or {}).get("summary"), "outcome": c.outcome} for c in convs],
        "messages": [{"conversation": m.conversation_id, "sender": m.sender, "text": m.text, "at": _iso(m.created_at),
                      "deleted_by_retention": m.redacted_at is not None} for m in messages],
        "notes": [{"conversation": n.conversation_id, "author": n.author, "text": n.text, "at": _iso(n.created_at)}
                  for n in repo_privacy.notes_of(session, conv_ids)],
        # pictures and files they sent: what and when (the pictures themselves are shown on request at the office)
        "attachments": [{"conversation": a.conversation_id, "kind": a.kind, "status": a.status, "reason": a.reason,
                         "content_type": a.content_type, "size": a.size, "at": _iso(a.created_at)}
                        for a in repo_media.of_resident(session, resident_id)],
        "bookings": [{"id": b.id, "status": b.status, "destination": b.destination,
                      "destination_text": b.destination_text, "consent_to_share": b.consent_to_share,
                      "at": _iso(b.created_at)} for b in repo_privacy.bookings_of(session, resident_id)],
        "referrals": [{"id": r.id, "agency": _agency(session, r.resource_id, resident.lang), "consent": r.consent, "at": _iso(r.created_at),
                       "outcome": r.outcome} for r in repo_privacy.referrals_of(session, resident_id)],
        "consents": [{"purpose": c.purpose, "answer": c.answer, "subject": c.subject, "wording": c.wording_text,
                      "wording_version": c.wording_version, "lang": c.lang, "at": _iso(c.created_at)}
                     for c in repo_privacy.consents_of(session, resident_id)],
    }


def counts(held: dict) -> dict:
    """How many of each kind a holding has (what the console shows before acting)."""
    return {"conversations": len(held["conversations"]),
            "messages": sum(1 for m in held["messages"] if not m["deleted_by_retention"]),
            "notes": len(held["notes"]), "bookings": len(held["bookings"]),
            "attachments": sum(1 for a in held["attachments"] if a["status"] == "stored"),
            "referrals": len(held["referrals"]), "consents": len(held["consents"])}


def copy_text(session: Session, services, resident: Resident, tz: str) -> str:
    """The copy sent in the chat: what we hold, in the resident's language."""
    lang = resident.lang or "ja"
    t = services.translate
    held = holdings(session, resident.id)
    n = counts(held)
    topics = {topic for c in held["conversations"] for topic in c["topics"]}
    summary = next((c["summary"] for c in reversed(held["conversations"]) if c["summary"]), None)
    agencies = [r["agency"] for r in held["referrals"] if r["agency"]]
    none = t(lang, "privacy.none")
    return t(lang, "privacy.copy",
             first_contact=formatting.day(resident.created_at, lang, tz), conversations=n["conversations"],
             topics=formatting.listing([t(lang, f"topic.{x}") for x in TOPICS if x in topics], lang) or none,
             messages=n["messages"], summary=_summary_words(services, lang, summary) or none,
             bookings=n["bookings"], referrals=formatting.listing(agencies, lang) or none, consents=n["consents"])


def _summary_words(services, lang: str, summary: dict | None) -> str:
    """The summary's answers as the button words the resident chose ('一人暮らし、北地区')."""
    if not summary or services.questions is None:
        return ""
    words = []
    for qid, answer in (summary.get("answers") or {}).items():
        question = services.questions.by_id.get(qid)
        value = answer.get("value") if isinstance(answer, dict) else None
        for label, stored in question.options if question else ():
            if stored == value:
                words.append(services.translate(lang, label))
    return formatting.listing(words, lang)


def _open(session: Session, request_id: int, kind: str | None = None) -> DataRequest:
    request = repo_privacy.request_by_id(session, request_id)
    if request is None:
        raise RequestError(404, f"依頼 {request_id} は見つかりません。")
    if request.status != "open":
        raise RequestError(409, "この依頼はすでに対応済みです。")
    if kind and request.kind != kind:
        raise RequestError(409, "この依頼にはその対応はできません。")
    return request


def _close(session: Session, request: DataRequest, staff: str, action: str, record: str, now: datetime,
           ip: str | None) -> None:
    request.status = "declined" if action == "declined" else "done"
    request.handled_at, request.handled_by, request.action, request.record = now, staff, action, record[:400]
    repo_console.audit(session, staff, f"data_{action}", now, request.conversation_id, detail=f"request {request.id}",
                       ip=ip)


def _notice(session: Session, queue, resident: Resident, text: str, now: datetime, linked: bool = True) -> list:
    """Tell the resident in the chat (LINE only; at the kiosk staff tell them at the counter)."""
    if resident.channel != "line" or not resident.following or resident.anonymised_at is not None:
        return []
    rows = queue(session, resident, [Text(text)], None, now)
    if not linked:
        for row in rows:
            row.resident_id = None  # survives the erasure that follows; the raw-events period removes it
    return rows


def send_copy(session: Session, services, queue, request_id: int, staff: str, tz: str, now: datetime,
              ip: str | None = None) -> Handled:
    """Send the resident the copy of what we hold, in the chat, and close the request."""
    request = _open(session, request_id, "access")
    resident = repo.resident_by_id(session, request.resident_id)
    rows = _notice(session, queue, resident, copy_text(session, services, resident, tz), now)
    if not rows:
        raise RequestError(409, "LINEで届けられない相談者です（キオスク、ブロック、匿名化済み）。"
                                "窓口で写しを渡し「手渡しした」で記録してください。")
    record = "写しをトークで送信 (" + ", ".join(f"{k}={v}" for k, v in counts(holdings(session, resident.id)).items()) + ")"
    _close(session, request, staff, "copy_sent", record, now, ip)
    return Handled(rows, record)


def handed_over(session: Session, request_id: int, staff: str, note: str, now: datetime,
                ip: str | None = None) -> Handled:
    """The copy was given in person (printed or the download); record how."""
    request = _open(session, request_id, "access")
    note = (note or "").strip()
    if not note:
        raise RequestError(400, "どのように渡したかを書いてください（例: 窓口で本人確認のうえ印刷して手渡し）。")
    record = f"手渡し: {note}"
    _close(session, request, staff, "exported", record, now, ip)
    return Handled([], record)


def erase(session: Session, services, queue, request_id: int, staff: str, role: str, now: datetime,
          ip: str | None = None) -> Handled:
    """Delete the resident's data as the retention purge would, at once; tell them; record the counts."""
    if role not in ERASE_ROLES:
        raise RequestError(403, "削除は管理者（admin）だけが実行できます。")
    request = _open(session, request_id, "erasure")
    resident = repo.resident_by_id(session, request.resident_id)
    # Queued before the erasure (which removes the LINE id) and linked to no resident, so it survives it;
    # the raw-events period removes the delivered row later.
    rows = _notice(session, queue, resident, services.translate(resident.lang or "ja", "privacy.erased"), now,
                   linked=False)
    result = retention.PurgeResult()
    retention.erase_residents(session, [resident.id], now, result)
    record = f"削除: {result.summary()}"
    _close(session, request, staff, "erased", record, now, ip)
    return Handled(rows, record)


def decline(session: Session, services, queue, request_id: int, staff: str, reason: str, now: datetime,
            ip: str | None = None) -> Handled:
    """Not done as asked (e.g. support still going on): the reason is recorded; the resident is invited to talk."""
    request = _open(session, request_id)
    reason = (reason or "").strip()
    if not reason:
        raise RequestError(400, "理由を書いてください（記録に残ります。相談者には「担当者から話したい」と伝わります）。")
    resident = repo.resident_by_id(session, request.resident_id)
    rows = _notice(session, queue, resident, services.translate(resident.lang or "ja", "privacy.declined"), now)
    record = f"見送り: {reason}"
    _close(session, request, staff, "declined", record, now, ip)
    return Handled(rows, record)


def _agency(session: Session, resource_id: int, lang: str | None) -> str | None:
    resource = repo_places.resource(session, resource_id)
    return ((resource.names or {}).get(lang or "ja") or resource.agency) if resource else None


def _iso(dt: datetime | None) -> str | None:
    return dt.isoformat() if dt else None
