"""Pictures and files residents send on LINE, fetched from LINE's content API after the answer has left.

The turn only writes down that a content waits (a row in `attachments`, in the turn's transaction); after
commit an effect fetches it off the resident's path, and the sweeper retries what failed with growing pauses.
LINE keeps contents for a limited time: after GIVE_UP_AFTER of trying, or when LINE says it has none (404),
the row records why and nothing more is asked. What is not kept (too big, not a picture or a PDF) is said to
the counselor on the conversation page and, in a few kind words, to the resident (they have to do something)."""
import logging
from datetime import timedelta

from bot.app.outbox import new_outbox, record_replies
from handlers import languages
from handlers import media as rules
from handlers.inbound import MEDIA_KINDS
from handlers.replies import Text
from storage import clock, repo, repo_media, repo_outbox

log = logging.getLogger(__name__)
LEASE = timedelta(minutes=2)
GIVE_UP_AFTER = timedelta(hours=24)  # LINE deletes contents after a while; past this the content is recorded lost
FIRST_PAUSE = timedelta(seconds=30)
LONGEST_PAUSE = timedelta(minutes=30)
GONE = (404, 410)  # LINE has no such content (any more)


def pause_after(attempts: int) -> timedelta:
    """How long to wait before the next try: 30 s, 1 min, 2 min … at most 30 min."""
    return min(LONGEST_PAUSE, FIRST_PAUSE * (2 ** max(0, min(attempts - 1, 10))))


class MediaFetcher:
    """Queues contents in the turn; fetches, judges and stores them after commit; retries in the sweep."""

    def __init__(self, runtime):
        self.rt = runtime

    def queue(self, session, resident, inbound, now) -> list:
        """In the turn's transaction: remember the content to fetch; return the effect that fetches it."""
        if resident.channel != "line" or inbound.kind not in MEDIA_KINDS or not inbound.message_id:
            return []
        conv = repo.open_conversation(session, resident.id)
        if conv is None:
            return []
        attachment_id = repo_media.queue_fetch(session, resident.id, conv.id, resident.channel,
                                               inbound.message_id, inbound.kind, now)
        return [lambda: self.fetch(attachment_id)] if attachment_id is not None else []

    def sweep(self) -> int:
        """Fetch every content whose next try is due; return how many were tried."""
        with self.rt.db.session() as session:
            due = repo_media.due(session, clock.now())
        return sum(1 for attachment_id in due if self.fetch(attachment_id))

    def fetch(self, attachment_id: int) -> bool:
        """Claim one waiting content, ask LINE for it (outside any transaction) and record the outcome."""
        with self.rt.db.session() as session:
            row = repo_media.claim(session, attachment_id, clock.now(), LEASE)
            if row is None:
                return False
            kind, external_id = row.kind, row.external_id
        got = None
        if kind in rules.KEPT_KINDS:
            got = self.rt.line.content(external_id, self.rt.settings.media_max_bytes)
        deliveries = []
        with self.rt.db.session() as session:
            row = repo_media.by_id(session, attachment_id)
            if row is None or row.status != "pending":
                return True  # erased meanwhile
            now = clock.now()
            if row.message_id is None:
                row.message_id = repo_media.history_line(session, row.conversation_id, row.external_id)
            row.lease_until = None
            if got is None or got.outcome.ok:
                verdict = rules.judge(kind, got.data if got else b"", bool(got and got.too_big))
                row.content_type, row.fetched_at = verdict.content_type, now
                if verdict.kept:
                    row.status, row.data, row.size = "stored", got.data, len(got.data)
                else:
                    row.status, row.reason = "refused", verdict.reason
                    deliveries = self._tell_resident(session, row, verdict.reason, now,
                                                     told_in_turn=kind not in rules.KEPT_KINDS)
            elif got.outcome.status in GONE:
                row.status, row.reason, row.last_error = "expired", "gone", got.outcome.error[:200]
            elif now - row.created_at >= GIVE_UP_AFTER:
                row.status, row.reason, row.last_error = "expired", "gave_up", got.outcome.error[:200]
            else:
                row.last_error = got.outcome.error[:200] or "failed"
                row.next_attempt_at = now + pause_after(row.attempts)
            if row.status != "pending":
                log.info("attachment %s: %s %s", attachment_id, row.status, row.reason or "")
        self.rt.sender.send_claimed(deliveries)
        return True

    def _tell_resident(self, session, row, reason: str, now, told_in_turn: bool = False) -> list:
        """Queue the few words the resident reads when what they sent is not kept (and note them in the history).
        A video or a recording is refused by the turn's own answer (*told_in_turn*), except while a counselor
        holds the conversation and the bot says nothing: then it is said here."""
        resident = repo.resident_by_id(session, row.resident_id)
        conv = repo.open_conversation(session, row.resident_id)
        if resident is None or not resident.following or resident.anonymised_at is not None:
            return []
        if told_in_turn and (conv is None or conv.status != "active"):
            return []
        text = self.rt.catalog.text(resident.lang or languages.SOURCE, rules.RESIDENT_NOTICE[reason])
        if conv is not None:
            record_replies(session, conv, [Text(text)], now)
        return [repo_outbox.queue_outbox(session, new_outbox(resident.id, resident.external_id, resident.channel,
                                                             [{"type": "text", "text": text}], None, now))]
