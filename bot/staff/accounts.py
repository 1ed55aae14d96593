"""Staff accounts: adding people, signing in (slowed down after failures), API tokens, roles; and taking
access back: deactivation, password changes and resets, token revocation and expiry."""
import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import timedelta

from werkzeug.security import check_password_hash, generate_password_hash

from storage import clock, repo_console
from storage.models import Staff

ROLES = ("counselor", "editor", "admin")
CONVERSATION_ROLES = ("counselor", "admin")  # who may read and work conversations
MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 200  # scrypt of a megabyte is work an attacker should not be able to ask for
MIN_PASSWORD_SCORE = 3  # zxcvbn's 0–4: 3 is "safely unguessable" for an online attack with throttling
FREE_FAILURES = 4  # tries from one address before sign-in is slowed down
ACCOUNT_FREE_FAILURES = 10  # tries on one account from any number of addresses
MAX_BLOCK = timedelta(minutes=15)
TOKEN_DAYS = 90  # API tokens end by themselves; a new one is one command away
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
    session_version: int = 1

    @property
    def can_work_conversations(self) -> bool:
        """Counselors and admins read and answer residents; editors do not."""
        return self.role in CONVERSATION_ROLES

    @classmethod
    def of(cls, staff: Staff) -> "StaffUser":
        """Build from a database row."""
        return cls(staff.name, staff.role, staff.display_name or staff.name, tuple(staff.languages or ()),
                   staff.session_version or 1)


def hash_password(password: str) -> str:
    """A salted scrypt hash of *password*."""
    return generate_password_hash(password, method="scrypt")


def password_problem(password: str, name: str = "", display_name: str = "") -> str | None:
    """Why *password* is refused (in Japanese, for staff), or None: too short, too long, or easy to guess
    by zxcvbn's estimate (common passwords, repeats, keyboard runs, dates, the person's own name)."""
    password = password or ""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"パスワードは{MIN_PASSWORD_LENGTH}文字以上にしてください。"
    if len(password) > MAX_PASSWORD_LENGTH:
        return f"パスワードは{MAX_PASSWORD_LENGTH}文字以内にしてください。"
    # imported here: its word lists take ~11 MB, which a worker that never sets a password should not hold
    from zxcvbn import zxcvbn

    inputs = [word for word in (name, display_name, "madoguchi", "窓口") if word]
    if zxcvbn(password, user_inputs=inputs)["score"] < MIN_PASSWORD_SCORE:
        return ("このパスワードは推測されやすいです（よく使われる言葉、くり返し、名前、日付など）。"
                "関係のない単語を3つ以上つなげるなど、長く推測しにくいものにしてください。")
    return None


def block_for(failures: int, free: int = FREE_FAILURES) -> timedelta:
    """How long further sign-ins are refused after *failures* failures in a row (doubling, at most 15 min)."""
    if failures <= free:
        return timedelta(0)
    return min(MAX_BLOCK, timedelta(seconds=15 * 2 ** min(20, failures - free - 1)))


def block_for_account(failures: int) -> timedelta:
    """The same for one account tried from many addresses, after more free tries."""
    return block_for(failures, ACCOUNT_FREE_FAILURES)


def add(db, name: str, role: str, password: str, languages=(), display_name: str | None = None) -> StaffUser:
    """Create a staff account; refuse an unknown role, a short password or a name already taken."""
    name = (name or "").strip()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise StaffError("the name must be 1–64 characters without spaces")
    if role not in ROLES:
        raise StaffError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    problem = password_problem(password, name, display_name or "")
    if problem:
        raise StaffError(problem)
    with db.session() as session:
        if repo_console.staff_by_name(session, name):
            raise StaffError(f"a staff member called {name!r} already exists")
        row = Staff(name=name, role=role, languages=list(languages), password_hash=hash_password(password),
                    display_name=display_name or name, active=True, created_at=clock.now())
        session.add(row)
        session.flush()
        return StaffUser.of(row)


def issue_token(db, name: str, days: int = TOKEN_DAYS) -> str:
    """A new API token for *name*, valid for *days*; only its SHA-256 is stored, so it is shown this once."""
    if not 1 <= days <= 366:
        raise StaffError("a token is valid for 1 to 366 days")
    token = "mdg_" + secrets.token_urlsafe(32)
    now = clock.now()
    with db.session() as session:
        staff = repo_console.staff_by_name(session, name)
        if staff is None or not staff.active:
            raise StaffError(f"no active staff member called {name!r}")
        repo_console.add_token(session, staff.id, token_digest(token), now, now + timedelta(days=days))
        repo_console.audit(session, name, "token_issued", now, via="cli", detail=f"{days} days")
    return token


def revoke_tokens(db, name: str, by: str, via: str = "cli") -> int:
    """Revoke every API token of *name* at once; how many were not revoked yet."""
    now = clock.now()
    with db.session() as session:
        staff = _account(session, name)
        count = repo_console.revoke_tokens(session, staff.id)
        repo_console.audit(session, by, "tokens_revoked", now, via=via, detail=f"{name}: {count}")
    return count


def set_active(db, name: str, active: bool, by: str, via: str = "cli") -> None:
    """Deactivate (every session and token stops working at once) or reactivate an account."""
    with db.session() as session:
        staff = _account(session, name)
        if not active and staff.active and staff.role == "admin" and by == name:
            raise StaffError("自分自身の管理者アカウントは停止できません。")
        staff.active = active
        staff.session_version = (staff.session_version or 1) + 1
        repo_console.audit(session, by, "staff_reactivated" if active else "staff_deactivated", clock.now(),
                           via=via, detail=name)


def change_password(db, name: str, new_password: str, by: str, via: str = "cli",
                    old_password: str | None = None) -> None:
    """Set a new password (checked against the policy); every session of the account ends. With
    *old_password* (a person changing their own), the current one must be given correctly."""
    with db.session() as session:
        staff = _account(session, name)
        if old_password is not None and not check_password_hash(staff.password_hash, old_password):
            raise StaffError("今のパスワードが違います。")
        problem = password_problem(new_password, staff.name, staff.display_name or "")
        if problem:
            raise StaffError(problem)
        staff.password_hash = hash_password(new_password)
        staff.password_changed_at = clock.now()
        staff.session_version = (staff.session_version or 1) + 1
        repo_console.audit(session, by, "password_changed" if by == name else "password_reset", clock.now(),
                           via=via, detail=name)


def reset_password(db, name: str, by: str, via: str = "admin") -> str:
    """Give *name* a new random password (shown once, to be changed at next sign-in); sessions end."""
    password = "-".join(secrets.token_urlsafe(6) for _ in range(3))
    change_password(db, name, password, by, via)
    return password


def end_sessions(db, name: str) -> None:
    """End every session of *name* (sign-out: a kept cookie no longer works anywhere)."""
    with db.session() as session:
        staff = repo_console.staff_by_name(session, name)
        if staff is not None:
            staff.session_version = (staff.session_version or 1) + 1


def accounts(db) -> list[dict]:
    """Every account with its state, for the admin page."""
    now = clock.now()
    with db.session() as session:
        return repo_console.staff_overview(session, now)


def _account(session, name: str) -> Staff:
    staff = repo_console.staff_by_name(session, name)
    if staff is None:
        raise StaffError(f"no staff member called {name!r}")
    return staff


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
    # Throttled per (account, address) and per account: a new address does not buy fresh guesses.
    key, account_key = f"{name[:64]}|{ip[:64]}", f"{name[:64]}|*"
    with db.session() as session:
        for state in (repo_console.throttle_state(session, key), repo_console.throttle_state(session, account_key)):
            if state and state.blocked_until and state.blocked_until > now:
                return None, max(1, int((state.blocked_until - now).total_seconds()))
        staff = repo_console.staff_by_name(session, name)
        password = (password or "")[:MAX_PASSWORD_LENGTH + 1]
        ok = check_password_hash(staff.password_hash if staff else _DUMMY_HASH, password)
        if ok and staff and staff.active:
            repo_console.clear_login_failures(session, key)
            repo_console.clear_login_failures(session, account_key)
            repo_console.audit(session, staff.name, "login", now, ip=ip)
            return StaffUser.of(staff), 0
        row = repo_console.note_login_failure(session, key, now, block_for)
        account_row = repo_console.note_login_failure(session, account_key, now, block_for_account)
        repo_console.audit(session, name[:64], "login_failed", now, ip=ip)
        until = max((r.blocked_until for r in (row, account_row) if r.blocked_until), default=None)
        wait = int((until - now).total_seconds()) if until else 0
    return None, wait


def current(db, name: str, session_version: int | None = None) -> StaffUser | None:
    """The active staff member called *name* whose sessions of *session_version* are still valid (sessions
    are re-checked on every request: sign-out, deactivation and a new password end them at once)."""
    with db.session() as session:
        staff = repo_console.staff_by_name(session, name)
        if staff is None or not staff.active:
            return None
        if session_version is not None and session_version != (staff.session_version or 1):
            return None
        return StaffUser.of(staff)


def colleagues(db) -> list[StaffUser]:
    """Everyone who can take a conversation (for transfers)."""
    with db.session() as session:
        return [StaffUser.of(s) for s in repo_console.staff_list(session, CONVERSATION_ROLES)]


def display_names(db) -> dict[str, str]:
    """Login name → the name colleagues know (佐藤) for every active account; pages fall back to the login name."""
    with db.session() as session:
        return {s.name: s.display_name or s.name for s in repo_console.staff_list(session)}
