"""sign-in throttles per e-mail and source address; lock-out state leaves the users table

Revision ID: gateway_0002_sign_in_throttles
Revises: gateway_0001_initial
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa

import sluice.gateway.database


revision = 'gateway_0002_sign_in_throttles'
down_revision = 'gateway_0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sign_in_throttles',
    sa.Column('subject', sa.String(length=80), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('lockouts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sluice.gateway.database.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_failure_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('subject', name=op.f('pk_sign_in_throttles'))
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('failed_logins')
        batch_op.drop_column('locked_until')


def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('locked_until', sluice.gateway.database.UTCDateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column('failed_logins', sa.Integer(), nullable=False, server_default='0'))
    op.drop_table('sign_in_throttles')
