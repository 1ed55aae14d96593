"""Inbound events → stored → processed one resident at a time → outbox → sent after commit."""
import logging
from datetime import timedelta

from bot.app.outbox import new_outbox
from bot.app.triage_ahead import TriageAhead
from bot.line import events as line_events
from bot.line import richmenu, turn_ahead
from bot.line.resident_events import NONE, ResidentEvents, Work
from handlers import languages
from storage import clock, repo, repo_events, repo_outbox, repo_privacy

log = logging.getLogger(__name__)
# A newcomer's first message is answered in the webhook request when LINE gives their profile this fast
# (the request must end well within LINE's 2 s); otherwise in the background.
INLINE_PROFILE_TIMEOUT = 0.5
INLINE_RESIDENTS = 8  # residents of one webhook body handled inside the request; the rest in the background
SPENT_MARGIN = timedelta(days=1)  # clocks differ: look up events a day younger than the purge horizon too
PROFILE_LATER = object()  # "answer first, read the LINE profile after the answer has left"


def has_words(row: dict) -> bool:
    """Whether a stored event is a text message, whose own language tells us how to answer it."""
    message = row["body"].get("message") if row["body"].get("type") == "message" else None
    return isinstance(message, dict) and message.get("type") == "text" and bool(str(message.get("text", "")).strip())


def opens_dialog(row: dict) -> bool:
    """Whether a stored event goes through the dialog (and so needs a conversation)."""
    translated = line_events.translate(row["body"])
    return translated.inbound is not None and not translated.standby and not translated.unfollow


class Pipeline(ResidentEvents):
    """Stores events durably, runs the dialog for each, and queues what to send."""

    # --- in the webhook request: store, and handle known residents in the same transaction -----
    def accept(self, raw_events: list[dict], body_id: str) -> list[str]:
        """Commit every new event (redeliveries are no-ops); residents we already know are handled in the
        same transaction. Return the residents left for the background (new ones, or after a failure)."""
        rows = self._not_spent([line_events.storage_row(raw, f"{body_id}-{i}") for i, raw in enumerate(raw_events)])
        if not rows:
            return []
        if len(rows) == 1 and rows[0]["resident_key"]:
            ahead = self._read_ahead(rows[0])
            try:
                later = self._accept_one(rows[0])
            except Exception:  # noqa: BLE001 - nothing was kept: store and handle it the careful way
                log.warning("an event failed on the quick path; handling it again step by step", exc_info=True)
            else:
                return later if later is not None else self._welcome(rows[0])
            finally:
                if ahead is not None:
                    ahead.forget_prepared()
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
            work.effects += richmenu.link_effects(self.rt, key, code) if code else []
            # An earlier event of theirs may wait (stored when LINE was slow to give the profile): it goes first.
            if met.stored and not met.backlog:
                self._answer_now(session, met.resident, row, work, now, met.conversation)
            else:  # the event was stored before (a redelivery), or waits behind an earlier one
                self._drain(session, met.resident, work, now, NONE, careful=False)
            if later and (met.resident.lang is None or met.resident.lang_source == languages.GUESSED):
                # their words did not tell us their language (or only guessed it, from "ok" or "hi"): LINE's
                # profile may, once the answer has left
                work.effects.append(lambda: self.learn_profile_language(key))
            self._learn_language(key, met.resident)
        work.dispatch(self.rt.sender)
        return []

    def learn_profile_language(self, key: str) -> None:
        """After a newcomer's first answer has left, when their words did not tell us their language (or only let
        us guess it): keep their LINE profile language, unless something has told us meanwhile (the message's
        language wins).
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
            if resident.lang is None or (resident.lang_source == languages.GUESSED and resident.lang != code):
                resident.lang, resident.lang_source = code, "profile"
                work.effects += richmenu.link_effects(self.rt, key, code)
            elif resident.lang == code:
                resident.lang_source = "profile"  # the message and the profile agree
        work.dispatch(self.rt.sender)

    def _accept_one(self, row: dict) -> list[str] | None:
        """The common case, one event of one resident, in the fewest statements: resident locked first,
        the event stored already handled (the transaction makes both one), no savepoint. Any failure
        rolls everything back and the caller starts again with _accept_all, which keeps the event.
        None: we have never met this resident (nothing was stored)."""
        key, work, now = row["resident_key"], Work(), clock.now()
        # On SQLite a text turn is computed first without the writer, and written under it if nothing changed
        ahead = turn_ahead.plan(self, row) if has_words(row) else None
        with self.rt.db.session() as session:
            if ahead is None:
                opening = self.turns.open_known_turn(session, line_events.CHANNEL, key, row, now)
            else:  # SQLite's direct path: the plan's resident is taken back when its row is unchanged
                opening = self.turns.open_known_turn(session, line_events.CHANNEL, key, row, now,
                                                     planned=(ahead.row, ahead.resident))
            if opening is None:  # a newcomer: their LINE profile is looked up first, outside the transaction
                # Also when this redelivers their first event: with no resident row, nobody has answered it
                # (the process that stored it died, or is still at it: creating the row settles which).
                return None
            if not opening.stored:
                # A redelivery: if events still wait, the process that took them may have died; handle them now.
                return [key] if opening.backlog else []
            handled, resident = True, opening.resident
            if turn_ahead.fits(ahead, opening):
                ahead.writes.write(session)
                work, resident = ahead.work, ahead.resident
            elif opening.backlog:  # earlier events wait: handle them all in order, each in its savepoint
                handled = self._drain(session, opening.resident, work, now)
            else:
                self._answer_now(session, opening.resident, row, work, now, opening.conversation)
            self._learn_language(key, resident)
        work.dispatch(self.rt.sender)
        return [] if handled else [key]

    def _read_ahead(self, row: dict):
        """On SQLite, read a text message's triage before the turn takes the one writer (bot/app/triage_ahead.py);
        the classify it was prepared on, to forget it after the turn (None: nothing prepared)."""
        if self.rt.db.is_postgres or not has_words(row):
            return None
        classify = self.rt.services.classify
        if not isinstance(classify, TriageAhead):  # a test or a preview gave its own
            return None
        classify.prepare(row["resident_key"], row["body"]["message"]["text"])
        return classify

    def _learn_language(self, key: str, resident) -> None:
        """Keep the language this turn left the resident with, for the next read ahead (SQLite only)."""
        classify = self.rt.services.classify
        if not self.rt.db.is_postgres and isinstance(classify, TriageAhead):
            classify.remember(key, resident.lang)

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
