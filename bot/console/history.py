"""/console/conversations and /console/r/<id> — every conversation, found by filters and words, and one resident's
whole record (conversations, notes, bookings, referrals, requests). Each read is written to the audit log."""
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flask import abort, g, render_template, request

from bot.api.booking import destination_label
from bot.app.current import current_runtime
from bot.console.read_audit import BulkReader
from bot.console.recall import pseudonym
from bot.console.rows import conversation_row
from bot.console.views import WORKERS, bp
from bot.staff import accounts as staff_accounts
from bot.staff import security
from bot.staff.labels import STATUSES, TOPICS
from handlers import languages
from handlers.problems import Problem
from storage import clock, repo, repo_console, repo_history
from storage.repo_history import ConversationFilter

LIST_LIMIT = 100  # rows a list shows; narrowing the filters finds the rest
WORDS_MAX = 100  # characters of a search
FIELDS = {"status": "状態", "topic": "相談の内容", "lang": "言語", "counselor": "担当", "since": "期間（から）",
          "until": "期間（まで）"}  # how the form names each filter


def read_filter(args, tz: str, counselors: set[str]) -> tuple[ConversationFilter, dict[str, str], list[Problem]]:
    """The list's filters from the query string: the filter, the values to show back, and what was refused
    (a refused value is left out of the filter and kept in the form, so nothing typed is lost)."""
    shown = {key: (args.get(key) or "").strip() for key in
             ("status", "topic", "crisis", "lang", "counselor", "since", "until", "q")}
    problems: list[Problem] = []

    def pick(key: str, allowed) -> str | None:
        value = shown[key]
        if value and value not in allowed:
            problems.append(Problem("history.unknown_choice", field=FIELDS[key], value=value[:40]))
            return None
        return value or None

    def day(key: str, after: int = 0) -> datetime | None:
        value = shown[key]
        if not value:
            return None
        try:
            when = date.fromisoformat(value)
        except ValueError:
            problems.append(Problem("history.bad_date", field=FIELDS[key], value=value[:40]))
            return None
        return datetime.combine(when + timedelta(days=after), time(0), ZoneInfo(tz))

    words = shown["q"]
    if len(words) > WORDS_MAX:
        problems.append(Problem("history.words_too_long", limit=WORDS_MAX))
        words = words[:WORDS_MAX]
    wanted = ConversationFilter(
        status=pick("status", STATUSES), topic=pick("topic", TOPICS), crisis=shown["crisis"] == "1",
        lang=pick("lang", {lang.code for lang in languages.languages()}),
        counselor=pick("counselor", counselors),
        since=day("since"), until=day("until", after=1), words=words or None)
    return wanted, shown, problems


def _matches(row: dict, wanted: ConversationFilter) -> bool:
    """Confirm on a row what the database only narrowed coarsely (topics and crisis signs are JSON lists)."""
    if wanted.topic and wanted.topic not in row["topics"] and wanted.topic not in row["summary"].get("topics", []):
        return False
    return not (wanted.crisis and not row["crisis"])


@bp.get("/conversations")
@security.login_required(*WORKERS)
def conversations():
    """Every conversation (closed and bot-only too), narrowed by status, topic, crisis, language, counselor,
    dates and words; the read is audited (the words searched for are not written to the log)."""
    rt = current_runtime()
    colleagues = staff_accounts.colleagues(rt.db)
    wanted, shown, problems = read_filter(request.args, rt.settings.tz, {s.name for s in colleagues})
    reader = BulkReader(g.staff.name, "console", request.remote_addr)
    with rt.db.session() as session:
        found = repo_history.find_conversations(session, wanted, limit=LIST_LIMIT + 1)
        latest = repo_console.last_resident_texts(session, [conv.id for conv, _ in found])
        rows = []
        for conv, resident in found:
            row = conversation_row(conv, resident)
            row.update(last_message=latest.get(conv.id), resident_id=resident.id,
                       resident_name=pseudonym(resident.id), created_at=conv.created_at)
            if _matches(row, wanted):
                rows.append(row)
        more = len(rows) > LIST_LIMIT
        rows = rows[:LIST_LIMIT]
        reader.audit(session, rows)
    return render_template("console/conversations.html", rows=rows, more=more, shown=shown,
                           problems=[p.said("ja") for p in problems], searched=any(shown.values()),
                           colleagues=colleagues, names={s.name: s.display_name for s in colleagues}, limit=LIST_LIMIT)


@bp.get("/r/<int:rid>")
@security.login_required(*WORKERS)
def resident_record(rid: int):
    """One resident's whole record, under a pseudonym; the read is audited."""
    rt = current_runtime()
    with rt.db.session() as session:
        resident = repo.resident_by_id(session, rid)
        if resident is None:
            abort(404, description=Problem("history.no_resident", id=rid).said("ja"))
        convs = repo_history.conversations_of(session, rid)
        notes = repo_history.notes_on(session, [c.id for c in convs])
        bookings = repo_history.bookings_of(session, rid)
        referrals = repo_history.referrals_of(session, rid)
        asked = repo_history.requests_of(session, rid)
        spoken = [resident.lang] + [b.lang for b, _ in bookings] + [f.lang for f, _ in referrals] + [q.lang for q in asked]
        record = {
            "id": rid, "name": pseudonym(rid), "channel": resident.channel, "lang_source": resident.lang_source,
            "languages": [code for i, code in enumerate(spoken) if code and code not in spoken[:i]],
            "following": resident.following, "anonymised": resident.anonymised_at is not None,
            "since": resident.created_at, "last_seen": resident.last_seen_at,
            "conversations": [dict(conversation_row(c, resident), created_at=c.created_at, closed_at=c.closed_at)
                              for c in convs],
            "notes": [{"conversation_id": n.conversation_id, "author": n.author, "text": n.text, "at": n.created_at}
                      for n in notes],
            "bookings": [{"starts_at": s.starts_at, "meeting_point": s.meeting_point, "status": b.status,
                          "destination": destination_label(b) or b.destination or "", "consent": b.consent_to_share,
                          "conversation_id": b.conversation_id} for b, s in bookings],
            "referrals": [{"agency": r.agency, "topics": f.topics or [], "consent": f.consent, "at": f.created_at,
                           "followup_due_at": f.followup_due_at, "outcome": f.outcome,
                           "conversation_id": f.conversation_id} for f, r in referrals],
            "requests": [{"kind": q.kind, "status": q.status, "at": q.requested_at, "action": q.action} for q in asked],
        }
        repo_console.audit(session, g.staff.name, "read_resident", clock.now(), convs[0].id if convs else None,
                           detail=f"resident {pseudonym(rid)}: {len(convs)} conversations", ip=request.remote_addr)
    names = {s.name: s.display_name for s in staff_accounts.colleagues(rt.db)}
    return render_template("console/resident.html", r=record, names=names)
