"""What differs between PostgreSQL and SQLite for the repositories: the dialect's name, and its INSERT (which
alone has ON CONFLICT DO NOTHING)."""
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def dialect_insert(session: Session, model):
    """An INSERT of *model* in the session's dialect (PostgreSQL or SQLite), for on_conflict_do_nothing."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(model)


def dialect_name(session: Session) -> str:
    """'postgresql' or 'sqlite'."""
    return session.get_bind().dialect.name
