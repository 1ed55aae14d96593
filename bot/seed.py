"""`madoguchi seed-demo`: the demo data, as a small registry of idempotent steps each feature adds to."""
import logging
from typing import Callable

log = logging.getLogger(__name__)
STEPS: dict[str, Callable] = {}


def step(name: str) -> Callable:
    """Register func(session, settings, now) -> str (what it did) as a demo seed step; it must be idempotent."""
    def decorator(func: Callable) -> Callable:
        if name in STEPS:
            raise ValueError(f"seed step {name!r} is registered twice")
        STEPS[name] = func
        return func
    return decorator


def load_steps() -> None:
    """Import every module that registers seed steps (add yours here)."""
    from bot import seed_booking, seed_console, seed_places  # noqa: F401


def run_all(settings, db=None, only: list[str] | None = None) -> list[str]:
    """Run every step (or only the named ones) in one transaction per step; return one line per step."""
    from storage import clock
    from storage.db import Database
    load_steps()
    own = db is None
    db = db or Database(settings.database_url)
    lines = []
    try:
        for name, func in STEPS.items():
            if only and name not in only:
                continue
            with db.session() as session:
                lines.append(f"{name}: {func(session, settings, clock.now())}")
    finally:
        if own:
            db.dispose()
    return lines
