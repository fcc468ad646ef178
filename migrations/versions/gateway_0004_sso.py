"""single sign-on and SCIM: who manages each account, the IdP's subject, pending SSO sign-ins,
SCIM tokens, groups and memberships

Revision ID: gateway_0004_sso
Revises: gateway_0002_sign_in_throttles
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa

import sluice.gateway.database


revision = 'gateway_0004_sso'
down_revision = 'gateway_0003_accounts'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('managed_by', sa.String(length=16), nullable=False, server_default='local'))
        batch_op.add_column(sa.Column('sso_subject', sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column('external_id', sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column('display_name', sa.String(length=200), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_users_sso_subject'), ['sso_subject'])
    op.create_table('sso_attempts',
    sa.Column('state_hash', sa.String(length=64), nullable=False),
    sa.Column('nonce_hash', sa.String(length=64), nullable=False),
    sa.Column('code_verifier', sa.String(length=128), nullable=False),
    sa.Column('next_url', sa.String(length=2000), nullable=False),
    sa.Column('created_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=False),
    sa.Column('used_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('state_hash', name=op.f('pk_sso_attempts'))
    )
    op.create_index(op.f('ix_sso_attempts_expires_at'), 'sso_attempts', ['expires_at'], unique=False)
    op.create_table('scim_tokens',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_used_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scim_tokens')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_scim_tokens_token_hash'))
    )
    op.create_table('directory_groups',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('display_name', sa.String(length=256), nullable=False),
    sa.Column('external_id', sa.String(length=255), nullable=True),
    sa.Column('created_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_directory_groups')),
    sa.UniqueConstraint('display_name', name=op.f('uq_directory_groups_display_name'))
    )
    op.create_table('directory_group_members',
    sa.Column('group_id', sa.String(length=40), nullable=False),
    sa.Column('user_id', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['directory_groups.id'], name=op.f('fk_directory_group_members_group_id_directory_groups'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_directory_group_members_user_id_users'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('group_id', 'user_id', name=op.f('pk_directory_group_members'))
    )
    op.create_index(op.f('ix_directory_group_members_user_id'), 'directory_group_members', ['user_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_directory_group_members_user_id'), table_name='directory_group_members')
    op.drop_table('directory_group_members')
    op.drop_table('directory_groups')
    op.drop_table('scim_tokens')
    op.drop_index(op.f('ix_sso_attempts_expires_at'), table_name='sso_attempts')
    op.drop_table('sso_attempts')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_users_sso_subject'), type_='unique')
        batch_op.drop_column('display_name')
        batch_op.drop_column('external_id')
        batch_op.drop_column('sso_subject')
        batch_op.drop_column('managed_by')
