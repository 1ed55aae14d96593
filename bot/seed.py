"""`madoguchi seed-demo`: a small registry of named seed steps (places, resources, slots, accounts…).

Each step loads one kind of demo data into the database and must be idempotent: running seed-demo
again changes nothing. Add a step with `@step("name")` in this module (or a bot/ module imported by
load_steps) — it receives the Runtime and returns a one-line summary.
"""
from typing import Callable

from handlers import directory_csv
from storage import clock

STEPS: dict[str, Callable] = {}


def step(name: str) -> Callable:
    """Register func(runtime) -> str as the seed step *name* (run in registration order)."""
    def decorator(func: Callable) -> Callable:
        if name in STEPS:
            raise ValueError(f"seed step {name!r} is registered twice")
        STEPS[name] = func
        return func
    return decorator


def run_all(runtime, only: list[str] | None = None) -> list[str]:
    """Run every seed step (or the named ones), each in its own transaction; return their summaries."""
    out = []
    for name, func in STEPS.items():
        if only and name not in only:
            continue
        out.append(f"{name}: {func(runtime)}")
    return out


def _summary(counts: dict) -> str:
    return ", ".join(f"{n} {what}" for what, n in counts.items() if n) or "nothing to load"


@step("places")
def seed_places(runtime) -> str:
    """The fictional town's places to be (dialogs/data/places.csv), upserted by key."""
    path = runtime.settings.data_dir / "data" / "places.csv"
    areas = set((runtime.bundle.places.areas if runtime.bundle.places else {}) or {}) or None
    with runtime.db.session() as session:
        counts = directory_csv.import_places(session, directory_csv.decode(path.read_bytes()), clock.now(),
                                             path.name, areas=areas)
    return f"{counts['added'] + counts['updated'] + counts['unchanged']} places ({_summary(counts)})"


@step("resources")
def seed_resources(runtime) -> str:
    """The fictional town's agencies (dialogs/data/resources.csv), upserted by key."""
    path = runtime.settings.data_dir / "data" / "resources.csv"
    with runtime.db.session() as session:
        counts = directory_csv.import_resources(session, directory_csv.decode(path.read_bytes()), clock.now(),
                                                path.name)
    return f"{counts['added'] + counts['updated'] + counts['unchanged']} resources ({_summary(counts)})"
