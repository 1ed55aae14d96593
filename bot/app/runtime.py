"""Everything one process needs, built once from Settings: database, texts, dialog, LINE, workers."""
import logging
import sys
import threading
import time
from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo

import requests
from sqlalchemy.exc import SQLAlchemyError

from bot.app import heap
from bot.app.background import Background
from bot.app.config import Settings
from bot.app.scheduler import Scheduler
from bot.app.sender import Sender
from bot.app.translator import Translator
from bot.app.triage_ahead import TriageAhead
from bot.kiosk.channel import Kiosk
from bot.line.client import LineApi
from bot.line.inbox import Pipeline
from bot.line.media import MediaFetcher
from dialogs import loader, overlay
from dialogs.catalog import Catalog
from dialogs.engine import Engine
from handlers import retention, slot_publishing, waiting
from handlers.datafile import DataError
from handlers.turn import Services
from storage import clock, repo_editor, repo_i18n
from storage.db import Database

log = logging.getLogger(__name__)
DEFAULT_SWITCH_INTERVAL = 0.005  # Python's default
SQLITE_SWITCH_INTERVAL = 0.0005
SLOT_EXTENSION_EVERY = 3600.0  # seconds between two extensions of the weekly slot patterns
QUOTA_CHECK_EVERY = 600.0  # seconds between two look-ups of LINE's monthly push quota


@dataclass(frozen=True)
class Live:
    """The dialog data one process serves: swapped as a whole when a new version is published."""

    version: int
    bundle: loader.Bundle
    engine: Engine
    services: Services

    @property
    def catalog(self) -> Catalog:
        """The texts of this version."""
        return self.bundle.catalog


def build_live(version: int, bundle: loader.Bundle, settings: Settings, notify) -> Live:
    """The engine and services of one dialog version, as a process serves them (*notify*: tell the office)."""
    services = Services(
        translate=bundle.catalog.text, classify=TriageAhead(bundle.classifier.classify), office=bundle.office,
        hotlines=bundle.hotlines, questions=bundle.questions, places=bundle.places, notify=notify,
        settings={"add_friend_url": settings.add_friend_url, "claim_timeout_minutes": settings.claim_timeout_minutes,
                  "crisis_recall_days": settings.crisis_recall_days},
        destinations=bundle.destinations, wording=bundle.catalog.raw, retention=bundle.retention,
        dates=bundle.dates, dialog_version=version)
    return Live(version, bundle, Engine(bundle.script, timedelta(hours=settings.resume_after_hours)), services)


class Runtime:
    """The process's collaborators, wired together; no module-level state anywhere else."""

    def __init__(self, settings: Settings, *, background: bool = True, bundle: loader.Bundle | None = None):
        self.settings = settings
        self.db = Database(settings.database_url)
        shipped = bundle or loader.load_bundle(settings.data_dir, settings.tz)
        self.shipped_catalog = shipped.catalog  # the catalog every version's message changes apply to
        self.live = self.make_live(0, shipped)
        self._checked_at = 0.0
        # The deployed rich menu of each language, read at every check for a new dialog version: a turn that
        # learns a resident's language links their menu without a query (deploy() updates its own process).
        self.rich_menus: dict[str, str] = {}
        self._failed_version: int | None = None
        self._swap = threading.Lock()
        self.line = LineApi(settings.line_api_endpoint, settings.access_token, settings.line_data_endpoint)
        self.translator = Translator(settings.translate_url, settings.translate_key) if settings.translate_url else None
        self.background = Background(settings.worker_threads if background else None)
        # Deliveries get threads of their own: queued behind newcomers' processing (a profile look-up and
        # a few transactions each) a reply that is ready would wait for seconds when many people write.
        self.deliveries = Background(max(4, settings.worker_threads) if background else None)
        self.sender = Sender(self.db, self.line, self.deliveries, batch=background)
        self.pipeline = Pipeline(self)
        self.scheduler = Scheduler(self)
        self.media = MediaFetcher(self)  # pictures and files residents send, fetched after the answer
        self._stop = threading.Event()
        self._sweeper: threading.Thread | None = None
        self._purge_day: str | None = None
        self._closing_told: str | None = None  # the last closing whose waiting residents were told
        self._slots_extended_at = float("-inf")
        self._quota_checked_at, self._quota = float("-inf"), None

    # --- the dialog data being served ---------------------------------------------------------
    def make_live(self, version: int, bundle: loader.Bundle, notify=None) -> Live:
        """Engine and services built from one bundle (the preview passes its own *notify*)."""
        return build_live(version, bundle, self.settings, notify or self.notify_office)

    @property
    def bundle(self) -> loader.Bundle:
        """The dialog data being served."""
        return self.live.bundle

    @property
    def catalog(self) -> Catalog:
        """The texts being served."""
        return self.live.catalog

    @property
    def engine(self) -> Engine:
        """The dialog engine being served."""
        return self.live.engine

    @property
    def services(self) -> Services:
        """What handlers use (texts, office, hotlines…) for the version being served."""
        return self.live.services

    def build_content(self, content: overlay.Content) -> loader.Bundle:
        """Load a content (shipped files + overlay) with the start-up validator; raises DataError."""
        return overlay.build(self.settings.data_dir, self.settings.tz, self.shipped_catalog, content)

    def refresh_dialogs(self, force: bool = False) -> bool:
        """Serve the newest published version if it changed (checked at most every few seconds).

        One cheap SELECT per check; the new bundle is built aside and swapped in one assignment, so a
        turn never sees half of one version and half of another. True when the version changed."""
        now = time.monotonic()
        if not force and now - self._checked_at < self.settings.dialog_check_seconds:
            return False
        if not self._swap.acquire(blocking=force):
            return False  # another thread is already loading it; keep serving the current version
        try:
            self._checked_at = now
            try:
                with self.db.session() as session:
                    self.rich_menus = repo_i18n.rich_menus(session)
                    wanted = repo_editor.live_version_id(session)
                    if wanted in (self.live.version, self._failed_version):
                        return False
                    row = repo_editor.version(session, wanted) if wanted else None
                    content = overlay.Content(dict(row.files or {}), dict(row.messages or {})) if row else None
            except SQLAlchemyError as exc:
                log.warning("cannot check the published dialog version: %s", type(exc).__name__)
                return False
            try:
                bundle = self.build_content(content or overlay.Content())
            except (DataError, ValueError) as exc:
                # e.g. the code changed under an old version; keep serving what works and say why
                log.error("dialog version %s cannot be loaded, keeping %s: %s", wanted, self.live.version, exc)
                self._failed_version = wanted
                return False
            self.live = self.make_live(wanted, bundle)
            heap.settle_again()  # the old version's objects are collected, the new one's kept out of full passes
            log.info("now serving dialog version %s", wanted)
            return True
        finally:
            self._swap.release()

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

    def push_quota(self):
        """LINE's push quota for this month (a bot.line.client.Quota, None when LINE cannot say), looked up at most
        every ten minutes per process: the console warns before it runs out."""
        if time.monotonic() >= self._quota_checked_at + QUOTA_CHECK_EVERY:
            self._quota, self._quota_checked_at = self.line.quota(), time.monotonic()
        return self._quota

    def extend_slot_patterns(self) -> int:
        """Create the coming weeks' slots of every weekly pattern (at most once an hour per process; publishing a
        pattern creates its slots at once). Pages and the API only read slots: a GET never writes."""
        if time.monotonic() < self._slots_extended_at + SLOT_EXTENSION_EVERY:
            return 0
        with self.db.session() as session:
            created = slot_publishing.extend_patterns(session, self.settings.tz, clock.now(), self.bundle.office.closed_on)
        self._slots_extended_at = time.monotonic()
        return created

    def schedule_purge(self) -> None:
        """Put today's retention purge on the schedule once its hour has come (checked once a day per process)."""
        policy, now = self.bundle.retention, clock.now()
        if policy is None or self._purge_day == now.astimezone(ZoneInfo(self.settings.tz)).date().isoformat():
            return
        with self.db.session() as session:
            self._purge_day = retention.schedule_today(session, policy, self.settings.tz, now) or self._purge_day

    def schedule_closing_notices(self) -> None:
        """Once per closing (per process): tell residents still waiting for a person that no one answers today."""
        office, now = self.bundle.office, clock.now()
        closed_at = None if office.is_open(now) else office.last_closing(now)
        if closed_at is None or now - closed_at > waiting.CLOSING_TOLD_WITHIN or self._closing_told == closed_at.isoformat():
            return
        with self.db.session() as session:
            self._closing_told = waiting.schedule_closing_notices(session, office, now) or self._closing_told

    def sweep_once(self) -> dict:
        """One pass of the safety net: stale events, due jobs (today's purge and closing notices among them), due
        deliveries and kiosk visits whose page is gone."""
        self.schedule_purge()
        self.schedule_closing_notices()
        return {"slots": self.extend_slot_patterns(), "residents": self.pipeline.sweep(), "jobs": self.scheduler.run_due(),
                "deliveries": self.sender.sweep(), "media": self.media.sweep(), "kiosk_visits": Kiosk(self).sweep_abandoned(clock.now())}

    def serve_in_this_process(self) -> None:
        """Make this process the runtime's server: tune the interpreter for its database and start the safety
        net. Called by create_app outside tests; the only process-wide change the app makes besides logging."""
        # On SQLite, threads hand the one write lock to each other many times a second; with the default 5 ms
        # GIL switch interval each hand-over can stall that long, so switch faster. PostgreSQL has no such
        # queue, and there the faster switching only cost CPU (twice the context switches per event).
        sys.setswitchinterval(DEFAULT_SWITCH_INTERVAL if self.db.is_postgres else SQLITE_SWITCH_INTERVAL)
        self.start_sweeper()

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
        idle = self.sender.wait_released(timeout)  # webhook requests still sending their own replies
        idle = self.background.wait_idle(timeout) and idle  # then processing: it queues deliveries
        idle = self.deliveries.wait_idle(timeout) and idle
        self.sender.flush()
        return idle

    @property
    def stopping(self) -> threading.Event:
        """Set when the process shuts down (long requests such as live-update streams end at once)."""
        return self._stop

    def close(self) -> None:
        """Stop background threads and close connections."""
        self._stop.set()
        self.background.shutdown()
        self.deliveries.shutdown()
        self.sender.close()
        self.db.dispose()
