"""i18n: the rich menu deployed for each language

Revision ID: 0005_i18n
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

import storage.types

revision = '0005_i18n'
down_revision = "0004_booking"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rich_menus',
    sa.Column('lang', sa.String(length=16), nullable=False),
    sa.Column('menu_id', sa.String(length=64), nullable=False),
    sa.Column('image_sha256', sa.String(length=64), nullable=False),
    sa.Column('font_note', sa.String(length=200), nullable=True),
    sa.Column('deployed_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('lang')
    )


def downgrade() -> None:
    op.drop_table('rich_menus')
