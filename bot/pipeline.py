"""Inbound events → stored → processed one resident at a time → outbox → sent after commit."""
import logging
import uuid
from datetime import timedelta

from sqlalchemy.orm.attributes import flag_modified

from bot.channels import line_events
from dialogs.engine import open_conversation
from handlers import languages
from handlers.replies import plain_text, to_dict
from handlers.turn import Turn
from storage import clock, repo
from storage.models import OutboxMessage

log = logging.getLogger(__name__)
GIVE_UP_AFTER = 5
REPLY_TOKEN_FRESH = timedelta(seconds=50)


def queue_replies(session, resident, replies, reply_token: str | None, now) -> list[int]:
    """Put replies in the outbox (one call's worth); return the outbox ids to send after commit."""
    if not replies:
        return []
    item = repo.queue_outbox(session, OutboxMessage(
        resident_id=resident.id, recipient=resident.external_id, channel=resident.channel,
        reply_token=reply_token, retry_key=str(uuid.uuid4()), payload=[to_dict(r) for r in replies],
        created_at=now, next_attempt_at=now))
    return [item.id]


def record_replies(session, conv, replies, now) -> None:
    """Add what the bot said to the conversation history."""
    for reply in replies:
        repo.add_message(session, conv.id, "bot", plain_text(reply), now, kind=reply.type)


class Pipeline:
    """Stores events durably, runs the dialog for each, and queues what to send."""

    def __init__(self, runtime):
        self.rt = runtime

    # --- 1. store (inside the webhook request, before the 200) ---------------------------------
    def store(self, raw_events: list[dict], body_id: str) -> list[str]:
        """Commit every new event; return the residents who now have work. Redeliveries are no-ops."""
        rows = [line_events.storage_row(raw, f"{body_id}-{i}") for i, raw in enumerate(raw_events)]
        keys: list[str] = []
        outbox_ids: list[int] = []
        with self.rt.db.session() as session:
            new = set(repo.store_events(session, rows))
            for row in rows:
                if row["event_id"] not in new:
                    continue
                if row["resident_key"]:
                    if row["resident_key"] not in keys:
                        keys.append(row["resident_key"])
                    continue
                outbox_ids += self._handle_without_resident(session, row)
        self.rt.sender.submit(outbox_ids)
        return keys

    def _handle_without_resident(self, session, row) -> list[int]:
        """Group and room events: a polite note on join, otherwise nothing."""
        translated = line_events.translate(row["body"])
        repo.mark_event_done(session, row["event_id"], clock.now())
        source = row["body"].get("source") or {}
        target = source.get("groupId") or source.get("roomId")
        if not translated.note or not target:
            return []
        text = self.rt.catalog.text(languages.SOURCE, translated.note)
        item = repo.queue_outbox(session, OutboxMessage(
            resident_id=None, recipient=target, reply_token=translated.reply_token,
            retry_key=str(uuid.uuid4()), payload=[{"type": "text", "text": text}], created_at=clock.now(),
            next_attempt_at=clock.now()))
        return [item.id]

    # --- 2. process (in a worker thread, or by the retry sweep) -------------------------------
    def process_resident(self, key: str) -> None:
        """Handle the resident's pending events one by one, in the order they happened."""
        looked_up_profile = False
        while True:
            profile_lang = None
            if not looked_up_profile and self._needs_profile(key):
                profile_lang = self.rt.line.profile_language(key)
                looked_up_profile = True
            try:
                outcome = self._process_next(key, profile_lang)
            except Exception as exc:  # noqa: BLE001 - keep the event for a retry, never lose it
                log.exception("processing failed for an event (resident %s…)", key[:6])
                if self._note_failure(key, exc):
                    continue
                return
            if outcome is None:
                return
            outbox_ids, effects = outcome
            self.rt.sender.submit(outbox_ids)
            for effect in effects:
                try:
                    effect()
                except Exception:  # noqa: BLE001 - a failed notification must not undo the turn
                    log.exception("after-commit effect failed")

    def _needs_profile(self, key: str) -> bool:
        with self.rt.db.session() as session:
            resident = repo.find_resident(session, line_events.CHANNEL, key)
            return resident is None

    def _process_next(self, key: str, profile_lang: str | None):
        now = clock.now()
        with self.rt.db.session() as session:
            repo.ensure_resident(session, line_events.CHANNEL, key, now)
            resident = repo.lock_resident(session, line_events.CHANNEL, key)
            pending = repo.pending_events(session, key, limit=1)
            if not pending:
                return None
            event = pending[0]
            if profile_lang and resident.lang is None:
                code = languages.from_line_tag(profile_lang)
                if code:
                    resident.lang, resident.lang_source = code, "profile"
            translated = line_events.translate(event.body)
            replies, effects = self._run(session, resident, translated, now)
            event.status, event.processed_at = "done", now
            # A reply token lives about a minute from when LINE sent the event; past that, push.
            token = translated.reply_token if now - event.received_at < REPLY_TOKEN_FRESH else None
            return queue_replies(session, resident, replies, token, now), effects

    def _run(self, session, resident, translated, now):
        """Apply one translated event to the resident's conversation; return replies and effects."""
        resident.last_seen_at = now
        if translated.standby:
            return [], []
        if translated.unfollow:
            resident.following = False
            conv = repo.open_conversation(session, resident.id)
            if conv:
                conv.status, conv.outcome, conv.closed_at = "closed", conv.outcome or "unfollowed", now
            return [], []
        inbound = translated.inbound
        if inbound is None:
            return [], []
        if inbound.kind == "follow":
            resident.following = True
        conv = open_conversation(session, resident, self.rt.engine.script, now)
        if inbound.kind == "unsend":
            repo.forget_unsent(session, conv.id, inbound.message_id or "")
            return [], []
        turn = Turn(session, resident, conv, inbound, self.rt.services, now)
        conv.data = dict(conv.data or {})
        said = self.rt.engine.describe(turn)
        self.rt.engine.handle(turn)
        self._record(session, conv, turn, said, now)
        conv.last_activity_at = now
        flag_modified(conv, "data")  # handlers mutate nested values in place
        return turn.replies, turn.effects

    def _record(self, session, conv, turn, said, now) -> None:
        inbound = turn.inbound
        if said is not None:
            repo.add_message(session, conv.id, "resident", said, now, kind=inbound.kind,
                             payload={"message_id": inbound.message_id} if inbound.message_id else None)
        record_replies(session, conv, turn.replies, now)

    def _note_failure(self, key: str, exc: Exception) -> bool:
        """Count the failure on the resident's oldest pending event; True when it was given up on."""
        with self.rt.db.session() as session:
            pending = repo.pending_events(session, key, limit=1)
            if not pending:
                return False
            return repo.note_event_failure(session, pending[0].event_id, type(exc).__name__, GIVE_UP_AFTER)

    # --- 3. the safety net -------------------------------------------------------------------
    def sweep(self, stale_after: timedelta = timedelta(seconds=30)) -> int:
        """Process events left pending by a crash or a failure; return how many residents were retried."""
        with self.rt.db.session() as session:
            keys = repo.stale_resident_keys(session, clock.now() - stale_after)
        for key in keys:
            self.process_resident(key)
        return len(keys)
