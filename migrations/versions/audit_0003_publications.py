"""audit log: checkpoints published outside the database, with witness cosignatures

Revision ID: audit_0003_publications
Revises: audit_0002_model_name_length
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa


revision = "audit_0003_publications"
down_revision = "audit_0002_model_name_length"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_publications",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("tree_size", sa.BigInteger(), nullable=False),
        sa.Column("sink", sa.String(length=300), nullable=False),
        sa.Column("published_time_us", sa.BigInteger(), nullable=False),
        sa.Column("witness", sa.String(length=200), nullable=True),
        sa.Column("cosignature", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_publications")),
    )
    op.create_index(op.f("ix_audit_publications_tree_size"), "audit_publications", ["tree_size"])


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_publications_tree_size"), table_name="audit_publications")
    op.drop_table("audit_publications")
