"""Kiosk tablets: staff create a one-time code, the tablet enters it once and gets a device token; list, revoke."""
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.kiosk.channel import digest, wipe_visit
from storage import clock, repo_console, repo_kiosk
from storage.models import KioskDevice

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: easy to type on a tablet
CODE_LENGTH = 8
CODE_LIFETIME = timedelta(minutes=15)
MAX_NAME = 64
FREE_ENROLL_TRIES = 10  # wrong codes before enrollment is slowed down (per address, and for all addresses)


@dataclass(frozen=True)
class Device:
    """A kiosk device as the console lists it."""

    id: int
    name: str
    status: str  # pending | enrolled | expired | revoked
    created_by: str
    created_at: datetime
    enrolled_at: datetime | None
    last_seen_at: datetime | None
    code_expires_at: datetime | None

    @classmethod
    def of(cls, row: KioskDevice, now: datetime) -> "Device":
        """Copy a row, with its status worked out."""
        if row.revoked_at:
            status = "revoked"
        elif row.token_hash:
            status = "enrolled"
        elif row.code_expires_at and row.code_expires_at > now:
            status = "pending"
        else:
            status = "expired"
        return cls(row.id, row.name, status, row.created_by, row.created_at, row.enrolled_at, row.last_seen_at,
                   row.code_expires_at)


def normalise_code(code: str) -> str:
    """What the tablet typed, without spaces or dashes, upper case."""
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def create(db, name: str, by: str) -> tuple[Device, str]:
    """A new device waiting for enrollment and its one-time code (shown once; only its hash is kept)."""
    name = (name or "").strip()
    if not name:
        raise ValueError("端末の名前を入れてください（例：受付1）。")
    if len(name) > MAX_NAME:
        raise ValueError(f"端末の名前は{MAX_NAME}文字までです。")
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    now = clock.now()
    with db.session() as session:
        row = repo_kiosk.add_device(session, name, digest(code), now + CODE_LIFETIME, by, now)
        return Device.of(row, now), f"{code[:4]}-{code[4:]}"


def _enroll_block(failures: int) -> timedelta:
    return timedelta(0) if failures <= FREE_ENROLL_TRIES else min(
        timedelta(minutes=15), timedelta(seconds=15 * 2 ** min(20, failures - FREE_ENROLL_TRIES - 1)))


def enroll(db, code: str, ip: str = "") -> tuple[str | None, int]:
    """Trade a valid one-time code for a new device token (the cookie): (token, 0); (None, 0) when the code is
    wrong or used; (None, seconds to wait) while wrong guesses from this address, or from anywhere, are
    slowed down (codes are short enough to type, so guessing is throttled)."""
    now = clock.now()
    keys = (f"kiosk|{ip[:64]}", "kiosk|*")
    with db.session() as session:
        for key in keys:
            state = repo_console.throttle_state(session, key)
            if state and state.blocked_until and state.blocked_until > now:
                return None, max(1, int((state.blocked_until - now).total_seconds()))
    code = normalise_code(code)
    row_found = None
    token = secrets.token_urlsafe(32)
    with db.session() as session:
        row_found = repo_kiosk.device_by_code(session, digest(code), now) if len(code) == CODE_LENGTH else None
        if row_found is not None:
            row_found.token_hash, row_found.code_hash, row_found.code_expires_at = digest(token), None, None
            row_found.enrolled_at = row_found.last_seen_at = now
            for key in keys:
                repo_console.clear_login_failures(session, key)
            return token, 0
        rows = [repo_console.note_login_failure(session, key, now, _enroll_block) for key in keys]
        until = max((r.blocked_until for r in rows if r.blocked_until), default=None)
    return None, int((until - now).total_seconds()) if until else 0


def by_token(db, token: str | None) -> Device | None:
    """The enrolled, unrevoked device for a cookie value (its last-seen time is kept to the minute)."""
    if not token:
        return None
    now = clock.now()
    with db.session() as session:
        row = repo_kiosk.device_by_token(session, digest(token))
        if row is None:
            return None
        if row.last_seen_at is None or now - row.last_seen_at > timedelta(minutes=1):
            row.last_seen_at = now
        return Device.of(row, now)


def listing(db) -> list[Device]:
    """Every device, newest first."""
    now = clock.now()
    with db.session() as session:
        return [Device.of(row, now) for row in repo_kiosk.devices(session)]


def revoke(db, device_id: int, by: str) -> bool:
    """Stop a device (its token and any unused code no longer work); False when there is no such device."""
    now = clock.now()
    with db.session() as session:
        row = repo_kiosk.device_by_id(session, device_id)
        if row is None:
            return False
        if row.revoked_at is None:
            row.revoked_at, row.revoked_by, row.code_hash = now, by, None
            for visit in repo_kiosk.open_visits(session, device_id):
                wipe_visit(session, visit, "revoked", now)
        return True
