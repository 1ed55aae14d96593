"""The retention policy staff set in dialogs/data/retention.yaml: days per kind of data, validated on load."""
import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

from handlers.datafile import BOOKKEEPING, DataError, key_line, line_of, load_file
from handlers.problems import Problem

KINDS = ("raw_events", "message_text", "intake_summary", "identity", "audit_log", "consent_records")
MAX_DAYS = 3650
HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class RetentionPolicy:
    """Days each kind of data is kept, the cut for residents who blocked us, and when the purge runs."""

    days: dict
    after_unfollow: int
    run_at: time

    def cutoff(self, kind: str, now: datetime) -> datetime:
        """Data of *kind* older than this instant has expired."""
        return now - timedelta(days=self.days[kind])

    def unfollow_cutoff(self, now: datetime) -> datetime:
        """Residents who blocked the account before this instant lose texts, summaries and identity."""
        return now - timedelta(days=self.after_unfollow)

    @classmethod
    def from_data(cls, data, name: str) -> "RetentionPolicy":
        """Build from parsed YAML, listing every problem with its line."""
        if not isinstance(data, dict):
            raise DataError([Problem("retention.shape", where=name, line=1)])
        problems: list[str] = []
        periods = data.get("periods")
        days: dict[str, int] = {}
        if not isinstance(periods, dict):
            problems.append(Problem("retention.periods", where=name, line=line_of(data, 1), kinds=", ".join(KINDS)))
            periods = {}
        for kind in KINDS:
            value = periods.get(kind)
            if not _days_ok(value, 1):
                problems.append(Problem("retention.days", where=name, line=key_line(periods, kind, line_of(periods, 1)), kind=kind,
                                        max=MAX_DAYS, value=repr(value)))
            else:
                days[kind] = value
        for kind in periods:
            if kind not in KINDS and kind not in BOOKKEEPING:
                problems.append(Problem("retention.unknown_kind", where=name, line=key_line(periods, kind), kind=kind,
                                        known=", ".join(KINDS)))
        after = data.get("after_unfollow")
        if not _days_ok(after, 0):
            problems.append(Problem("retention.after_unfollow", where=name, line=key_line(data, "after_unfollow", 1), max=MAX_DAYS,
                                    value=repr(after)))
        run_at = str(data.get("run_at", "03:30"))
        match = HHMM.match(run_at)
        if not match:
            problems.append(Problem("retention.run_at", where=name, line=key_line(data, "run_at", 1), value=repr(run_at)))
        if problems:
            raise DataError(problems)
        return cls(days=days, after_unfollow=after, run_at=time(int(match.group(1)), int(match.group(2))))

    @classmethod
    def load(cls, path: Path) -> "RetentionPolicy":
        """Read and validate retention.yaml."""
        return cls.from_data(load_file(path), path.name)


def _days_ok(value, low: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= MAX_DAYS
