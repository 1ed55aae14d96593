"""Repository functions for the dialog editor: published versions and drafts."""
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.models import AuditEntry, DialogDraft, DialogVersion


def live_version_id(session: Session) -> int:
    """The id of the version residents are served (0: the shipped files); one cheap SELECT."""
    return int(session.scalar(select(func.max(DialogVersion.id))) or 0)


def version(session: Session, version_id: int) -> DialogVersion | None:
    """One published version."""
    return session.get(DialogVersion, version_id)


def versions(session: Session, limit: int = 200) -> list[DialogVersion]:
    """Published versions, newest first."""
    return list(session.scalars(select(DialogVersion).order_by(DialogVersion.id.desc()).limit(limit)))


def add_version(session: Session, author: str, comment: str, files: dict, messages: dict, tests: str,
                now: datetime, restored_from: int | None = None) -> DialogVersion:
    """Store a new published version (it becomes the live one)."""
    row = DialogVersion(author=author, comment=comment[:500], files=files, messages=messages, tests=tests,
                        restored_from=restored_from, created_at=now)
    session.add(row)
    session.flush()
    return row


def draft(session: Session, staff_name: str) -> DialogDraft | None:
    """This editor's draft, if they have one."""
    return session.scalars(select(DialogDraft).where(DialogDraft.staff_name == staff_name)).first()


def save_draft(session: Session, staff_name: str, base_version: int, files: dict, messages: dict, tests: str,
               now: datetime) -> DialogDraft:
    """Create or replace this editor's draft."""
    row = draft(session, staff_name)
    if row is None:
        row = DialogDraft(staff_name=staff_name)
        session.add(row)
    row.base_version, row.files, row.messages, row.tests, row.updated_at = base_version, files, messages, tests, now
    session.flush()
    return row


def drop_draft(session: Session, staff_name: str) -> None:
    """Forget this editor's draft."""
    row = draft(session, staff_name)
    if row is not None:
        session.delete(row)


def editor_audit(session: Session, limit: int = 50) -> list[AuditEntry]:
    """The newest audit lines written by the dialog editor."""
    stmt = select(AuditEntry).where(AuditEntry.via == "editor").order_by(AuditEntry.id.desc()).limit(limit)
    return list(session.scalars(stmt))
