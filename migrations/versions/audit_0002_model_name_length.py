"""audit log: the model column holds model names as long as the API accepts (256 characters)

Revision ID: audit_0002_model_name_length
Revises: audit_0001_initial
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa


revision = "audit_0002_model_name_length"
down_revision = "audit_0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite does not enforce VARCHAR lengths; rebuilding a large log's table there would gain nothing
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("audit_events", "model", type_=sa.String(length=256), existing_type=sa.String(length=200),
                        existing_nullable=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("audit_events", "model", type_=sa.String(length=200), existing_type=sa.String(length=256),
                        existing_nullable=True)
