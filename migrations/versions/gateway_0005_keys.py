"""API keys: model allow-lists, budgets, rotation overlap; tenant budgets; console flashes

Revision ID: gateway_0005_keys
Revises: gateway_0002_sign_in_throttles
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa

import sluice.gateway.database


revision = 'gateway_0005_keys'
down_revision = 'gateway_0004_sso'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('api_keys', schema=None) as batch_op:
        batch_op.add_column(sa.Column('allowed_models', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('lineage_id', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('budget_period', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('budget_tokens', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('budget_cost_micros', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('replaced_by_id', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('retires_at', sluice.gateway.database.UTCDateTime(timezone=True),
                                      nullable=True))
    op.create_table('tenant_budgets',
    sa.Column('tenant_id', sa.String(length=40), nullable=False),
    sa.Column('period', sa.String(length=16), nullable=False),
    sa.Column('tokens', sa.BigInteger(), nullable=True),
    sa.Column('cost_micros', sa.BigInteger(), nullable=True),
    sa.Column('updated_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=254), nullable=True),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenants.id'], name=op.f('fk_tenant_budgets_tenant_id_tenants'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('tenant_id', name=op.f('pk_tenant_budgets'))
    )
    op.create_table('console_flashes',
    sa.Column('id', sa.String(length=48), nullable=False),
    sa.Column('session_id', sa.String(length=40), nullable=False),
    sa.Column('sealed', sa.Text(), nullable=False),
    sa.Column('expires_at', sluice.gateway.database.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_console_flashes'))
    )
    with op.batch_alter_table('console_flashes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_console_flashes_session_id'), ['session_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('console_flashes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_console_flashes_session_id'))
    op.drop_table('console_flashes')
    op.drop_table('tenant_budgets')
    with op.batch_alter_table('api_keys', schema=None) as batch_op:
        for name in ('retires_at', 'replaced_by_id', 'budget_cost_micros', 'budget_tokens', 'budget_period',
                     'lineage_id', 'allowed_models'):
            batch_op.drop_column(name)
