"""Staff accounts: adding people, signing in (slowed down after failures), API tokens, roles."""
import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import timedelta

from werkzeug.security import check_password_hash, generate_password_hash

from storage import clock, repo_console
from storage.models_console import Staff

ROLES = ("counselor", "editor", "admin")
CONVERSATION_ROLES = ("counselor", "admin")  # who may read and work conversations
MIN_PASSWORD_LENGTH = 10
FREE_FAILURES = 4  # tries before sign-in is slowed down
MAX_BLOCK = timedelta(minutes=15)
# scrypt (werkzeug's default): memory-hard, salted, parameters stored in the hash so they can be raised later.
_DUMMY_HASH = generate_password_hash("not-a-real-password", method="scrypt")


class StaffError(ValueError):
    """A staff operation was refused; the message says why."""


@dataclass(frozen=True)
class StaffUser:
    """Who is acting: what the console and the API know about a signed-in staff member."""

    name: str
    role: str
    display_name: str
    languages: tuple = field(default_factory=tuple)

    @property
    def can_work_conversations(self) -> bool:
        """Counselors and admins read and answer residents; editors do not."""
        return self.role in CONVERSATION_ROLES

    @classmethod
    def of(cls, staff: Staff) -> "StaffUser":
        """Build from a database row."""
        return cls(staff.name, staff.role, staff.display_name or staff.name, tuple(staff.languages or ()))


def hash_password(password: str) -> str:
    """A salted scrypt hash of *password*."""
    return generate_password_hash(password, method="scrypt")


def block_for(failures: int) -> timedelta:
    """How long further sign-ins are refused after *failures* failures in a row (doubling, at most 15 min)."""
    if failures <= FREE_FAILURES:
        return timedelta(0)
    return min(MAX_BLOCK, timedelta(seconds=15 * 2 ** (failures - FREE_FAILURES - 1)))


def add(db, name: str, role: str, password: str, languages=(), display_name: str | None = None) -> StaffUser:
    """Create a staff account; refuse an unknown role, a short password or a name already taken."""
    name = (name or "").strip()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise StaffError("the name must be 1–64 characters without spaces")
    if role not in ROLES:
        raise StaffError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise StaffError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    with db.session() as session:
        if repo_console.staff_by_name(session, name):
            raise StaffError(f"a staff member called {name!r} already exists")
        row = Staff(name=name, role=role, languages=list(languages), password_hash=hash_password(password),
                    display_name=display_name or name, active=True, created_at=clock.now())
        session.add(row)
        session.flush()
        return StaffUser.of(row)


def ensure(db, name: str, role: str, password: str, languages=(), display_name: str | None = None) -> bool:
    """Create the account unless it exists (seed data); True when created."""
    with db.session() as session:
        if repo_console.staff_by_name(session, name):
            return False
    add(db, name, role, password, languages, display_name)
    return True


def issue_token(db, name: str) -> str:
    """A new API token for *name*; only its SHA-256 is stored, so it is shown this once."""
    token = "mdg_" + secrets.token_urlsafe(32)
    with db.session() as session:
        staff = repo_console.staff_by_name(session, name)
        if staff is None or not staff.active:
            raise StaffError(f"no active staff member called {name!r}")
        repo_console.add_token(session, staff.id, token_digest(token), clock.now())
        repo_console.audit(session, name, "token_issued", clock.now(), via="cli")
    return token


def token_digest(token: str) -> str:
    """SHA-256 of a token (tokens are long random strings, so a fast hash is enough)."""
    return hashlib.sha256(token.encode()).hexdigest()


def by_token(db, token: str) -> StaffUser | None:
    """The staff member a bearer token belongs to, or None."""
    if not token:
        return None
    with db.session() as session:
        staff = repo_console.staff_by_token(session, token_digest(token), clock.now())
        return StaffUser.of(staff) if staff else None


def sign_in(db, name: str, password: str, ip: str) -> tuple[StaffUser | None, int]:
    """(the staff member, 0) on success; (None, seconds to wait) when refused — 0 means just wrong."""
    now = clock.now()
    key = f"{name[:64]}|{ip[:64]}"
    with db.session() as session:
        state = repo_console.throttle_state(session, key)
        if state and state.blocked_until and state.blocked_until > now:
            return None, max(1, int((state.blocked_until - now).total_seconds()))
        staff = repo_console.staff_by_name(session, name)
        ok = check_password_hash(staff.password_hash if staff else _DUMMY_HASH, password or "")
        if ok and staff and staff.active:
            repo_console.clear_login_failures(session, key)
            repo_console.audit(session, staff.name, "login", now, ip=ip)
            return StaffUser.of(staff), 0
        row = repo_console.note_login_failure(session, key, now, block_for)
        repo_console.audit(session, name[:64], "login_failed", now, ip=ip)
        wait = int((row.blocked_until - now).total_seconds()) if row.blocked_until else 0
    return None, wait


def current(db, name: str) -> StaffUser | None:
    """The active staff member called *name* (sessions are re-checked on every request)."""
    with db.session() as session:
        staff = repo_console.staff_by_name(session, name)
        return StaffUser.of(staff) if staff and staff.active else None


def colleagues(db) -> list[StaffUser]:
    """Everyone who can take a conversation (for transfers)."""
    with db.session() as session:
        return [StaffUser.of(s) for s in repo_console.staff_list(session, CONVERSATION_ROLES)]
