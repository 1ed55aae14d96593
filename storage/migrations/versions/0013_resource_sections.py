"""resource sections in other languages: the desk (課・係・窓口) a resident asks for, translated like the
agency's name (section_<code> columns of resources.csv)

Revision ID: 0013_resource_sections
Revises: 0012_attachments
Create Date: 2026-12-06 04:00:00
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0013_resource_sections'
down_revision = '0012_attachments'
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')


def upgrade() -> None:
    with op.batch_alter_table('resources') as batch:
        batch.add_column(sa.Column('sections', JSON, nullable=False, server_default='{}'))


def downgrade() -> None:
    with op.batch_alter_table('resources') as batch:
        batch.drop_column('sections')
