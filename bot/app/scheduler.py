"""Scheduled work (reminders, follow-ups): due jobs run once, whatever the number of processes."""
import logging
from datetime import timedelta

from bot.app import turn_runner
from bot.app.outbox import queue_replies
from handlers import registry
from storage import clock, repo, repo_jobs

log = logging.getLogger(__name__)
LEASE = timedelta(minutes=2)
GIVE_UP_AFTER = 5


class Scheduler:
    """Runs due jobs through their registered handlers and queues what they say."""

    def __init__(self, runtime):
        self.rt = runtime

    def run_due(self) -> int:
        """Run every job that is due now; return how many ran."""
        self.rt.refresh_dialogs()
        with self.rt.db.session() as session:
            due = repo_jobs.due_jobs(session, clock.now())
        return sum(1 for job_id in due if self.run_job(job_id))

    def run_job(self, job_id: int) -> bool:
        """Claim and run one job; True when this process ran it."""
        try:
            rows = self._run(job_id)
        except Exception as exc:  # noqa: BLE001 - count it; retried until it gives up
            log.exception("scheduled job %s failed", job_id)
            self._note_failure(job_id, exc)
            return False
        if rows is None:
            return False
        self.rt.sender.send_claimed(rows)
        return True

    def _run(self, job_id: int):
        now = clock.now()
        with self.rt.db.session() as session:
            job = repo_jobs.claim_job(session, job_id, now, LEASE)
            if job is None:
                return None
            job.status, job.done_at = "done", now
            system = registry.SYSTEM_JOBS.get(job.kind)
            if system is not None:
                job.payload = system(session, self.rt.bundle, now, dict(job.payload or {}))
                return []
            handler = registry.JOBS.get(job.kind)
            if handler is None or job.resident_id is None:
                log.error("no handler for scheduled job kind %s", job.kind)
                job.status = "failed"
                return []
            known = repo.resident_by_id(session, job.resident_id)
            if known is None:  # erased since the job was scheduled
                job.status = "cancelled"
                return []
            resident = repo.lock_resident(session, known.channel, known.external_id)
            if not resident.following:
                job.status = "cancelled"  # the resident blocked the account: send nothing
                return []
            ran = turn_runner.job_turn(self.rt.live, session, resident, job.kind, job.payload, now)
            return queue_replies(session, resident, ran.replies, None, now)

    def _note_failure(self, job_id: int, exc: Exception) -> None:
        with self.rt.db.session() as session:
            job = repo_jobs.job_by_id(session, job_id)
            if job is None:
                return
            job.attempts += 1
            job.last_error = type(exc).__name__
            job.lease_until = clock.now() + timedelta(seconds=30 * job.attempts)
            if job.attempts >= GIVE_UP_AFTER:
                job.status = "failed"
