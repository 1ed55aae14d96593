"""editor: published dialog versions and editors' drafts

Revision ID: 0008_editor
Revises: 0003_places
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import storage.types

revision = '0008_editor'
down_revision = "0003_places"  # given as 0005_i18n; re-chained after main's head when merging main
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')


def upgrade() -> None:
    op.create_table('dialog_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('author', sa.String(length=64), nullable=False),
    sa.Column('comment', sa.String(length=500), nullable=False),
    sa.Column('files', JSON, nullable=False),
    sa.Column('messages', JSON, nullable=False),
    sa.Column('tests', sa.Text(), nullable=False),
    sa.Column('restored_from', sa.Integer(), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('dialog_drafts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_name', sa.String(length=64), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('files', JSON, nullable=False),
    sa.Column('messages', JSON, nullable=False),
    sa.Column('tests', sa.Text(), nullable=False),
    sa.Column('updated_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('staff_name')
    )


def downgrade() -> None:
    op.drop_table('dialog_drafts')
    op.drop_table('dialog_versions')
