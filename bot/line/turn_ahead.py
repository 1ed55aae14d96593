"""On SQLite, a known resident's turn computed before its transaction takes the one writer (an optimistic turn).

Every SQLite turn runs inside the one write lock that all processes share, and under load turns queue for it. Most
of a turn needs no lock: the dialog reads the resident's row and conversation, decides, and ends with a few rows to
write (history lines, the conversation, the outbox row, now and then the resident's language). So the request
thread first computes the turn on a read snapshot (storage/db.py Database.reading: no writer, writes refused), keeps
those rows (storage/turns_sqlite.py GatheredTurnWrites), and then, under the writer, reads the resident's row again
in the statement that stores the event: when the resident, their conversation and their backlog are exactly as the
snapshot read them, the kept rows are written; otherwise (another event of theirs came first, a counselor wrote, a
redelivery) the turn is done again under the writer, as before. A handoff's no-claim timer (a scheduled job) is kept
with the rows; a turn that would write anything else (a booking, a new conversation) is refused on the snapshot and
likewise done under the writer. Nothing of a plan is
kept unless its rows are written, and its effects run only after that commit."""
import logging
from dataclasses import dataclass

from bot.line import events as line_events
from bot.line.resident_events import Work
from storage import clock, turns_sqlite

log = logging.getLogger(__name__)


@dataclass
class Plan:
    """A turn computed ahead: the row it was computed from, its work (deliveries, effects), resident and kept rows."""

    row: tuple
    work: Work
    resident: object
    writes: turns_sqlite.GatheredTurnWrites


def plan(pipeline, row: dict) -> Plan | None:
    """Compute a known resident's text turn on a read snapshot; None when it must be done under the writer (not
    SQLite's direct path, a newcomer, earlier events waiting, no open conversation, a turn that writes more than its
    own rows, or any error)."""
    if pipeline.turns is not turns_sqlite:
        return None
    db, key, now = pipeline.rt.db, row["resident_key"], clock.now()
    try:
        with db.reading() as session:
            found = turns_sqlite.read_known(session, line_events.CHANNEL, key)
            if found is None or found.backlog or found.conversation is None:
                return None  # (a redelivery is found under the writer, when its event is not stored again)
            work, writes = Work(), turns_sqlite.gathered()
            work.writes = writes
            writes.gather_in(session)
            pipeline._apply(session, found.resident, row["body"], now, work, now, found.conversation)
            writes.finish(session)
            if db.refused():
                return None
    except Exception:  # noqa: BLE001 - whatever went wrong, the turn is done again under the writer
        log.debug("a turn computed ahead is done again under the writer", exc_info=True)
        return None
    return Plan(found.row, work, found.resident, writes)


def fits(ahead: Plan | None, opening) -> bool:
    """Whether a plan's rows may be written in the transaction *opening* began: the event is new, nothing of the
    resident's waits, and their row and conversation read under the writer are the ones the plan was computed from."""
    return ahead is not None and opening.stored and not opening.backlog and opening.row == ahead.row
