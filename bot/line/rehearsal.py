"""A worker's rehearsal before its first resident: the turns a newcomer and a known resident take, run once
at start-up inside a transaction that is rolled back.

A fresh process pays once for what later turns reuse: SQLAlchemy configures its mappers and compiles each
statement the first time it runs, the dialog script and message catalogs are read, the Japanese
analyser and the triage tables are touched for the first time, and the office's calendar of public holidays
(whose library imports the holidays of every country on first use: ~0.3 s, once in the sweeper's first pass
under load) is built. Measured in-process, a worker's first
turn took about 140 ms of CPU against 3–10 ms for later ones — paid by the first residents after every
deploy or restart, all at once when they write together. The rehearsal moves that to start-up: nothing
it does is kept (the transaction is rolled back), nothing is sent (its deliveries and after-commit
effects are never dispatched), and a failure only means the first turn is slower, never a worker that
does not start."""
import logging
import time

from bot.line import events as line_events
from bot.line.inbox import opens_dialog
from bot.line.resident_events import Work
from storage import clock

log = logging.getLogger(__name__)
REHEARSAL_KEY = "U" + "0" * 31 + "r"  # never a LINE user id (those are U + 32 hex digits of a real account)
# What residents often write first and next: a greeting, then words about work and money.
LINES = ("こんにちは", "仕事がなくなって、家賃が払えません")


class _RolledBack(Exception):
    """Raised inside the rehearsal's transaction so that nothing of it is kept."""


def rehearse(runtime) -> float | None:
    """Run a newcomer's first turn and a known resident's next one, then roll them back; return the seconds
    it took, or None when it could not run (e.g. the database is not migrated yet)."""
    started = time.perf_counter()
    try:
        runtime.db.configure_models()
        runtime.refresh_dialogs()
        _touch_office_calendar(runtime.bundle.office, clock.now())
        pipeline, script = runtime.pipeline, runtime.live.engine.script
        with runtime.db.session() as session:
            now, work = clock.now(), Work()
            rows = [line_events.storage_row(_text_event(text, i, now), f"rehearsal-{i}")
                    for i, text in enumerate(LINES)]
            met = pipeline.turns.meet_newcomer(session, line_events.CHANNEL, REHEARSAL_KEY, rows[0], now, None, None,
                                               (script.name, script.initial) if opens_dialog(rows[0]) else None)
            if met is None:  # a row with this key exists: leave it alone
                raise _RolledBack
            pipeline.rehearse_turn(session, met.resident, rows[0], work, now, met.conversation)
            for row in rows[1:]:
                session.flush()
                session.expunge_all()  # as in a later request: the next turn loads the resident afresh
                opening = pipeline.turns.open_known_turn(session, line_events.CHANNEL, REHEARSAL_KEY, row, now)
                if opening is not None and opening.stored:
                    pipeline.rehearse_turn(session, opening.resident, row, work, now, opening.conversation)
            raise _RolledBack  # work.dispatch() is never called: no reply, push or effect leaves
    except _RolledBack:
        seconds = time.perf_counter() - started
        log.info("rehearsed a first and a next turn in %.0f ms (rolled back)", seconds * 1000)
        return seconds
    except Exception:  # noqa: BLE001 - a rehearsal that fails costs only the first resident's speed
        log.warning("the start-up rehearsal did not run; the first turn will be slower", exc_info=True)
        return None


def _touch_office_calendar(office, now) -> None:
    """Ask the office hours what the first turns and the sweeper ask, so the holiday calendar is built now."""
    office.is_open(now)
    office.last_closing(now)
    office.next_opening(now)


def _text_event(text: str, n: int, now) -> dict:
    """A LINE text message event as the webhook receives it, from the rehearsal's user."""
    return {"type": "message", "mode": "active", "timestamp": int(now.timestamp() * 1000) + n,
            "source": {"type": "user", "userId": REHEARSAL_KEY}, "webhookEventId": f"REHEARSAL{n:017d}",
            "deliveryContext": {"isRedelivery": False}, "replyToken": f"rehearsal-{n}",
            "message": {"id": f"{n:018d}", "type": "text", "quoteToken": REHEARSAL_KEY, "text": text}}
