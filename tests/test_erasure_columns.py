"""Erasure and the purge cover every column that can hold a resident's words, location or ids: each column of
every table is classified here (a new column fails until someone says how it is handled), and a resident
who shared a location and asked to be forgotten leaves no coordinate, word or id behind."""
from sqlalchemy import select

from handlers import retention
from storage import clock, repo, repo_places
from storage.models import Base

# Tables that never hold anything a resident said, where they were, or who they are.
NO_RESIDENT_DATA = {
    "audit_log": "staff actions; ids of conversations only, deleted after the audit period",
    "dialog_drafts": "staff drafts", "dialog_versions": "published scripts", "kiosk_counters": "a number a day",
    "kiosk_devices": "tablets", "login_throttle": "staff sign-ins", "places": "the directory",
    "resources": "the directory", "rich_menus": "menu images", "slot_patterns": "staff schedules",
    "slots": "staff schedules", "staff": "staff accounts", "api_tokens": "staff tokens",
    "claims": "which counselor took which conversation, and when",
    "spent_events": "sha256 of LINE's event ids whose bodies were purged (replay protection)",
}
# Every column of a table with resident data, and what erasure (and the purge) does with it.
HANDLED = {
    "residents": {"external_id": "replaced by a random id", "anonymised_at": "set", "following": "false",
                  "id": "key", "channel": "code", "lang": "code", "lang_source": "code", "created_at": "time",
                  "last_seen_at": "time", "unfollowed_at": "time"},
    "inbound_events": {"body": "row deleted", "resident_key": "row deleted", "id": "row deleted",
                       "event_id": "row deleted", "channel": "row deleted", "event_type": "row deleted",
                       "occurred_ms": "row deleted", "status": "row deleted", "attempts": "row deleted",
                       "last_error": "row deleted", "received_at": "row deleted", "processed_at": "row deleted"},
    "outbox": {c: "row deleted" for c in ("id", "resident_id", "recipient", "channel", "reply_token", "retry_key",
                                          "payload", "status", "attempts", "lease_until", "next_attempt_at",
                                          "last_error", "created_at", "sent_at")},
    "scheduled_jobs": {"payload": "emptied, job cancelled", "status": "cancelled", "resident_id": "kept: anonymised row",
                       "id": "key", "kind": "code", "dedupe_key": "ids only", "due_at": "time", "attempts": "count",
                       "lease_until": "time", "last_error": "exception name only", "created_at": "time",
                       "done_at": "time"},
    "conversations": {"data": "reduced to codes", "redacted": "set", "resident_id": "kept: anonymised row",
                      "id": "key", "status": "code", "script": "code", "state": "code", "topics": "codes",
                      "crisis": "codes", "urgency": "number", "assigned_to": "staff", "waiting_since": "time",
                      "outcome": "code", "created_at": "time", "last_activity_at": "time", "closed_at": "time"},
    "messages": {"text": "blanked", "payload": "removed", "redacted_at": "set", "id": "key",
                 "conversation_id": "key", "sender": "code", "kind": "code", "author": "staff", "created_at": "time"},
    "notes": {c: "row deleted" for c in ("id", "conversation_id", "author", "text", "created_at")},
    "attachments": {c: "row deleted" for c in ("id", "resident_id", "conversation_id", "message_id", "channel",
                                               "external_id", "kind", "status", "reason", "content_type", "size",
                                               "data", "attempts", "next_attempt_at", "lease_until", "last_error",
                                               "created_at", "fetched_at")},
    "kiosk_visits": {"resident_id": "kept: anonymised row", "token_hash": "a hash of a random token",
                     "id": "key", "device_id": "key", "status": "code", "day": "date", "reception_no": "number",
                     "started_at": "time", "last_activity_at": "time", "ended_at": "time", "end_reason": "code"},
    "bookings": {"destination_text": "blanked", "resident_id": "kept: anonymised row", "id": "key",
                 "slot_id": "key", "conversation_id": "key", "status": "code", "destination": "code",
                 "consent_to_share": "flag", "lang": "code", "source": "code", "moved_to_id": "key",
                 "cancelled_by": "code", "cancel_reason": "code", "created_at": "time", "cancelled_at": "time"},
    "consents": {"wording_text": "the centre's wording, not the resident's", "resident_id": "kept until the "
                 "consent-record period, then the row is deleted", "subject": "code", "id": "key",
                 "conversation_id": "key", "purpose": "code", "answer": "code", "wording_id": "code",
                 "wording_version": "code", "lang": "code", "channel": "code", "dialog_version": "number",
                 "created_at": "time"},
    "data_requests": {"record": "codes and counts only", "resident_id": "kept until the consent-record period",
                      "id": "key", "conversation_id": "key", "kind": "code", "status": "code", "channel": "code",
                      "lang": "code", "requested_at": "time", "handled_at": "time", "handled_by": "staff",
                      "action": "code"},
    "referrals": {"consent_text": "the centre's wording", "resident_id": "kept: anonymised row", "id": "key",
                  "conversation_id": "key", "resource_id": "key", "topics": "codes", "consent": "flag",
                  "consent_version": "code", "lang": "code", "created_at": "time", "followup_due_at": "time",
                  "followup_sent_at": "time", "outcome": "code", "outcome_at": "time"},
    "unmet_needs": {"lat": "never stored; cleared", "lon": "never stored; cleared", "resident_id": "cleared",
                    "conversation_id": "kept: the stripped conversation, for the reports' period", "id": "key",
                    "need": "code", "reason": "code", "area": "code", "audience": "codes", "topics": "codes",
                    "lang": "code", "created_at": "time"},
}


def test_every_column_of_every_table_is_classified():
    unclassified = []
    for table in Base.metadata.sorted_tables:
        if table.name in NO_RESIDENT_DATA:
            continue
        handled = HANDLED.get(table.name)
        if handled is None:
            unclassified.append(f"table {table.name}")
            continue
        unclassified += [f"{table.name}.{c.name}" for c in table.columns if c.name not in handled]
        unclassified += [f"{table.name}.{name} (no such column)" for name in handled if name not in table.columns]
    assert not unclassified, "say how erasure handles: " + ", ".join(unclassified)


def test_a_shared_location_leaves_no_coordinate_after_erasure(runtime, resident):
    resident.follow()
    resident.say("近くの居場所を知りたい")
    resident.location(latitude=35.61234, longitude=139.71234)
    with runtime.db.session() as session:
        found = repo.find_resident(session, "line", resident.user)
        conv = repo.open_conversation(session, found.id)
        # a row as earlier versions wrote it, with coordinates
        repo_places.add_unmet_need(session, resident_id=found.id, conversation_id=conv.id, need="place",
                                   reason="none_nearby", area=None, lat=35.612, lon=139.712, audience=[],
                                   topics=[], lang="ja", created_at=clock.now())
        resident_id = found.id
    with runtime.db.session() as session:
        retention.erase_residents(session, [resident_id], clock.now(), retention.PurgeResult())
    left = []
    with runtime.db.session() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in ("places", "resources"):
                continue  # the directory's own addresses
            for row in session.execute(select(table)):
                flat = repr(tuple(row))
                for needle in ("35.612", "139.712", resident.user):
                    if needle in flat:
                        left.append(f"{table.name}: {needle}")
    assert not left, left


def test_unmet_needs_are_recorded_without_coordinates(runtime, resident):
    resident.follow()
    resident.say("近くの居場所を知りたい")
    resident.location(latitude=34.0, longitude=130.0)  # far outside the demo town: nothing nearby
    with runtime.db.session() as session:
        from storage.models import UnmetNeed
        rows = session.scalars(select(UnmetNeed)).all()
        assert all(r.lat is None and r.lon is None for r in rows)
