"""attachments: pictures and files residents send (issue 21, point 3), fetched from LINE after the answer and
kept in the database under the retention rules of the texts

Revision ID: 0012_attachments
Revises: 0011_hardening
Create Date: 2026-12-12 10:00:00
"""
import sqlalchemy as sa
from alembic import op

import storage.types

revision = '0012_attachments'
down_revision = '0011_hardening'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachments',
                    sa.Column('id', sa.Integer(), nullable=False),
                    sa.Column('resident_id', sa.Integer(), nullable=False),
                    sa.Column('conversation_id', sa.Integer(), nullable=False),
                    sa.Column('message_id', sa.Integer(), nullable=True),
                    sa.Column('channel', sa.String(length=16), nullable=False),
                    sa.Column('external_id', sa.String(length=64), nullable=False),
                    sa.Column('kind', sa.String(length=16), nullable=False),
                    sa.Column('status', sa.String(length=16), nullable=False),
                    sa.Column('reason', sa.String(length=16), nullable=True),
                    sa.Column('content_type', sa.String(length=64), nullable=True),
                    sa.Column('size', sa.Integer(), nullable=True),
                    sa.Column('data', sa.LargeBinary(), nullable=True),
                    sa.Column('attempts', sa.Integer(), nullable=False),
                    sa.Column('next_attempt_at', storage.types.UTCDateTime(timezone=True), nullable=False),
                    sa.Column('lease_until', storage.types.UTCDateTime(timezone=True), nullable=True),
                    sa.Column('last_error', sa.String(length=200), nullable=True),
                    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
                    sa.Column('fetched_at', storage.types.UTCDateTime(timezone=True), nullable=True),
                    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], ondelete='CASCADE'),
                    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], ondelete='CASCADE'),
                    sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], ondelete='CASCADE'),
                    sa.PrimaryKeyConstraint('id'),
                    sa.UniqueConstraint('channel', 'external_id', name='uq_attachment_channel_external'))
    with op.batch_alter_table('attachments') as batch:
        batch.create_index('ix_attachments_due', ['status', 'next_attempt_at'], unique=False)
        batch.create_index(batch.f('ix_attachments_resident_id'), ['resident_id'], unique=False)
        batch.create_index(batch.f('ix_attachments_conversation_id'), ['conversation_id'], unique=False)
        batch.create_index(batch.f('ix_attachments_message_id'), ['message_id'], unique=False)


def downgrade() -> None:
    op.drop_table('attachments')
