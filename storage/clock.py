"""The one source of 'now', so tests and the demo can move the clock."""
from datetime import datetime, timedelta, timezone

_offset = timedelta(0)


def now() -> datetime:
    """Current time in UTC, shifted by the demo/test clock offset."""
    return datetime.now(timezone.utc) + _offset


def shift(delta: timedelta) -> None:
    """Move this process's clock forward (demo 'time travel' and tests)."""
    global _offset
    _offset += delta


def reset() -> None:
    """Put this process's clock back to real time."""
    global _offset
    _offset = timedelta(0)
