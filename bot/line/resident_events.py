"""A resident's stored events handled in order, each turn's replies queued in the outbox (the background's path,
and the end of the webhook's): the base of bot/line/inbox.py's Pipeline, and the sweep that retries what a crash
left pending."""
import logging
from datetime import timedelta

from bot.app import turn_runner
from bot.app.logsafety import resident_ref
from bot.app.outbox import REPLY_TOKEN_FRESH, handle_inbound, new_outbox
from bot.line import events as line_events
from bot.line import richmenu
from handlers import languages
from handlers.inbound import MEDIA_KINDS
from handlers.replies import to_dict
from storage import clock, repo, repo_events, turns, turns_sqlite
from storage.models import OutboxMessage

log = logging.getLogger(__name__)
GIVE_UP_AFTER = 5
LAST_SEEN_GRAIN = timedelta(minutes=5)
NONE = turn_runner.NO_CONVERSATION  # "the resident has no open conversation" (already looked up)


class Work:
    """What a committed transaction leaves to do: deliveries to send and effects to run."""

    def __init__(self):
        self.deliveries: list[OutboxMessage] = []
        self.effects: list = []
        self.writes: turns.TurnWrites = turns.IMMEDIATE  # how the turns' own rows are written

    def dispatch(self, sender) -> None:
        """After commit: send the replies, run the effects (a failed effect never undoes the turn)."""
        sender.send_claimed(self.deliveries)
        sender.run_effects(self.effects)


class ResidentEvents:
    """Runs the dialog for each stored event of a resident, in order, and queues what to send."""

    def __init__(self, runtime):
        self.rt = runtime
        # Opening and writing a known resident's turn: in two round trips on PostgreSQL, straight to the driver on
        # SQLite (storage/turns_sqlite.py).
        self.turns = turns
        if runtime.db.engine.dialect.name == "sqlite":
            self.turns = turns_sqlite
        elif runtime.db.is_postgres:
            from storage import (
                turns_pg,  # psycopg's modules (~20 MB) only in a worker that talks to PostgreSQL
            )

            self.turns = turns_pg

    def _answer_now(self, session, resident, row: dict, work: Work, now, conv) -> None:
        """Handle the event that ends this transaction (nothing waits before it): its rows are written with
        the commit, in one round trip on PostgreSQL. *conv*: the open conversation, or None when there is none."""
        work.writes = self.turns.writes()  # no savepoint follows that could undo gathered writes
        self._apply(session, resident, row["body"], now, work, now, conv or NONE)
        work.writes.finish(session)

    def rehearse_turn(self, session, resident, row: dict, work: Work, now, conv) -> None:
        """Handle one event without committing anything: its rows are written through the session (never by
        the pipeline that commits), for a caller that rolls back (bot/line/rehearsal.py)."""
        self._apply(session, resident, row["body"], now, work, now, conv or NONE)

    # --- in the background (new residents, retries) -------------------------------------------
    def process_resident(self, key: str) -> None:
        """Handle the resident's pending events in order, each in a savepoint of its own (one that fails is
        counted and kept while the others go on); a new resident's LINE language is looked up first."""
        self.rt.refresh_dialogs()
        profile_lang = None
        with self.rt.db.session() as session:
            known = repo.find_resident(session, line_events.CHANNEL, key) is not None
        if not known:
            profile_lang = self.rt.line.profile_language(key)
        code = languages.from_line_tag(profile_lang) if profile_lang else None
        work = Work()
        now = clock.now()
        with self.rt.db.session() as session:
            resident = repo.create_resident(session, line_events.CHANNEL, key, now, code, code and "profile")
            conv = NONE if resident is not None else None  # someone just met has no conversation yet
            if resident is None:
                resident = repo.lock_resident(session, line_events.CHANNEL, key)
                if code and resident.lang is None:
                    resident.lang, resident.lang_source = code, "profile"
                else:
                    code = None
            if code:
                work.effects += richmenu.link_effects(self.rt, key, code)
            self._drain(session, resident, work, now, conv)
        work.dispatch(self.rt.sender)

    def _drain(self, session, resident, work: Work, now, conv=None, careful: bool = True) -> bool:
        """Handle the (locked) resident's pending events in order (*conv*: the first one's conversation,
        when already known). Careful: each in a savepoint; returns False when an event failed and was kept
        for a retry (later events wait behind it). Otherwise a failure raises (the caller rolls back)."""
        for event in repo_events.pending_events(session, resident.external_id):
            first_conv, conv = conv, None  # later events look their conversation up again
            if not careful:
                self._apply(session, resident, event.body, event.received_at, work, now, first_conv)
                repo_events.mark_events_done(session, [event.id], now)
                continue
            try:
                with session.begin_nested():
                    self._apply(session, resident, event.body, event.received_at, work, now, first_conv)
                    repo_events.mark_events_done(session, [event.id], now)
            except Exception as exc:  # noqa: BLE001 - keep the event for a retry, never lose it
                log.exception("processing failed for an event of %s", resident_ref(resident.id))
                if not repo_events.note_event_failure(session, event.event_id, type(exc).__name__, GIVE_UP_AFTER):
                    return False
        return True

    def _apply(self, session, resident, body: dict, received_at, work: Work, now, conv=None) -> None:
        """Run one stored event for the (locked) resident; its replies go to the outbox, effects to *work*."""
        translated = line_events.translate(body)
        lang_before = resident.lang
        replies, effects = self._run(session, resident, translated, now, conv, work.writes)
        inbound = translated.inbound
        if inbound is not None and inbound.kind in MEDIA_KINDS and not translated.standby:
            # a picture or a file: fetched from LINE after the answer has left (bot/line/media.py)
            effects = list(effects) + self.rt.media.queue(session, resident, inbound, now)
        if resident.lang and resident.lang != lang_before and resident.channel == line_events.CHANNEL:
            # profile, detection or choice set the language: show the rich menu drawn in it
            effects = list(effects) + richmenu.link_effects(self.rt, resident.external_id, resident.lang)
        # A reply token lives about a minute from when LINE sent the event; past that, push.
        token = translated.reply_token if now - received_at < REPLY_TOKEN_FRESH else None
        if replies:
            work.deliveries.append(work.writes.queue_outbox(session, new_outbox(
                resident.id, resident.external_id, resident.channel, [to_dict(r) for r in replies], token, now)))
        work.effects += effects

    def _run(self, session, resident, translated, now, conv=None, writes: turns.TurnWrites = turns.IMMEDIATE):
        """Apply one translated event to the resident's conversation; return replies and effects.

        *conv* is the open conversation when the caller already loaded it (NONE: it has none)."""
        if now - resident.last_seen_at > LAST_SEEN_GRAIN:
            resident.last_seen_at = now
        if translated.standby:
            return [], []
        if translated.unfollow:
            resident.following, resident.unfollowed_at = False, now  # retention counts from here
            conv = repo.open_conversation(session, resident.id) if conv is None else conv
            if conv is not None and conv is not NONE:
                conv.status, conv.outcome, conv.closed_at = "closed", conv.outcome or "unfollowed", now
            return [], []
        inbound = translated.inbound
        if inbound is None:
            return [], []
        return handle_inbound(self.rt, session, resident, inbound, now, conv, writes)

    # --- 3. the safety net -------------------------------------------------------------------
    def sweep(self, stale_after: timedelta = timedelta(seconds=30)) -> int:
        """Process events left pending by a crash or a failure; return how many residents were retried."""
        with self.rt.db.session() as session:
            keys = repo_events.stale_resident_keys(session, clock.now() - stale_after)
        for key in keys:
            self.process_resident(key)
        return len(keys)
