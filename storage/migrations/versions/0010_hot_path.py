"""hot path: pending-only indexes for events and deliveries; room on conversation pages for HOT updates

Almost every event is stored already handled and almost every reply is sent within milliseconds, so
indexes over all rows were kept up on every insert and update for the sake of the few that wait.
Indexes over the waiting rows only serve the same queries (backlog, sweep, due deliveries), stay
small however long the history grows, and are not touched by the rest. A conversation row is
rewritten on every turn; free room on its page lets PostgreSQL update it in place (a HOT update)
without new index entries.

Revision ID: 0010_hot_path
Revises: 0009_privacy
Create Date: 2026-11-23 00:40:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0010_hot_path'
down_revision = '0009_privacy'
branch_labels = None
depends_on = None

PENDING = sa.text("status = 'pending'")


def upgrade() -> None:
    op.drop_index('ix_inbound_pending', table_name='inbound_events')
    op.create_index('ix_inbound_pending', 'inbound_events', ['resident_key'],
                    postgresql_where=PENDING, sqlite_where=PENDING)
    op.drop_index('ix_outbox_pending', table_name='outbox')
    op.create_index('ix_outbox_pending', 'outbox', ['next_attempt_at'], postgresql_where=PENDING, sqlite_where=PENDING)
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("ALTER TABLE conversations SET (fillfactor = 80)")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("ALTER TABLE conversations RESET (fillfactor)")
    op.drop_index('ix_outbox_pending', table_name='outbox')
    op.create_index('ix_outbox_pending', 'outbox', ['status', 'next_attempt_at'])
    op.drop_index('ix_inbound_pending', table_name='inbound_events')
    op.create_index('ix_inbound_pending', 'inbound_events', ['status', 'resident_key'])
