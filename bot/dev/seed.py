"""`madoguchi seed-demo`: the demo data, as a list of idempotent steps."""
import logging
from typing import Callable

log = logging.getLogger(__name__)


def steps() -> dict[str, Callable]:
    """Every demo seed step, by name, in the order they run: func(session, settings, now) -> str (what it
    did); each must be idempotent. Add a new step here."""
    from bot.dev import seed_booking, seed_console, seed_places, seed_reports

    return {
        "booking-slots": seed_booking.seed_slots,
        "staff": seed_console.seed_staff,
        "places": seed_places.seed_places,
        "resources": seed_places.seed_resources,
        "reports": seed_reports.seed_reports,
    }


def run_all(settings, db=None, only: list[str] | None = None) -> list[str]:
    """Run every step (or only the named ones) in one transaction per step; return one line per step."""
    from storage import clock
    from storage.db import Database
    own = db is None
    db = db or Database(settings.database_url)
    lines = []
    try:
        for name, func in steps().items():
            if only and name not in only:
                continue
            with db.session() as session:
                lines.append(f"{name}: {func(session, settings, clock.now())}")
    finally:
        if own:
            db.dispose()
    return lines
