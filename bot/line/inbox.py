"""Inbound events → stored → processed one resident at a time → outbox → sent after commit."""
import logging
from datetime import timedelta

from bot.app import turn_runner
from bot.app.logsafety import resident_ref
from bot.app.outbox import REPLY_TOKEN_FRESH, handle_inbound, new_outbox
from bot.line import events as line_events
from bot.line import richmenu
from handlers import languages
from handlers.replies import to_dict
from storage import clock, repo, repo_events, repo_outbox, repo_privacy, turns
from storage.models import OutboxMessage

log = logging.getLogger(__name__)
GIVE_UP_AFTER = 5
LAST_SEEN_GRAIN = timedelta(minutes=5)
# A newcomer's first message is answered in the webhook request when LINE gives their profile this fast
# (the request must end well within LINE's 2 s); otherwise in the background.
INLINE_PROFILE_TIMEOUT = 0.5
INLINE_RESIDENTS = 8  # residents of one webhook body handled inside the request; the rest in the background
SPENT_MARGIN = timedelta(days=1)  # clocks differ: look up events a day younger than the purge horizon too
_NONE = turn_runner.NO_CONVERSATION  # "the resident has no open conversation" (already looked up)
PROFILE_LATER = object()  # "answer first, read the LINE profile after the answer has left"


def has_words(row: dict) -> bool:
    """Whether a stored event is a text message, whose own language tells us how to answer it."""
    message = row["body"].get("message") if row["body"].get("type") == "message" else None
    return isinstance(message, dict) and message.get("type") == "text" and bool(str(message.get("text", "")).strip())


def opens_dialog(row: dict) -> bool:
    """Whether a stored event goes through the dialog (and so needs a conversation)."""
    translated = line_events.translate(row["body"])
    return translated.inbound is not None and not translated.standby and not translated.unfollow


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


class Pipeline:
    """Stores events durably, runs the dialog for each, and queues what to send."""

    def __init__(self, runtime):
        self.rt = runtime
        # Opening and writing a known resident's turn: in two round trips on PostgreSQL.
        self.turns = turns
        if runtime.db.is_postgres:
            from storage import (
                turns_pg,  # psycopg's modules (~20 MB) only in a worker that talks to PostgreSQL
            )

            self.turns = turns_pg

    # --- in the webhook request: store, and handle known residents in the same transaction -----
    def accept(self, raw_events: list[dict], body_id: str) -> list[str]:
        """Commit every new event (redeliveries are no-ops); residents we already know are handled in the
        same transaction. Return the residents left for the background (new ones, or after a failure)."""
        rows = self._not_spent([line_events.storage_row(raw, f"{body_id}-{i}") for i, raw in enumerate(raw_events)])
        if not rows:
            return []
        if len(rows) == 1 and rows[0]["resident_key"]:
            try:
                later = self._accept_one(rows[0])
            except Exception:  # noqa: BLE001 - nothing was kept: store and handle it the careful way
                log.warning("an event failed on the quick path; handling it again step by step", exc_info=True)
            else:
                return later if later is not None else self._welcome(rows[0])
        return self._accept_all(rows)

    def _not_spent(self, rows: list[dict]) -> list[dict]:
        """The rows minus replays of events whose stored body the purge already removed. Only an event that
        happened before the purge's horizon can be one, so fresh events cost no look-up."""
        policy = getattr(self.rt.bundle, "retention", None)
        if policy is None:
            return rows
        horizon = (policy.cutoff("raw_events", clock.now()) + SPENT_MARGIN).timestamp() * 1000
        old = [row["event_id"] for row in rows if row["occurred_ms"] < horizon]
        if not old:
            return rows
        with self.rt.db.session() as session:
            spent = repo_privacy.spent_event_ids(session, line_events.CHANNEL, old)
        if spent:
            log.warning("%d replayed event(s) whose bodies were purged were ignored", len(spent))
        return [row for row in rows if row["event_id"] not in spent]

    def _welcome(self, row: dict) -> list[str]:
        """Someone we have never met: answer them now, in one transaction. A message with words is answered
        in the language it is written in, and their LINE profile is read after the answer has left; for
        anything else (a follow, a sticker) their profile language is asked for first, if LINE gives it
        quickly. Otherwise (or if anything goes wrong) the event is stored for the background, which asks
        again patiently. Until the transaction commits nothing is stored and LINE has no 200 yet, so a
        crash meanwhile only means LINE delivers the event again."""
        key = row["resident_key"]
        if has_words(row):
            answered, lang = True, PROFILE_LATER
        else:
            answered, lang = self.rt.line.profile_lookup(key, timeout=INLINE_PROFILE_TIMEOUT)
        if answered:
            try:
                later = self._first_contact(row, lang)
            except Exception:  # noqa: BLE001 - e.g. the database went away: keep the event, retry later
                log.warning("a newcomer's first event is left to the background", exc_info=True)
            else:
                if later is not None:
                    return later
        return self._accept_all([row])

    def _first_contact(self, row: dict, profile_lang: str | None) -> list[str] | None:
        """Meet a resident and handle their event in one transaction: their row (with their LINE language),
        the event stored already handled, the answer queued. None when their row appeared meanwhile
        (another event of theirs was quicker); the caller then takes the usual path."""
        key, work, now = row["resident_key"], Work(), clock.now()
        later = profile_lang is PROFILE_LATER
        profile_lang = None if later else profile_lang
        code = languages.from_line_tag(profile_lang) if profile_lang else None
        self.rt.refresh_dialogs()
        script = self.rt.live.engine.script
        with self.rt.db.session() as session:
            met = self.turns.meet_newcomer(session, line_events.CHANNEL, key, row, now, code, code and "profile",
                                           (script.name, script.initial) if opens_dialog(row) else None)
            if met is None:
                return None
            work.effects += richmenu.link_effect(self.rt, key, met.rich_menu)
            # An earlier event of theirs may wait (stored when LINE was slow to give the profile): it goes first.
            if met.stored and not met.backlog:
                self._answer_now(session, met.resident, row, work, now, met.conversation)
            else:  # the event was stored before (a redelivery), or waits behind an earlier one
                self._drain(session, met.resident, work, now, _NONE, careful=False)
            if later and met.resident.lang is None:
                # their words did not tell us their language: LINE's profile may, once the answer has left
                work.effects.append(lambda: self.learn_profile_language(key))
        work.dispatch(self.rt.sender)
        return []

    def learn_profile_language(self, key: str) -> None:
        """After a newcomer's first answer has left, when their words did not tell us their language: keep
        their LINE profile language, unless something has told us meanwhile (the message's language wins).
        When the words did tell us, LINE is not asked at all: that look-up and its row lock would only
        compete with the resident's next message."""
        tag = self.rt.line.profile_language(key)
        code = languages.from_line_tag(tag) if tag else None
        if code is None:
            return
        work = Work()
        with self.rt.db.session() as session:
            resident = repo.lock_known_resident(session, line_events.CHANNEL, key)
            if resident is None or resident.lang_source in ("chosen", "profile"):
                return
            if resident.lang is None:
                resident.lang, resident.lang_source = code, "profile"
                work.effects += richmenu.link_effects(self.rt, session, key, code)
            elif resident.lang == code:
                resident.lang_source = "profile"  # the message and the profile agree
        work.dispatch(self.rt.sender)

    def _accept_one(self, row: dict) -> list[str] | None:
        """The common case, one event of one resident, in the fewest statements: resident locked first,
        the event stored already handled (the transaction makes both one), no savepoint. Any failure
        rolls everything back and the caller starts again with _accept_all, which keeps the event.
        None: we have never met this resident (nothing was stored)."""
        key, work, now = row["resident_key"], Work(), clock.now()
        with self.rt.db.session() as session:
            opening = self.turns.open_known_turn(session, line_events.CHANNEL, key, row, now)
            if opening is None:  # a newcomer: their LINE profile is looked up first, outside the transaction
                # Also when this redelivers their first event: with no resident row, nobody has answered it
                # (the process that stored it died, or is still at it: creating the row settles which).
                return None
            if not opening.stored:
                # A redelivery: if events still wait, the process that took them may have died; handle them now.
                return [key] if opening.backlog else []
            if opening.backlog:  # earlier events wait: handle them all in order, each in its savepoint
                handled = self._drain(session, opening.resident, work, now)
            else:
                handled = True
                self._answer_now(session, opening.resident, row, work, now, opening.conversation)
        work.dispatch(self.rt.sender)
        return [] if handled else [key]

    def _answer_now(self, session, resident, row: dict, work: Work, now, conv) -> None:
        """Handle the event that ends this transaction (nothing waits before it): its rows are written with
        the commit, in one round trip on PostgreSQL. *conv*: the open conversation, or None when there is none."""
        work.writes = self.turns.writes()  # no savepoint follows that could undo gathered writes
        self._apply(session, resident, row["body"], now, work, now, conv or _NONE)
        work.writes.finish(session)

    def _accept_all(self, rows: list[dict]) -> list[str]:
        """Any number of events: store them all, then handle each known resident's in order."""
        later: list[str] = []
        work = Work()
        now = clock.now()
        with self.rt.db.session() as session:
            new = set(repo_events.store_events(session, rows))
            fresh = [row for row in rows if row["event_id"] in new]
            # A redelivered event may be one a dead process left pending: its resident is looked at again.
            later += sorted({row["resident_key"] for row in rows if row["resident_key"] and row["event_id"] not in new}
                            - {row["resident_key"] for row in fresh})
            for row in fresh:
                if not row["resident_key"]:
                    self._handle_without_resident(session, row, work, now)
            keys = sorted({row["resident_key"] for row in fresh if row["resident_key"]})
            # A body from many residents at once is stored in full, answered with its 200, and handled by the
            # background threads: handling hundreds of turns inside the request would keep LINE waiting.
            later += keys[INLINE_RESIDENTS:]
            for key in keys[:INLINE_RESIDENTS]:
                resident = repo.lock_known_resident(session, line_events.CHANNEL, key)
                if resident is None or not self._drain(session, resident, work, now):
                    later.append(key)
        work.dispatch(self.rt.sender)
        return later

    def _handle_without_resident(self, session, row, work: Work, now) -> None:
        """Group and room events: a polite note on join, otherwise nothing."""
        translated = line_events.translate(row["body"])
        repo_events.mark_event_done(session, row["event_id"], now)
        source = line_events._source(row["body"])
        target = source.get("groupId") or source.get("roomId")
        if translated.note and target:
            text = self.rt.catalog.text(languages.SOURCE, translated.note)
            work.deliveries.append(repo_outbox.queue_outbox(session, new_outbox(
                None, target, "line", [{"type": "text", "text": text}], translated.reply_token, now)))

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
            conv = _NONE if resident is not None else None  # someone just met has no conversation yet
            if resident is None:
                resident = repo.lock_resident(session, line_events.CHANNEL, key)
                if code and resident.lang is None:
                    resident.lang, resident.lang_source = code, "profile"
                else:
                    code = None
            if code:
                work.effects += richmenu.link_effects(self.rt, session, key, code)
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
        if resident.lang and resident.lang != lang_before and resident.channel == line_events.CHANNEL:
            # profile, detection or choice set the language: show the rich menu drawn in it
            # PostgreSQL: looked up after commit (in the turn it would cost a round trip); SQLite: in the turn
            # (a second transaction would queue behind the one writer)
            link = (richmenu.link_later_effects(self.rt, resident.external_id, resident.lang) if self.rt.db.is_postgres
                    else richmenu.link_effects(self.rt, session, resident.external_id, resident.lang))
            effects = list(effects) + link
        # A reply token lives about a minute from when LINE sent the event; past that, push.
        token = translated.reply_token if now - received_at < REPLY_TOKEN_FRESH else None
        if replies:
            work.deliveries.append(work.writes.queue_outbox(session, new_outbox(
                resident.id, resident.external_id, resident.channel, [to_dict(r) for r in replies], token, now)))
        work.effects += effects

    def _run(self, session, resident, translated, now, conv=None, writes: turns.TurnWrites = turns.IMMEDIATE):
        """Apply one translated event to the resident's conversation; return replies and effects.

        *conv* is the open conversation when the caller already loaded it (_NONE: it has none)."""
        if now - resident.last_seen_at > LAST_SEEN_GRAIN:
            resident.last_seen_at = now
        if translated.standby:
            return [], []
        if translated.unfollow:
            resident.following, resident.unfollowed_at = False, now  # retention counts from here
            conv = repo.open_conversation(session, resident.id) if conv is None else conv
            if conv is not None and conv is not _NONE:
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
