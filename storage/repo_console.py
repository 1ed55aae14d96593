"""Repository functions for the counselor console: the queue, claims, staff, tokens, notes, audit, throttling."""
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from storage.dialect import dialect_insert
from storage.models import (
    ApiToken,
    AuditEntry,
    Claim,
    Conversation,
    LoginThrottle,
    Message,
    Note,
    OutboxMessage,
    Resident,
    Staff,
)

OPEN = ("waiting", "active")


# --- the queue -------------------------------------------------------------------------------
def queue(session: Session, statuses=OPEN, limit: int = 200) -> list[Conversation]:
    """Conversations in these statuses: most urgent first, then the longest waiting."""
    stmt = (select(Conversation).where(Conversation.status.in_(list(statuses)))
            .order_by(Conversation.urgency.desc(), Conversation.waiting_since.asc().nulls_last(),
                      Conversation.last_activity_at.desc(), Conversation.id).limit(limit))
    return list(session.scalars(stmt))


def waiting_ahead(session: Session, conv: Conversation) -> int:
    """How many waiting conversations a counselor will take before this one."""
    if conv.waiting_since is None:
        return 0
    stmt = select(func.count(Conversation.id)).where(
        Conversation.status == "waiting", Conversation.id != conv.id,
        or_(Conversation.urgency > conv.urgency,
            and_(Conversation.urgency == conv.urgency, Conversation.waiting_since < conv.waiting_since)))
    return int(session.scalar(stmt) or 0)


def waiting_since_before(session: Session, before: datetime) -> list[tuple[int, int]]:
    """(conversation id, resident id) of every conversation still waiting for a person since before *before*."""
    stmt = (select(Conversation.id, Conversation.resident_id)
            .where(Conversation.status == "waiting", Conversation.waiting_since < before).order_by(Conversation.id))
    return [(row[0], row[1]) for row in session.execute(stmt)]


def recent_claims(session: Session, since: datetime, limit: int = 20) -> list[tuple[datetime, int]]:
    """(when, seconds the resident waited) of the most recent claims since *since*, latest first."""
    stmt = (select(Claim.claimed_at, Claim.waited_seconds).where(Claim.claimed_at >= since)
            .order_by(Claim.claimed_at.desc()).limit(limit))
    return [(row[0], row[1]) for row in session.execute(stmt)]


def claim(session: Session, conversation_id: int, staff_name: str, now: datetime) -> bool:
    """Take the conversation for *staff_name* in one conditional UPDATE; False when someone else has it."""
    stmt = (update(Conversation)
            .where(Conversation.id == conversation_id,
                   or_(Conversation.status.in_(["waiting", "bot"]),
                       and_(Conversation.status == "active", Conversation.assigned_to == staff_name)))
            .values(status="active", assigned_to=staff_name, last_activity_at=now)
            .execution_options(synchronize_session=False))
    return session.execute(stmt).rowcount == 1


def record_claim(session: Session, conversation_id: int, staff_name: str, waited: timedelta, now: datetime) -> None:
    """Remember how long the resident waited (the basis of the expected-wait estimate)."""
    session.add(Claim(conversation_id=conversation_id, staff_name=staff_name,
                      waited_seconds=max(0, int(waited.total_seconds())), claimed_at=now))


def last_resident_texts(session: Session, conversation_ids: list[int]) -> dict[int, str]:
    """The newest thing each resident wrote, by conversation id (one query)."""
    if not conversation_ids:
        return {}
    newest = (select(func.max(Message.id)).where(Message.conversation_id.in_(conversation_ids),
                                                  Message.sender == "resident", Message.kind == "text")
              .group_by(Message.conversation_id))
    rows = session.execute(select(Message.conversation_id, Message.text).where(Message.id.in_(newest)))
    return {cid: text for cid, text in rows}


def last_claims(session: Session, conversation_ids: list[int]) -> dict[int, datetime]:
    """When each conversation was last taken from the queue, by conversation id (one query)."""
    if not conversation_ids:
        return {}
    rows = session.execute(select(Claim.conversation_id, func.max(Claim.claimed_at))
                           .where(Claim.conversation_id.in_(conversation_ids)).group_by(Claim.conversation_id))
    return {cid: at for cid, at in rows}


def messages_after(session: Session, conversation_id: int, after_id: int) -> list[Message]:
    """History lines newer than *after_id*."""
    stmt = (select(Message).where(Message.conversation_id == conversation_id, Message.id > after_id)
            .order_by(Message.id))
    return list(session.scalars(stmt))


# --- notes -----------------------------------------------------------------------------------
def add_note(session: Session, conversation_id: int, author: str, text: str, now: datetime) -> Note:
    """Add a private note to a conversation."""
    note = Note(conversation_id=conversation_id, author=author, text=text, created_at=now)
    session.add(note)
    session.flush()
    return note


def notes(session: Session, conversation_id: int) -> list[Note]:
    """The conversation's notes, oldest first."""
    return list(session.scalars(select(Note).where(Note.conversation_id == conversation_id).order_by(Note.id)))


# --- staff and tokens ------------------------------------------------------------------------
def staff_by_name(session: Session, name: str) -> Staff | None:
    """The staff account called *name*."""
    return session.scalars(select(Staff).where(Staff.name == name)).first()


def staff_list(session: Session, roles=None) -> list[Staff]:
    """Active staff, optionally only these roles, by name."""
    stmt = select(Staff).where(Staff.active.is_(True)).order_by(Staff.name)
    if roles:
        stmt = stmt.where(Staff.role.in_(list(roles)))
    return list(session.scalars(stmt))


def add_token(session: Session, staff_id: int, token_hash: str, now: datetime,
              expires_at: datetime | None = None) -> None:
    """Store a new API token's hash (and when it ends)."""
    session.add(ApiToken(staff_id=staff_id, token_hash=token_hash, created_at=now, expires_at=expires_at))


def revoke_tokens(session: Session, staff_id: int) -> int:
    """Revoke every token of a staff member; how many were not revoked yet."""
    result = session.execute(update(ApiToken).where(ApiToken.staff_id == staff_id, ApiToken.revoked.is_(False))
                             .values(revoked=True).execution_options(synchronize_session=False))
    return result.rowcount or 0


def staff_overview(session: Session, now: datetime) -> list[dict]:
    """Every account (active or not) with its count of tokens still valid, by name (one query)."""
    valid = (select(ApiToken.staff_id, func.count().label("n")).where(
        ApiToken.revoked.is_(False), (ApiToken.expires_at.is_(None)) | (ApiToken.expires_at > now))
        .group_by(ApiToken.staff_id).subquery())
    rows = session.execute(select(Staff, func.coalesce(valid.c.n, 0)).outerjoin(valid, valid.c.staff_id == Staff.id)
                           .order_by(Staff.name)).all()
    return [{"name": s.name, "display_name": s.display_name or s.name, "role": s.role, "active": s.active,
             "languages": list(s.languages or ()), "tokens": n, "password_changed_at": s.password_changed_at}
            for s, n in rows]


def staff_by_token(session: Session, token_hash: str, now: datetime) -> Staff | None:
    """The active staff member a (hashed) token belongs to, while it is neither revoked nor expired; notes its use."""
    row = session.scalars(select(ApiToken).where(ApiToken.token_hash == token_hash,
                                                 ApiToken.revoked.is_(False))).first()
    if row is None or (row.expires_at is not None and row.expires_at <= now):
        return None
    staff = session.get(Staff, row.staff_id)
    if staff is None or not staff.active:
        return None
    row.last_used_at = now
    return staff


# --- audit -----------------------------------------------------------------------------------
def audit(session: Session, staff_name: str, action: str, now: datetime, conversation_id: int | None = None,
          via: str = "console", detail: str | None = None, ip: str | None = None) -> None:
    """Write one audit log line."""
    session.add(AuditEntry(staff_name=staff_name, action=action, conversation_id=conversation_id, via=via,
                           detail=(detail or None) and detail[:200], ip=(ip or None) and ip[:64], at=now))


def audit_entries(session: Session, conversation_id: int | None = None, limit: int = 200,
                  staff_name: str | None = None, action: str | None = None,
                  before_id: int | None = None) -> list[AuditEntry]:
    """The newest audit lines, optionally of one conversation, one staff member or one action; paged by id."""
    stmt = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if conversation_id is not None:
        stmt = stmt.where(AuditEntry.conversation_id == conversation_id)
    if staff_name:
        stmt = stmt.where(AuditEntry.staff_name == staff_name)
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    if before_id is not None:
        stmt = stmt.where(AuditEntry.id < before_id)
    return list(session.scalars(stmt))


def audit_actions(session: Session) -> list[str]:
    """Every kind of audit line written so far (for the page's filter)."""
    return sorted(session.scalars(select(AuditEntry.action).distinct()))


# --- login throttling ------------------------------------------------------------------------
def throttle_state(session: Session, key: str) -> LoginThrottle | None:
    """The failure record for an account+address key."""
    return session.scalars(select(LoginThrottle).where(LoginThrottle.key == key)).first()


def note_login_failure(session: Session, key: str, now: datetime, delay) -> LoginThrottle:
    """Count a failed sign-in atomically; *delay(failures)* gives how long further tries are refused."""
    stmt = dialect_insert(session, LoginThrottle).values(key=key, failures=0)
    session.execute(stmt.on_conflict_do_nothing(index_elements=["key"]))
    session.execute(update(LoginThrottle).where(LoginThrottle.key == key)
                    .values(failures=LoginThrottle.failures + 1, last_failure_at=now)
                    .execution_options(synchronize_session=False))
    row = throttle_state(session, key)
    assert row is not None  # inserted just above when it was missing
    session.refresh(row)
    wait = delay(row.failures)
    row.blocked_until = now + wait if wait else None
    return row


def clear_login_failures(session: Session, key: str) -> None:
    """Forget failures after a successful sign-in."""
    session.execute(update(LoginThrottle).where(LoginThrottle.key == key)
                    .values(failures=0, blocked_until=None).execution_options(synchronize_session=False))


def undelivered_messages(session: Session, conversation_id: int, recent: int = 200) -> list[int]:
    """Ids of the conversation's recent counselor messages that LINE refused for good (their outbox row
    failed), so the console can say so instead of letting them look sent."""
    rows = session.execute(select(Message.id, Message.payload).where(
        Message.conversation_id == conversation_id, Message.sender == "counselor")
        .order_by(Message.id.desc()).limit(recent)).all()
    outbox_of = {int(payload["outbox_id"]): msg_id for msg_id, payload in rows
                 if isinstance(payload, dict) and isinstance(payload.get("outbox_id"), int)}
    if not outbox_of:
        return []
    failed = session.scalars(select(OutboxMessage.id).where(OutboxMessage.id.in_(list(outbox_of)),
                                                            OutboxMessage.status == "failed"))
    return sorted(outbox_of[i] for i in failed)


def queue_with_residents(session: Session, statuses=OPEN, limit: int = 200) -> list[tuple[Conversation, Resident]]:
    """The queue (see queue()) with each conversation's resident, in one query."""
    stmt = (select(Conversation, Resident).join(Resident, Resident.id == Conversation.resident_id)
            .where(Conversation.status.in_(list(statuses)))
            .order_by(Conversation.urgency.desc(), Conversation.waiting_since.asc().nulls_last(),
                      Conversation.last_activity_at.desc(), Conversation.id).limit(limit))
    return [(conv, resident) for conv, resident in session.execute(stmt)]


def refused_for_quota(session: Session, since: datetime, error: str) -> int:
    """How many messages LINE refused since *since* because the month's push quota was used up."""
    stmt = select(func.count(OutboxMessage.id)).where(OutboxMessage.status == "failed", OutboxMessage.last_error == error,
                                                      OutboxMessage.created_at >= since)
    return int(session.scalar(stmt) or 0)
