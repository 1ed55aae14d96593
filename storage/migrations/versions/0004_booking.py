"""booking: weekly slot patterns, slots and bookings for accompanied visits (同行支援)

Revision ID: 0004_booking
Revises: 0001
Create Date: 2026-11-22 15:59:37.122522
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import storage.types

revision = '0004_booking'
down_revision = "0002_console"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('slot_patterns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=64), nullable=True),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('start_time', sa.String(length=5), nullable=False),
    sa.Column('end_time', sa.String(length=5), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('meeting_point', sa.String(length=200), nullable=False),
    sa.Column('counselor', sa.String(length=64), nullable=False),
    sa.Column('languages', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('interpreter', sa.Boolean(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('materialized_until', sa.Date(), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('ref')
    )
    op.create_table('slots',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pattern_id', sa.Integer(), nullable=True),
    sa.Column('starts_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ends_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('meeting_point', sa.String(length=200), nullable=False),
    sa.Column('counselor', sa.String(length=64), nullable=False),
    sa.Column('languages', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('interpreter', sa.Boolean(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('booked', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('cancel_reason', sa.String(length=200), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['pattern_id'], ['slot_patterns.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('pattern_id', 'starts_at', name='uq_slot_pattern_start')
    )
    with op.batch_alter_table('slots', schema=None) as batch_op:
        batch_op.create_index('ix_slots_open', ['status', 'starts_at'], unique=False)

    op.create_table('bookings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slot_id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('destination', sa.String(length=32), nullable=True),
    sa.Column('destination_text', sa.Text(), nullable=True),
    sa.Column('consent_to_share', sa.Boolean(), nullable=False),
    sa.Column('lang', sa.String(length=16), nullable=True),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('moved_to_id', sa.Integer(), nullable=True),
    sa.Column('cancelled_by', sa.String(length=16), nullable=True),
    sa.Column('cancel_reason', sa.String(length=200), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('cancelled_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['slot_id'], ['slots.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.create_index('ix_bookings_resident_status', ['resident_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_bookings_slot_id'), ['slot_id'], unique=False)
        batch_op.create_index('uq_booking_slot_resident_active', ['slot_id', 'resident_id'], unique=True, sqlite_where=sa.text("status = 'booked'"), postgresql_where=sa.text("status = 'booked'"))



def downgrade() -> None:
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.drop_index('uq_booking_slot_resident_active', sqlite_where=sa.text("status = 'booked'"), postgresql_where=sa.text("status = 'booked'"))
        batch_op.drop_index(batch_op.f('ix_bookings_slot_id'))
        batch_op.drop_index('ix_bookings_resident_status')

    op.drop_table('bookings')
    with op.batch_alter_table('slots', schema=None) as batch_op:
        batch_op.drop_index('ix_slots_open')

    op.drop_table('slots')
    op.drop_table('slot_patterns')
