"""The 0004_booking migration creates exactly what storage/models/booking.py describes."""
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from storage.models import Base

BOOKING_TABLES = {"slot_patterns", "slots", "bookings"}


def _tables_in(diff) -> set[str]:
    found = set()
    for item in diff if isinstance(diff, list) else [diff]:
        for part in item if isinstance(item, tuple) else (item,):
            name = getattr(part, "name", None)
            table = getattr(part, "table", None)
            if table is not None:
                found.add(table.name)
            elif isinstance(part, str) and part in BOOKING_TABLES:
                found.add(part)
            elif name in BOOKING_TABLES:
                found.add(name)
    return found


def test_the_booking_migration_matches_the_models(database_url):
    engine = create_engine(database_url)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    ours = [d for d in diffs if _tables_in(d) & BOOKING_TABLES]
    assert ours == [], ours
