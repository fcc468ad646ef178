"""audit log: events, stored subtree hashes, checkpoints, content keys and content, retention, exports

Revision ID: audit_0001_initial
Revises:
Create Date: 2026-11-28
"""
from alembic import op
import sqlalchemy as sa


revision = "audit_0001_initial"
down_revision = None
branch_labels = ("audit",)
depends_on = None


def upgrade() -> None:
    state = op.create_table(
        "audit_log_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("tree_size", sa.BigInteger(), nullable=False),
        sa.Column("frontier", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log_state")),
    )
    op.bulk_insert(state, [{"id": 1, "tree_size": 0, "frontier": b""}])
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("tenant_id", sa.String(length=64), nullable=True),
        sa.Column("time_us", sa.BigInteger(), nullable=False),
        sa.Column("model", sa.String(length=200), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=True),
        sa.Column("leaf_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("entry", sa.LargeBinary(), nullable=True),
        sa.Column("purged_time_us", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_events")),
        sa.UniqueConstraint("event_id", name=op.f("uq_audit_events_event_id")),
    )
    op.create_index("ix_audit_events_tenant_seq", "audit_events", ["tenant_id", "seq"])
    op.create_index("ix_audit_events_time", "audit_events", ["time_us"])
    op.create_table(
        "audit_nodes",
        sa.Column("level", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.Column("idx", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("hash", sa.LargeBinary(length=32), nullable=False),
        sa.PrimaryKeyConstraint("level", "idx", name=op.f("pk_audit_nodes")),
    )
    op.create_table(
        "audit_checkpoints",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("tree_size", sa.BigInteger(), nullable=False),
        sa.Column("root_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("time_us", sa.BigInteger(), nullable=False),
        sa.Column("origin", sa.String(length=200), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_checkpoints")),
    )
    op.create_index(op.f("ix_audit_checkpoints_tree_size"), "audit_checkpoints", ["tree_size"])
    op.create_table(
        "audit_data_keys",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("tenant_id", sa.String(length=64), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary(), nullable=True),
        sa.Column("created_time_us", sa.BigInteger(), nullable=False),
        sa.Column("destroyed_time_us", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_data_keys")),
    )
    op.create_index(op.f("ix_audit_data_keys_tenant_id"), "audit_data_keys", ["tenant_id"])
    op.create_table(
        "audit_content",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("tenant_id", sa.String(length=64), nullable=False),
        sa.Column("data_key_id", sa.String(length=64), nullable=False),
        sa.Column("nonce", sa.LargeBinary(length=12), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
        sa.Column("time_us", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_content")),
    )
    op.create_index("ix_audit_content_tenant_time", "audit_content", ["tenant_id", "time_us"])
    op.create_table(
        "audit_retention",
        sa.Column("tenant_id", sa.String(length=64), nullable=False),
        sa.Column("events_days", sa.Integer(), nullable=True),
        sa.Column("content_days", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("tenant_id", name=op.f("pk_audit_retention")),
    )
    op.create_table(
        "audit_exports",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("tenant_id", sa.String(length=64), nullable=True),
        sa.Column("requested_by", sa.String(length=254), nullable=True),
        sa.Column("filters", sa.JSON(), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("progress", sa.BigInteger(), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=True),
        sa.Column("path", sa.String(length=1000), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("size", sa.BigInteger(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_time_us", sa.BigInteger(), nullable=False),
        sa.Column("finished_time_us", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_exports")),
    )
    op.create_index(op.f("ix_audit_exports_tenant_id"), "audit_exports", ["tenant_id"])


def downgrade() -> None:
    for table in ("audit_exports", "audit_retention", "audit_content", "audit_data_keys", "audit_checkpoints",
                  "audit_nodes", "audit_events", "audit_log_state"):
        op.drop_table(table)
