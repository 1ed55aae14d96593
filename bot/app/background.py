"""A thread pool that knows when it is idle, so tests and the demo can wait for queued work."""
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

log = logging.getLogger(__name__)


class Background:
    """Runs callables on worker threads; None threads means run inline (deterministic mode)."""

    def __init__(self, threads: int | None):
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="madoguchi") if threads else None
        self._pending = 0
        self._idle = threading.Condition()

    def run(self, func: Callable, *args) -> None:
        """Run func(*args) soon; exceptions are logged, never raised to the caller."""
        if self._pool is None:
            self._call(func, *args)
            return
        with self._idle:
            self._pending += 1
        self._pool.submit(self._tracked, func, *args)

    def _tracked(self, func, *args) -> None:
        try:
            self._call(func, *args)
        finally:
            with self._idle:
                self._pending -= 1
                self._idle.notify_all()

    @staticmethod
    def _call(func, *args) -> None:
        try:
            func(*args)
        except Exception:  # noqa: BLE001 - the work stays pending in the database; the sweep retries it
            log.exception("background work failed: %s", getattr(func, "__name__", func))

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until no work is queued or running; False on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def shutdown(self) -> None:
        """Finish queued work and stop the threads."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
