"""Delivering the outbox: reply while the token is fresh, else push with X-Line-Retry-Key; retry with backoff."""
import logging
import threading
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot.channels import line_render
from bot.pipeline import CLAIM_LEASE, REPLY_TOKEN_FRESH
from handlers.replies import from_dict
from storage import clock, repo

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 10
LINE = "line"
# The longest one attempt can take (a reply, then a push, each within line_api.TIMEOUT), with a margin.
# A claimed row with less lease left than this is renewed before sending: once the lease has run out,
# another process's sweep may claim the row and send it too.
LONGEST_ATTEMPT = timedelta(seconds=15)


def backoff(attempt: int) -> timedelta:
    """Wait before the next try: 2 s, 4 s, 8 s … at most 5 minutes."""
    return timedelta(seconds=min(300, 2 ** attempt))


@dataclass(frozen=True)
class Parcel:
    """What one delivery attempt needs, copied out of the outbox row so no session is held while sending."""

    id: int
    recipient: str
    reply_token: str | None
    retry_key: str
    payload: list
    created_at: datetime
    attempts: int
    lease_until: datetime | None = None

    @classmethod
    def of(cls, row) -> "Parcel":
        """Copy an outbox row."""
        return cls(row.id, row.recipient, row.reply_token, row.retry_key, list(row.payload), row.created_at,
                   row.attempts, row.lease_until)


class Sender:
    """Sends committed outbox rows; safe to run in any number of threads and processes.

    Successful deliveries are recorded in batches (every FLUSH_EVERY seconds) to spare the database a
    transaction per message. If the process dies before a batch is written, the row is tried again after
    its short lease; the reply token (refused as already used) or the push retry key (409) then tells
    us it was delivered, so nothing is sent twice."""

    FLUSH_EVERY = 0.2

    def __init__(self, db, line, background, batch: bool = True):
        self.db, self.line, self.background = db, line, background
        self._sent: list[int] = []
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopped = False
        self._flusher = None
        if batch:
            self._flusher = threading.Thread(target=self._flush_loop, name="madoguchi-sent", daemon=True)
            self._flusher.start()

    def _flush_loop(self) -> None:
        while not self._stopped:
            self._wake.wait(self.FLUSH_EVERY)
            self._wake.clear()
            try:
                self.flush()
            except Exception:  # noqa: BLE001 - database away: keep the ids and try again
                log.warning("could not record sent messages yet; retrying")

    def flush(self) -> None:
        """Write the deliveries noted since the last flush."""
        with self._lock:
            ids, self._sent = self._sent, []
        if not ids:
            return
        try:
            with self.db.session() as session:
                repo.mark_sent(session, ids, clock.now())
        except Exception:
            with self._lock:
                self._sent = ids + self._sent
            raise

    def close(self) -> None:
        """Stop the flusher after writing what is noted."""
        self._stopped = True
        self._wake.set()
        if self._flusher is not None:
            self._flusher.join(timeout=5)
        self.flush()

    def _note_sent(self, outbox_id: int) -> None:
        with self._lock:
            self._sent.append(outbox_id)
        if self._flusher is None:
            self.flush()

    def send_claimed(self, rows) -> None:
        """Send rows this process created (and so holds) right after their commit, off the caller's thread."""
        for row in rows:
            if row.channel != LINE:
                continue  # kiosk replies are fetched by the kiosk page, never sent to LINE
            self.background.run(self.attempt, Parcel.of(row))

    def deliver(self, outbox_id: int) -> bool:
        """Claim a row left pending (a retry, or a crash) and try it once; True when it is now sent."""
        with self.db.session() as session:
            row = repo.claim_outbox(session, outbox_id, clock.now(), CLAIM_LEASE)
            if row is None:
                return False
            parcel = Parcel.of(row)
        return self.attempt(parcel)

    def _still_ours(self, parcel: Parcel) -> Parcel | None:
        """The parcel with a lease long enough for one attempt, or None when another process has taken it.

        A row sent right after its commit has most of its lease left and costs nothing here; one that
        waited in the queue (a busy process) is renewed in the database first."""
        now = clock.now()
        if parcel.lease_until is not None and now + LONGEST_ATTEMPT < parcel.lease_until:
            return parcel
        with self.db.session() as session:
            if not repo.renew_outbox_claim(session, parcel.id, parcel.attempts, now, CLAIM_LEASE):
                log.info("outbox %s was claimed by another process while it waited here; not sending", parcel.id)
                return None
        return replace(parcel, lease_until=now + CLAIM_LEASE)

    def attempt(self, parcel: Parcel) -> bool:
        """One delivery attempt of a claimed row, and its result recorded."""
        parcel = self._still_ours(parcel)
        if parcel is None:
            return False
        messages = line_render.render([from_dict(r) for r in parcel.payload])
        fresh = parcel.reply_token and clock.now() - parcel.created_at < REPLY_TOKEN_FRESH
        result = self.line.reply(parcel.reply_token, messages) if fresh else None
        if result is not None and not result.ok and result.status == 400 and parcel.attempts > 1:
            # Only we hold this token and it is still young: a refusal means our earlier attempt used it.
            result.ok = True
        if result is None or (not result.ok and result.status == 400):
            # No usable reply token (too old, or none): push, keyed so LINE sends it once.
            result = self.line.push(parcel.recipient, messages, parcel.retry_key)
        if result.ok:
            self._note_sent(parcel.id)
            return True
        with self.db.session() as session:
            give_up = not result.retryable or parcel.attempts >= MAX_ATTEMPTS
            repo.mark_outbox(session, parcel.id, "failed" if give_up else "pending", clock.now(),
                             error=result.error, retry_at=clock.now() + backoff(parcel.attempts))
        log.warning("delivery of outbox %s failed (%s)%s", parcel.id, result.error, "; giving up" if give_up else "")
        return False

    def sweep(self) -> int:
        """Retry every row that is due; return how many were tried."""
        with self.db.session() as session:
            due = repo.due_outbox(session, clock.now())
        for outbox_id in due:
            self.background.run(self.deliver, outbox_id)
        return len(due)
