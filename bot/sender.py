"""Delivering the outbox: reply while the token is fresh, else push with X-Line-Retry-Key; retry with backoff."""
import logging
from datetime import timedelta

from bot.channels import line_render
from bot.pipeline import REPLY_TOKEN_FRESH
from handlers.replies import from_dict
from storage import clock, repo

log = logging.getLogger(__name__)
LEASE = timedelta(seconds=60)
MAX_ATTEMPTS = 10


def backoff(attempt: int) -> timedelta:
    """Wait before the next try: 2 s, 4 s, 8 s … at most 5 minutes."""
    return timedelta(seconds=min(300, 2 ** attempt))


class Sender:
    """Sends committed outbox rows; safe to run in any number of threads and processes."""

    def __init__(self, db, line, background):
        self.db, self.line, self.background = db, line, background

    def submit(self, outbox_ids: list[int]) -> None:
        """Send these rows soon, off the caller's thread."""
        for outbox_id in outbox_ids:
            self.background.run(self.deliver, outbox_id)

    def deliver(self, outbox_id: int) -> bool:
        """Try to deliver one row once; True when it is now sent."""
        now = clock.now()
        with self.db.session() as session:
            row = repo.claim_outbox(session, outbox_id, now, LEASE)
            if row is None:
                return False
            recipient, token, retry_key = row.recipient, row.reply_token, row.retry_key
            fresh = token and row.attempts == 1 and now - row.created_at < REPLY_TOKEN_FRESH
            messages = line_render.render([from_dict(r) for r in row.payload])
            attempts = row.attempts
        result = self.line.reply(token, messages) if fresh else None
        if result is None or (not result.ok and result.status == 400):
            # No usable reply token (too old, already used, or none): push, keyed so LINE sends it once.
            result = self.line.push(recipient, messages, retry_key)
        with self.db.session() as session:
            if result.ok:
                repo.mark_outbox(session, outbox_id, "sent", clock.now())
                return True
            give_up = not result.retryable or attempts >= MAX_ATTEMPTS
            repo.mark_outbox(session, outbox_id, "failed" if give_up else "pending", clock.now(),
                             error=result.error, retry_at=clock.now() + backoff(attempts))
            log.warning("delivery of outbox %s failed (%s)%s", outbox_id, result.error, "; giving up" if give_up else "")
        return False

    def sweep(self) -> int:
        """Retry every row that is due; return how many were tried."""
        with self.db.session() as session:
            due = repo.due_outbox(session, clock.now())
        for outbox_id in due:
            self.background.run(self.deliver, outbox_id)
        return len(due)
