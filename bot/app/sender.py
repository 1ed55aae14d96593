"""Delivering the outbox: reply while the token is fresh, else push with X-Line-Retry-Key; retry with backoff."""
import logging
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from bot.app.outbox import CLAIM_LEASE, REPLY_TOKEN_FRESH
from bot.line import render as line_render
from handlers.replies import from_dict
from storage import clock, repo_outbox

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


@dataclass
class Held:
    """What one webhook request's transactions left to do after its 200: deliveries and effects."""

    parcels: list = field(default_factory=list)
    effects: list = field(default_factory=list)


class Sender:
    """Sends committed outbox rows; safe to run in any number of threads and processes.

    Successful deliveries are recorded in batches (every FLUSH_EVERY seconds) to spare the database a
    transaction per message. If the process dies before a batch is written, the row is tried again after
    its short lease; the reply token (refused as already used) or the push retry key (409) then tells
    us it was delivered, so nothing is sent twice."""

    FLUSH_EVERY = 0.2
    # A webhook request sends its own replies once its 200 is out: no hand-over to another thread, which
    # on a busy process costs more CPU (GIL hand-offs, context switches) than the reply itself. A slow or
    # failing LINE must not hold request threads, though: at most INLINE_MAX of them send at once, and
    # after a send slower than SLOW_SEND seconds (or a failed one) replies go to the background threads
    # for COOL_DOWN seconds.
    INLINE_MAX = 4
    SLOW_SEND = 1.0
    COOL_DOWN = 30.0

    def __init__(self, db, line, background, batch: bool = True):
        self.db, self.line, self.background = db, line, background
        self._held = threading.local()
        self._unreleased = 0
        self._released = threading.Condition()
        self._inline_now = 0
        self._inline_off_until = 0.0
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
                repo_outbox.mark_sent(session, ids, clock.now())
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
        """Send rows this process created (and so holds) right after their commit: after the response when
        the calling thread holds its work (a webhook request), otherwise on a background thread."""
        parcels = [Parcel.of(row) for row in rows if row.channel == LINE]  # kiosk pages fetch their own
        held = self._holding()
        if held is not None:
            held.parcels += parcels
            return
        for parcel in parcels:
            self.background.run(self.attempt, parcel)

    def run_effects(self, effects) -> None:
        """Run after-commit effects (rich menu links, office alerts) off the caller's path."""
        held = self._holding()
        if held is not None:
            held.effects += effects
            return
        for effect in effects:
            self.background.run(effect)

    def _holding(self) -> Held | None:
        return getattr(self._held, "work", None)

    def hold(self) -> Held:
        """From now until release(), what this thread commits is kept to be done after its response."""
        self._held.work = Held()
        return self._held.work

    def stop_holding(self) -> None:
        """This thread's later commits are sent as usual again (the held work waits for release())."""
        self._held.work = None

    def release_after(self, response, held: Held):
        """Have *held* released once *response* has been sent (a WSGI server closes it then); return it."""
        if held.parcels or held.effects:
            with self._released:
                self._unreleased += 1
            response.call_on_close(lambda: self.release(held))
        return response

    def release(self, held: Held) -> None:
        """After the response went out: send the held replies here (or in the background when LINE is slow
        or enough request threads are sending already), and hand the effects to the background."""
        try:
            for parcel in held.parcels:
                if self._take_inline_slot():
                    self._attempt_inline(parcel)
                else:
                    self.background.run(self.attempt, parcel)
            for effect in held.effects:
                self.background.run(effect)
        finally:
            with self._released:
                self._unreleased -= 1
                self._released.notify_all()

    def wait_released(self, timeout: float = 10.0) -> bool:
        """Block until every held request's work has been released; False on timeout."""
        with self._released:
            return self._released.wait_for(lambda: self._unreleased <= 0, timeout)

    def inline_allowed(self) -> bool:
        """Whether a request thread may send a reply itself now (LINE has been quick, few threads sending)."""
        with self._lock:
            return self._inline_open()

    def _inline_open(self) -> bool:
        return self._inline_now < self.INLINE_MAX and time.monotonic() >= self._inline_off_until

    def _take_inline_slot(self) -> bool:
        with self._lock:
            if not self._inline_open():
                return False
            self._inline_now += 1
            return True

    def _attempt_inline(self, parcel: Parcel) -> None:
        started = time.monotonic()
        sent = False
        try:
            sent = self.attempt(parcel)
        except Exception:  # noqa: BLE001 - the row stays claimed; the sweep retries it after its lease
            log.exception("delivery of outbox %s failed", parcel.id)
        finally:
            ended = time.monotonic()
            with self._lock:
                self._inline_now -= 1
                if not sent or ended - started > self.SLOW_SEND:
                    self._inline_off_until = ended + self.COOL_DOWN

    def deliver(self, outbox_id: int) -> bool:
        """Claim a row left pending (a retry, or a crash) and try it once; True when it is now sent."""
        with self.db.session() as session:
            row = repo_outbox.claim_outbox(session, outbox_id, clock.now(), CLAIM_LEASE)
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
            if not repo_outbox.renew_outbox_claim(session, parcel.id, parcel.attempts, now, CLAIM_LEASE):
                log.info("outbox %s was claimed by another process while it waited here; not sending", parcel.id)
                return None
        return replace(parcel, lease_until=now + CLAIM_LEASE)

    def attempt(self, parcel: Parcel) -> bool:
        """One delivery attempt of a claimed row, and its result recorded."""
        claimed = self._still_ours(parcel)
        if claimed is None:
            return False
        parcel = claimed
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
            repo_outbox.mark_outbox(session, parcel.id, "failed" if give_up else "pending", clock.now(),
                             error=result.error, retry_at=clock.now() + backoff(parcel.attempts))
        log.warning("delivery of outbox %s failed (%s)%s", parcel.id, result.error, "; giving up" if give_up else "")
        return False

    def sweep(self) -> int:
        """Retry every row that is due; return how many were tried."""
        with self.db.session() as session:
            due = repo_outbox.due_outbox(session, clock.now())
        for outbox_id in due:
            self.background.run(self.deliver, outbox_id)
        return len(due)
