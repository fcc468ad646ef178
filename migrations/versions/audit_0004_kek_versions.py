"""audit log: data keys record the version of the tenant key-encryption key that wraps them

Revision ID: audit_0004_kek_versions
Revises: audit_0003_publications
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa


revision = "audit_0004_kek_versions"
down_revision = "audit_0003_publications"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audit_data_keys", sa.Column("kek_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_data_keys") as batch:
        batch.drop_column("kek_version")
