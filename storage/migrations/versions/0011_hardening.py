"""hardening: staff sessions that can be ended (session version), password change time, token expiry;
no coordinates on unmet needs; hashed ids of purged events (replay protection)

Revision ID: 0011_hardening
Revises: 0010_hot_path
Create Date: 2026-12-05 12:30:00
"""
import sqlalchemy as sa
from alembic import op

import storage.types

revision = '0011_hardening'
down_revision = '0010_hot_path'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('staff') as batch:
        batch.add_column(sa.Column('session_version', sa.Integer(), nullable=False, server_default='1'))
        batch.add_column(sa.Column('password_changed_at', storage.types.UTCDateTime(timezone=True), nullable=True))
    with op.batch_alter_table('api_tokens') as batch:
        batch.add_column(sa.Column('expires_at', storage.types.UTCDateTime(timezone=True), nullable=True))
    op.create_table('spent_events',
                    sa.Column('digest', sa.String(length=64), nullable=False),
                    sa.Column('spent_at', storage.types.UTCDateTime(timezone=True), nullable=False),
                    sa.PrimaryKeyConstraint('digest'))
    op.create_index('ix_spent_events_spent_at', 'spent_events', ['spent_at'], unique=False)
    # No report uses where an unmet need was: coordinates kept by earlier versions go.
    op.execute("UPDATE unmet_needs SET lat = NULL, lon = NULL")


def downgrade() -> None:
    op.drop_index('ix_spent_events_spent_at', table_name='spent_events')
    op.drop_table('spent_events')
    with op.batch_alter_table('api_tokens') as batch:
        batch.drop_column('expires_at')
    with op.batch_alter_table('staff') as batch:
        batch.drop_column('password_changed_at')
        batch.drop_column('session_version')
