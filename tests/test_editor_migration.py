"""The 0008_editor migration creates exactly what storage/models/editor.py describes."""
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from storage.models import Base

EDITOR_TABLES = {"dialog_versions", "dialog_drafts"}


def _mentions(diff) -> bool:
    text = repr(diff)
    return any(name in text for name in EDITOR_TABLES)


def test_the_editor_migration_matches_the_models(database_url):
    engine = create_engine(database_url)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(ctx, Base.metadata)
        tables = set(conn.dialect.get_table_names(conn))
    engine.dispose()
    assert EDITOR_TABLES <= tables
    assert [d for d in diffs if _mentions(d)] == []
