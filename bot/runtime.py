"""Everything one process needs, built once from Settings: database, texts, dialog, LINE, workers."""
import logging
import threading
from datetime import timedelta

import requests

from bot.background import Background
from bot.channels.line_api import LineApi
from bot.config import Settings
from bot.pipeline import Pipeline
from bot.scheduler import Scheduler
from bot.sender import Sender
from dialogs import loader
from dialogs.engine import Engine
from handlers.turn import Services
from storage.db import Database

log = logging.getLogger(__name__)


class Runtime:
    """The process's collaborators, wired together; no module-level state anywhere else."""

    def __init__(self, settings: Settings, *, background: bool = True, bundle: loader.Bundle | None = None):
        self.settings = settings
        self.db = Database(settings.database_url)
        self.bundle = bundle or loader.load_bundle(settings.data_dir, settings.tz)
        self.catalog = self.bundle.catalog
        self.engine = Engine(self.bundle.script, timedelta(hours=settings.resume_after_hours))
        self.services = Services(
            translate=self.catalog.text, classify=self.bundle.classifier.classify, office=self.bundle.office,
            hotlines=self.bundle.hotlines, questions=self.bundle.questions, places=self.bundle.places,
            notify=self.notify_office,
            settings={"add_friend_url": settings.add_friend_url,
                      "claim_timeout_minutes": settings.claim_timeout_minutes},
            destinations=self.bundle.destinations)
        self.line = LineApi(settings.line_api_endpoint, settings.access_token, settings.line_data_endpoint)
        self.background = Background(settings.worker_threads if background else None)
        # Deliveries get threads of their own: queued behind newcomers' processing (a profile look-up and
        # a few transactions each) a reply that is ready would wait for seconds when many people write.
        self.deliveries = Background(max(4, settings.worker_threads) if background else None)
        self.sender = Sender(self.db, self.line, self.deliveries, batch=background)
        self.pipeline = Pipeline(self)
        self.scheduler = Scheduler(self)
        self._stop = threading.Event()
        self._sweeper: threading.Thread | None = None

    def submit_residents(self, keys: list[str]) -> None:
        """Process these residents' pending events soon (in the background when possible)."""
        for key in keys:
            self.background.run(self.pipeline.process_resident, key)

    def notify_office(self, payload: dict) -> None:
        """POST a crisis alert to the office's webhook (no message text, only what staff need to act)."""
        url = self.settings.office_webhook_url
        if not url:
            return
        try:
            requests.post(url, json=payload, timeout=5).raise_for_status()
        except requests.RequestException as exc:
            log.error("office notification failed: %s", type(exc).__name__)

    def sweep_once(self) -> dict:
        """One pass of the safety net: stale events and due deliveries."""
        return {"residents": self.pipeline.sweep(), "jobs": self.scheduler.run_due(),
                "deliveries": self.sender.sweep()}

    def start_sweeper(self, every: float = 5.0) -> None:
        """Run the safety net in a daemon thread of this process."""
        if self._sweeper is not None:
            return

        def loop():
            while not self._stop.wait(every):
                try:
                    self.sweep_once()
                except Exception:  # noqa: BLE001 - e.g. the database is down; try again next round
                    log.warning("sweep failed; retrying in %ss", every)

        self._sweeper = threading.Thread(target=loop, name="madoguchi-sweeper", daemon=True)
        self._sweeper.start()

    def drain(self, timeout: float = 10.0) -> bool:
        """Wait until queued background work has finished (tests and the demo's clock travel)."""
        idle = self.background.wait_idle(timeout)  # processing first: it queues deliveries
        idle = self.deliveries.wait_idle(timeout) and idle
        self.sender.flush()
        return idle

    def close(self) -> None:
        """Stop background threads and close connections."""
        self._stop.set()
        self.background.shutdown()
        self.deliveries.shutdown()
        self.sender.close()
        self.db.dispose()
