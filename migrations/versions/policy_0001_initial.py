"""policies, versions, active version per scope, change history

Revision ID: policy_0001_initial
Revises:
Create Date: 2026-11-28
"""
from alembic import op
import sqlalchemy as sa

import sluice.gateway.database


revision = 'policy_0001_initial'
down_revision = None
branch_labels = ('policy',)
depends_on = 'gateway_0001_initial'


def upgrade() -> None:
    op.create_table('policies',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('tenant_id', sa.String(length=40), nullable=True),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('created_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=254), nullable=False),
    sa.Column('updated_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], name=op.f('fk_policies_tenant_id_tenants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policies'))
    )
    with op.batch_alter_table('policies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_policies_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('policy_versions',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('policy_id', sa.String(length=40), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('source_format', sa.String(length=8), nullable=False),
    sa.Column('document', sa.JSON(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('base_number', sa.Integer(), nullable=True),
    sa.Column('author_id', sa.String(length=40), nullable=False),
    sa.Column('author_email', sa.String(length=254), nullable=False),
    sa.Column('contributors', sa.JSON(), nullable=False),
    sa.Column('created_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=False),
    sa.Column('submitted_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=True),
    sa.Column('submitted_by', sa.String(length=254), nullable=True),
    sa.Column('submit_comment', sa.Text(), nullable=True),
    sa.Column('reviewed_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=True),
    sa.Column('reviewed_by_id', sa.String(length=40), nullable=True),
    sa.Column('reviewed_by', sa.String(length=254), nullable=True),
    sa.Column('review_comment', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['policy_id'], ['policies.id'], name=op.f('fk_policy_versions_policy_id_policies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_versions')),
    sa.UniqueConstraint('policy_id', 'number', name='uq_policy_versions_policy_id_number')
    )
    with op.batch_alter_table('policy_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_policy_versions_policy_id'), ['policy_id'], unique=False)

    op.create_table('policy_active',
    sa.Column('scope', sa.String(length=40), nullable=False),
    sa.Column('policy_id', sa.String(length=40), nullable=False),
    sa.Column('version_id', sa.String(length=40), nullable=False),
    sa.Column('activated_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=False),
    sa.Column('activated_by', sa.String(length=254), nullable=False),
    sa.Column('change_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['policy_id'], ['policies.id'], name=op.f('fk_policy_active_policy_id_policies'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['version_id'], ['policy_versions.id'], name=op.f('fk_policy_active_version_id_policy_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('scope', name=op.f('pk_policy_active'))
    )
    with op.batch_alter_table('policy_active', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_policy_active_policy_id'), ['policy_id'], unique=False)

    op.create_table('policy_changes',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('policy_id', sa.String(length=40), nullable=False),
    sa.Column('tenant_id', sa.String(length=40), nullable=True),
    sa.Column('version_id', sa.String(length=40), nullable=True),
    sa.Column('version_number', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('actor_id', sa.String(length=40), nullable=True),
    sa.Column('actor_email', sa.String(length=254), nullable=False),
    sa.Column('at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('diff_from', sa.String(length=80), nullable=True),
    sa.Column('diff_text', sa.Text(), nullable=False),
    sa.Column('field_diff', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['policy_id'], ['policies.id'], name=op.f('fk_policy_changes_policy_id_policies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_changes'))
    )
    with op.batch_alter_table('policy_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_policy_changes_policy_id'), ['policy_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('policy_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_policy_changes_policy_id'))
    op.drop_table('policy_changes')
    with op.batch_alter_table('policy_active', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_policy_active_policy_id'))
    op.drop_table('policy_active')
    with op.batch_alter_table('policy_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_policy_versions_policy_id'))
    op.drop_table('policy_versions')
    with op.batch_alter_table('policies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_policies_tenant_id'))
    op.drop_table('policies')
