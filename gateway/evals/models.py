"""Evaluation tables: versioned probe suites, runs, and one result per (run, probe)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sluice.gateway.database import Base, UTCDateTime, utcnow

EXPECTATIONS = ("answer", "refuse", "no_leak", "no_injection")
RUN_STATES = ("queued", "running", "completed", "failed", "cancelled")


class EvalSuite(Base):
    """One immutable version of a named suite. Editing a suite makes the next version."""

    __tablename__ = "eval_suites"
    __table_args__ = (UniqueConstraint("name", "version", "tenant_id"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    version: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    license: Mapped[str] = mapped_column(String(100), default="")
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    # None: available to every tenant (built-in suites)
    tenant_id: Mapped[str | None] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), nullable=True)
    probe_count: Mapped[int] = mapped_column(Integer, default=0)
    content_sha256: Mapped[str] = mapped_column(String(64), default="")
    created_by: Mapped[str] = mapped_column(String(254), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class EvalProbe(Base):
    __tablename__ = "eval_probes"
    __table_args__ = (UniqueConstraint("suite_id", "ordinal"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    suite_id: Mapped[str] = mapped_column(ForeignKey("eval_suites.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(100))
    expected: Mapped[str] = mapped_column(String(16))
    # OpenAI chat messages; a plain prompt is one user message
    messages: Mapped[list] = mapped_column(JSON)
    canary: Mapped[str | None] = mapped_column(String(200), nullable=True)
    leak_values: Mapped[list] = mapped_column(JSON, default=list)
    harmful: Mapped[bool] = mapped_column(Boolean, default=False)


class EvalRun(Base):
    __tablename__ = "eval_runs"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    suite_id: Mapped[str] = mapped_column(ForeignKey("eval_suites.id", ondelete="CASCADE"), index=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    provider: Mapped[str] = mapped_column(String(63))
    model: Mapped[str] = mapped_column(String(200))
    policy_ref: Mapped[str | None] = mapped_column(String(80), nullable=True)
    policy_label: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16), default="queued")
    total: Mapped[int] = mapped_column(Integer, default=0)
    completed: Mapped[int] = mapped_column(Integer, default=0)
    errored: Mapped[int] = mapped_column(Integer, default=0)
    concurrency: Mapped[int] = mapped_column(Integer, default=4)
    rate_per_minute: Mapped[int] = mapped_column(Integer, default=0)
    max_tokens: Mapped[int] = mapped_column(Integer, default=256)
    error: Mapped[str | None] = mapped_column(String(500), nullable=True)
    # A worker holds the run while its heartbeat is fresh; a stale one means the worker died.
    lease_token: Mapped[str | None] = mapped_column(String(40), nullable=True)
    heartbeat_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    summary: Mapped[dict] = mapped_column(JSON, default=dict)
    created_by: Mapped[str] = mapped_column(String(254), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class EvalResult(Base):
    """What one probe did in one run. Unique per (run, probe): a resumed run never repeats a probe."""

    __tablename__ = "eval_results"
    __table_args__ = (UniqueConstraint("run_id", "probe_id"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    run_id: Mapped[str] = mapped_column(ForeignKey("eval_runs.id", ondelete="CASCADE"), index=True)
    probe_id: Mapped[str] = mapped_column(ForeignKey("eval_probes.id", ondelete="CASCADE"))
    # answered | refused | blocked | errored
    outcome: Mapped[str] = mapped_column(String(16))
    passed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    refusal_kind: Mapped[str | None] = mapped_column(String(32), nullable=True)
    refusal_score: Mapped[float | None] = mapped_column(Float, nullable=True)
    leaked: Mapped[bool] = mapped_column(Boolean, default=False)
    leaked_types: Mapped[list] = mapped_column(JSON, default=list)
    injected: Mapped[bool] = mapped_column(Boolean, default=False)
    error_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    response_excerpt: Mapped[str] = mapped_column(Text, default="")
    response_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decision: Mapped[dict] = mapped_column(JSON, default=dict)
    latency_ms: Mapped[float | None] = mapped_column(Float, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
