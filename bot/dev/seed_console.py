"""Demo staff: two counselors (to try the claim race side by side), an editor and an administrator (who carries
out residents' deletion requests and manages staff)."""
import secrets

from bot.staff import accounts as staff_accounts
from storage import repo_console
from storage.models import Staff

DEMO_PASSWORD = "madoguchi-demo"
DEMO_STAFF = (  # name, role, display name, languages
    ("sato", "counselor", "佐藤", ["ja", "en"]),
    ("suzuki", "counselor", "鈴木", ["ja", "vi"]),
    ("editor", "editor", "編集担当", ["ja"]),
    ("kanri", "admin", "管理者", ["ja"]),
)


def seed_staff(session, settings, now) -> str:
    """Create the demo accounts that are missing; say how to log in.

    `madoguchi demo` gives them the documented password; `madoguchi seed-demo` on any other database gives
    the new ones a random password, printed once here (the documented one would open a real console)."""
    password = DEMO_PASSWORD if settings.demo else secrets.token_urlsafe(12)
    created = []
    for name, role, display, langs in DEMO_STAFF:
        if repo_console.staff_by_name(session, name) is None:
            session.add(Staff(name=name, role=role, languages=langs, display_name=display, active=True,
                              password_hash=staff_accounts.hash_password(password), created_at=now))
            created.append(name)
    names = " / ".join(n for n, r, *_ in DEMO_STAFF if r == "counselor")
    if settings.demo or created:
        said = password if settings.demo else f"{password}  (for {', '.join(created)}; shown only now)"
    else:
        said = "unchanged (the accounts already existed)"
    return (f"console login: {names}  (editor: editor → /admin/dialogs; administrator: kanri)  "
            f"password: {said}")
