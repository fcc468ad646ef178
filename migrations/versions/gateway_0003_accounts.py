"""account lifecycle: invitations, forced password change, role-change and credential provenance, TOTP

Revision ID: gateway_0003_accounts
Revises: gateway_0002_sign_in_throttles
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa

import sluice.gateway.database


revision = 'gateway_0003_accounts'
down_revision = 'gateway_0002_sign_in_throttles'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('user_invitations',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('user_id', sa.String(length=40), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('created_by_id', sa.String(length=40), nullable=True),
    sa.Column('created_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=False),
    sa.Column('used_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_invitations_user_id_users'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_invitations')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_user_invitations_token_hash'))
    )
    with op.batch_alter_table('user_invitations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_invitations_user_id'), ['user_id'], unique=False)
    op.create_table('user_recovery_codes',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('user_id', sa.String(length=40), nullable=False),
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('used_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_recovery_codes_user_id_users'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_recovery_codes'))
    )
    with op.batch_alter_table('user_recovery_codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_recovery_codes_user_id'), ['user_id'], unique=False)
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('created_by_id', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('credentials_set_by_id', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('role_changed_by_id', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('role_changed_at', sluice.gateway.database.UTCDateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('password_changed_at', sluice.gateway.database.UTCDateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column('totp_secret', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('totp_enabled_at', sluice.gateway.database.UTCDateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column('totp_last_step', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        for column in ('totp_last_step', 'totp_enabled_at', 'totp_secret', 'password_changed_at',
                       'must_change_password', 'role_changed_at', 'role_changed_by_id', 'credentials_set_by_id',
                       'created_by_id'):
            batch_op.drop_column(column)
    with op.batch_alter_table('user_recovery_codes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_recovery_codes_user_id'))
    op.drop_table('user_recovery_codes')
    with op.batch_alter_table('user_invitations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_invitations_user_id'))
    op.drop_table('user_invitations')
