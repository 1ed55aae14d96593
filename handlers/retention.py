"""The retention purge: what expires under the policy is deleted or anonymised, and the reports' counts stay.

Two levels for a conversation's working data: 'texts' drops everything a person wrote (words, typed answers,
locations, where-to in their words); 'summary' keeps only the codes the reports count (area, unmet needs,
places asked for). Topics, crisis signals, outcome and dates live in columns and are never touched.
"""
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from handlers.registry import system_job
from handlers.retention_policy import RetentionPolicy
from storage import repo_console, repo_jobs, repo_media, repo_privacy

CODE = re.compile(r"^[a-z0-9_]{1,32}$")
OTHER = "other"


def _code(value):
    """A button value stays; anything a person could have typed becomes 'other' (the reports' bucket anyway)."""
    if value in (None, ""):
        return None
    return value if isinstance(value, str) and CODE.match(value) else OTHER


def _without_typed_answers(answers) -> dict:
    if not isinstance(answers, dict):
        return {}
    return {qid: {k: v for k, v in a.items() if k != "text"} if isinstance(a, dict) else a
            for qid, a in answers.items()}


def strip_texts(data: dict) -> dict:
    """Working data without anything a person wrote or a place they were."""
    data = dict(data or {})
    for key in ("words", "last_location", "place_search"):
        data.pop(key, None)
    if "answers" in data:
        data["answers"] = _without_typed_answers(data["answers"])
    if isinstance(data.get("visit"), dict):
        data["visit"] = {k: v for k, v in data["visit"].items() if k != "destination_text"}
    if isinstance(data.get("summary"), dict):
        summary = {k: v for k, v in data["summary"].items() if k != "words"}
        if "answers" in summary:
            summary["answers"] = _without_typed_answers(summary["answers"])
        data["summary"] = summary
    return data


def report_skeleton(data: dict) -> dict:
    """Only codes: area, topics of an unfinished intake, unmet needs, and whether places were asked for."""
    data = data or {}
    out: dict = {}
    summary = data.get("summary") if isinstance(data.get("summary"), dict) else {}
    if _code(summary.get("area")):
        out["summary"] = {"area": _code(summary.get("area"))}
    if _code(data.get("area")):
        out["area"] = _code(data.get("area"))
    if data.get("places_requested") is True:
        out["places_requested"] = True
    topics = data.get("topics")
    if isinstance(topics, list) and topics:
        out["topics"] = [_code(v) or OTHER for v in topics]
    unmet = data.get("unmet")
    if isinstance(unmet, list) and unmet:
        out["unmet"] = [_code(v) or OTHER for v in unmet]
    return out


SPENT_EVENTS_KEPT = timedelta(days=730)  # hashed ids of purged events, kept so a replayed signed body is refused


@dataclass
class PurgeResult:
    """How many rows each step changed (no content, only counts)."""

    counts: dict = field(default_factory=dict)

    def add(self, step: str, n: int) -> None:
        """Count *n* rows for *step*."""
        self.counts[step] = self.counts.get(step, 0) + int(n or 0)

    def summary(self) -> str:
        """'step=n, …' for the audit log."""
        return ", ".join(f"{k}={v}" for k, v in sorted(self.counts.items()) if v) or "nothing expired"


def _strip_conversations(session: Session, level: str, before, resident_ids, result: PurgeResult) -> None:
    after_id = 0
    while True:
        chunk = repo_privacy.conversations_to_redact(session, level, before, resident_ids, after_id)
        if not chunk:
            return
        for conv in chunk:
            data = strip_texts(conv.data)
            repo_privacy.save_data(conv, report_skeleton(data) if level == "summary" else data, level)
        result.add(f"conversations_{level}", len(chunk))
        after_id = chunk[-1].id
        session.flush()


def erase_residents(session: Session, resident_ids: list[int], now: datetime, result: PurgeResult) -> None:
    """Everything of these residents at once: texts, summaries, notes, then the link to their account."""
    if not resident_ids:
        return
    result.add("message_texts", repo_privacy.redact_messages(session, None, now, resident_ids))
    result.add("attachments", repo_media.delete_attachments(session, None, resident_ids))
    result.add("booking_words", repo_privacy.redact_booking_words(session, None, resident_ids))
    _strip_conversations(session, "summary", None, resident_ids, result)
    result.add("notes", repo_privacy.delete_notes(session, None, resident_ids))
    result.add("unmet_needs", repo_privacy.forget_unmet_needs(session, resident_ids))
    result.add("identities", repo_privacy.anonymise_residents(session, resident_ids, now))


def purge(session: Session, policy: RetentionPolicy, now: datetime) -> PurgeResult:
    """Apply the whole policy once; safe to run again (what is already gone is skipped)."""
    result = PurgeResult()
    result.add("raw_events", repo_privacy.delete_raw_events(session, policy.cutoff("raw_events", now), now))
    result.add("spent_event_ids", repo_privacy.delete_spent_events(session, now - SPENT_EVENTS_KEPT))
    texts_before = policy.cutoff("message_text", now)
    result.add("message_texts", repo_privacy.redact_messages(session, texts_before, now))
    result.add("attachments", repo_media.delete_attachments(session, texts_before))  # pictures go with the texts
    result.add("booking_words", repo_privacy.redact_booking_words(session, texts_before))
    _strip_conversations(session, "texts", texts_before, None, result)
    summary_before = policy.cutoff("intake_summary", now)
    _strip_conversations(session, "summary", summary_before, None, result)
    result.add("notes", repo_privacy.delete_notes(session, summary_before))
    while ids := repo_privacy.unfollowed_residents(session, policy.unfollow_cutoff(now)):
        erase_residents(session, ids, now, result)
        result.add("unfollowed", len(ids))
    result.add("unmet_locations", repo_privacy.clear_unmet_locations(session))
    while ids := repo_privacy.residents_to_anonymise(session, policy.cutoff("identity", now)):
        result.add("unmet_needs", repo_privacy.forget_unmet_needs(session, ids))
        result.add("identities", repo_privacy.anonymise_residents(session, ids, now))
    result.add("audit_lines", repo_privacy.delete_audit(session, policy.cutoff("audit_log", now)))
    result.add("consent_records", repo_privacy.delete_consent_records(session, policy.cutoff("consent_records", now)))
    return result


# --- the daily run ------------------------------------------------------------------------------------
PURGE_JOB = "retention_purge"


@system_job(PURGE_JOB)
def run_purge_job(session: Session, bundle, now: datetime, payload: dict) -> dict:
    """The scheduled purge: apply the policy and leave a line in the audit log with the counts."""
    result = purge(session, bundle.retention, now)
    repo_console.audit(session, "system", "retention_purge", now, via="worker", detail=result.summary())
    return {"counts": result.counts}


def schedule_today(session: Session, policy: RetentionPolicy, tz: str, now: datetime) -> str | None:
    """Schedule today's purge once its local time has come (the unique key makes it once per day)."""
    local = now.astimezone(ZoneInfo(tz))
    if local.time() < policy.run_at:
        return None
    day = local.date().isoformat()
    repo_jobs.schedule_job(session, PURGE_JOB, f"retention:{day}", now, None, {}, now)
    return day
