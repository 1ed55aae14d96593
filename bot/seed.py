"""Demo data for `madoguchi seed-demo` and `madoguchi demo`: a small registry of idempotent seed steps.

Add a step with @seed_step("places") def seed_places(db) -> list[str]; it must be safe to run again
(create only what is missing) and return lines worth printing (e.g. logins)."""
from typing import Callable

from bot import staff as staff_accounts

SEEDS: list[tuple[str, Callable]] = []
DEMO_PASSWORD = "madoguchi-demo"
DEMO_STAFF = (  # name, role, display name, languages
    ("sato", "counselor", "佐藤", ["ja", "en"]),
    ("suzuki", "counselor", "鈴木", ["ja", "vi"]),
    ("editor", "editor", "編集担当", ["ja"]),
)


def seed_step(name: str) -> Callable:
    """Register an idempotent seed step run by seed-demo (in registration order)."""
    def decorator(func: Callable) -> Callable:
        if any(existing == name for existing, _ in SEEDS):
            raise ValueError(f"seed step {name!r} registered twice")
        SEEDS.append((name, func))
        return func
    return decorator


def run_all(db) -> list[str]:
    """Run every seed step against *db*; return the lines they want printed."""
    lines: list[str] = []
    for _name, step in SEEDS:
        lines += step(db) or []
    return lines


@seed_step("staff")
def seed_staff(db) -> list[str]:
    """Demo counselors (two, to try the claim race side by side) and an editor."""
    for name, role, display, langs in DEMO_STAFF:
        staff_accounts.ensure(db, name, role, DEMO_PASSWORD, langs, display)
    names = " / ".join(n for n, r, *_ in DEMO_STAFF if r == "counselor")
    return [f"console login: {names}  password: {DEMO_PASSWORD}"]
