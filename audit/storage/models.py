"""Tables of the audit log (``audit_*``), on their own declarative base so ``audit`` never imports gateway.

Times are integers (microseconds since the Unix epoch, UTC): exact, sortable and identical on SQLite
and PostgreSQL. ``audit_events.entry`` holds the canonical leaf bytes; a retention purge sets it to
NULL but keeps ``leaf_hash``, so the tree over what remains still verifies.
"""

from __future__ import annotations

from sqlalchemy import (JSON, BigInteger, Index, Integer, LargeBinary, MetaData, SmallInteger, String, Text,
                        insert)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

STATE_ID = 1
STORED_LEVEL_STEP = 4  # audit_nodes keeps perfect subtrees of 16, 256, 4096, ... leaves


class AuditBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class LogState(AuditBase):
    """One row: the size of the log and its compact range. Appends lock it, so sequence numbers are gap-free."""

    __tablename__ = "audit_log_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    tree_size: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    frontier: Mapped[bytes] = mapped_column(LargeBinary, nullable=False, default=b"")


class EventRow(AuditBase):
    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    event_id: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    tenant_id: Mapped[str | None] = mapped_column(String(64))
    time_us: Mapped[int] = mapped_column(BigInteger, nullable=False)
    model: Mapped[str | None] = mapped_column(String(256))
    outcome: Mapped[str | None] = mapped_column(String(16))
    action: Mapped[str | None] = mapped_column(String(64))
    leaf_hash: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False)
    entry: Mapped[bytes | None] = mapped_column(LargeBinary)
    purged_time_us: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (
        Index("ix_audit_events_tenant_seq", "tenant_id", "seq"),
        Index("ix_audit_events_time", "time_us"),
    )


class NodeRow(AuditBase):
    """Hashes of perfect subtrees at levels 4, 8, 12, ... so proofs never rehash the whole log."""

    __tablename__ = "audit_nodes"
    level: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    idx: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    hash: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False)


class CheckpointRow(AuditBase):
    __tablename__ = "audit_checkpoints"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tree_size: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    root_hash: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False)
    time_us: Mapped[int] = mapped_column(BigInteger, nullable=False)
    origin: Mapped[str] = mapped_column(String(200), nullable=False)
    key_id: Mapped[str] = mapped_column(String(16), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False)


class PublicationRow(AuditBase):
    """A checkpoint published to a sink outside the database; for a witness, with its cosignature line."""

    __tablename__ = "audit_publications"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tree_size: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    sink: Mapped[str] = mapped_column(String(300), nullable=False)
    published_time_us: Mapped[int] = mapped_column(BigInteger, nullable=False)
    witness: Mapped[str | None] = mapped_column(String(200))
    cosignature: Mapped[str | None] = mapped_column(Text)


class DataKeyRow(AuditBase):
    """Per-tenant content key, wrapped by version ``kek_version`` of the tenant's key-encryption key (NULL:
    by the key derived from the deployment secret, before KEK versions). Destroyed = NULL."""

    __tablename__ = "audit_data_keys"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    wrapped_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    kek_version: Mapped[int | None] = mapped_column(Integer)
    created_time_us: Mapped[int] = mapped_column(BigInteger, nullable=False)
    destroyed_time_us: Mapped[int | None] = mapped_column(BigInteger)


class ContentRow(AuditBase):
    """Captured prompt/response of one event, AES-GCM encrypted under its tenant's data key."""

    __tablename__ = "audit_content"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    tenant_id: Mapped[str] = mapped_column(String(64), nullable=False)
    data_key_id: Mapped[str] = mapped_column(String(64), nullable=False)
    nonce: Mapped[bytes] = mapped_column(LargeBinary(12), nullable=False)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    time_us: Mapped[int] = mapped_column(BigInteger, nullable=False)

    __table_args__ = (Index("ix_audit_content_tenant_time", "tenant_id", "time_us"),)


class RetentionRow(AuditBase):
    """Retention per tenant in days (``*`` = the default for tenants without a row); NULL = keep forever."""

    __tablename__ = "audit_retention"
    tenant_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    events_days: Mapped[int | None] = mapped_column(Integer)
    content_days: Mapped[int | None] = mapped_column(Integer)


class ExportRow(AuditBase):
    __tablename__ = "audit_exports"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    tenant_id: Mapped[str | None] = mapped_column(String(64), index=True)
    requested_by: Mapped[str | None] = mapped_column(String(254))
    filters: Mapped[dict] = mapped_column(JSON, nullable=False)
    format: Mapped[str] = mapped_column(String(16), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    progress: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    total: Mapped[int | None] = mapped_column(BigInteger)
    path: Mapped[str | None] = mapped_column(String(1000))
    sha256: Mapped[str | None] = mapped_column(String(64))
    size: Mapped[int | None] = mapped_column(BigInteger)
    error: Mapped[str | None] = mapped_column(Text)
    created_time_us: Mapped[int] = mapped_column(BigInteger, nullable=False)
    finished_time_us: Mapped[int | None] = mapped_column(BigInteger)


def install(connection: Connection) -> None:
    """Create the tables and the state row directly (tests, benchmarks); production uses the migration."""
    AuditBase.metadata.create_all(connection)
    if connection.execute(LogState.__table__.select()).first() is None:
        connection.execute(insert(LogState.__table__).values(id=STATE_ID, tree_size=0, frontier=b""))
