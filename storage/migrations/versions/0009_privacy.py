"""privacy: consents, data requests, retention marks

Revision ID: 0009_privacy
Revises: 0006_kiosk
Create Date: 2026-11-22 18:48:40.570487
"""
import sqlalchemy as sa
from alembic import op

import storage.types

revision = '0009_privacy'
down_revision = '0006_kiosk'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('consents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=True),
    sa.Column('purpose', sa.String(length=32), nullable=False),
    sa.Column('answer', sa.String(length=16), nullable=False),
    sa.Column('subject', sa.String(length=64), nullable=True),
    sa.Column('wording_id', sa.String(length=64), nullable=False),
    sa.Column('wording_version', sa.String(length=40), nullable=False),
    sa.Column('wording_text', sa.Text(), nullable=False),
    sa.Column('lang', sa.String(length=16), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('dialog_version', sa.Integer(), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.create_index('ix_consents_resident', ['resident_id', 'created_at'], unique=False)

    op.create_table('data_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('lang', sa.String(length=16), nullable=False),
    sa.Column('requested_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('handled_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('handled_by', sa.String(length=64), nullable=True),
    sa.Column('action', sa.String(length=16), nullable=True),
    sa.Column('record', sa.String(length=400), nullable=True),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('data_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_data_requests_resident_id'), ['resident_id'], unique=False)
        batch_op.create_index('ix_data_requests_status', ['status', 'requested_at'], unique=False)

    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('redacted', sa.String(length=16), nullable=True))

    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('redacted_at', storage.types.UTCDateTime(timezone=True), nullable=True))

    with op.batch_alter_table('residents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unfollowed_at', storage.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('anonymised_at', storage.types.UTCDateTime(timezone=True), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('residents', schema=None) as batch_op:
        batch_op.drop_column('anonymised_at')
        batch_op.drop_column('unfollowed_at')

    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_column('redacted_at')

    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_column('redacted')

    with op.batch_alter_table('data_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_data_requests_status')
        batch_op.drop_index(batch_op.f('ix_data_requests_resident_id'))

    op.drop_table('data_requests')
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_index('ix_consents_resident')

    op.drop_table('consents')
