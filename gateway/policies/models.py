"""Policy storage: documents per tenant (or the deployment default), numbered versions, the
active version per scope, and the history of every change.

A version's content (``source``, ``document``, ``content_hash``) is frozen once it leaves the
``draft`` state; only its review fields change afterwards. The ORM refuses anything else.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint, event, inspect
from sqlalchemy.orm import Mapped, mapped_column

from sluice.gateway.database import Base, UTCDateTime, utcnow

DEFAULT_SCOPE = "*"
"""Scope key of the deployment default in ``policy_active`` (tenant scopes use the tenant id)."""

DRAFT, IN_REVIEW, APPROVED, REJECTED, DISCARDED = "draft", "in_review", "approved", "rejected", "discarded"
VERSION_STATUSES = (DRAFT, IN_REVIEW, APPROVED, REJECTED, DISCARDED)

FROZEN_FIELDS = ("source", "source_format", "document", "content_hash", "number", "policy_id")


class Policy(Base):
    """A named policy document of one tenant; ``tenant_id`` None is a deployment default."""

    __tablename__ = "policies"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    tenant_id: Mapped[str | None] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), nullable=True,
                                                  index=True)
    name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(254))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    @property
    def scope(self) -> str:
        return self.tenant_id or DEFAULT_SCOPE


class PolicyVersion(Base):
    """One numbered version. Drafts are editable; every other state is immutable content."""

    __tablename__ = "policy_versions"
    __table_args__ = (UniqueConstraint("policy_id", "number", name="uq_policy_versions_policy_id_number"),)

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    policy_id: Mapped[str] = mapped_column(ForeignKey("policies.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default=DRAFT)
    source: Mapped[str] = mapped_column(Text)
    source_format: Mapped[str] = mapped_column(String(8), default="yaml")
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64))
    base_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    author_id: Mapped[str] = mapped_column(String(40))
    author_email: Mapped[str] = mapped_column(String(254))
    # Everyone who wrote part of this version: none of them may approve it.
    contributors: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    submitted_by: Mapped[str | None] = mapped_column(String(254), nullable=True)
    submit_comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    reviewed_by_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    reviewed_by: Mapped[str | None] = mapped_column(String(254), nullable=True)
    review_comment: Mapped[str | None] = mapped_column(Text, nullable=True)


class PolicyActivation(Base):
    """Which version is in force for a scope (a tenant id, or ``*`` for the deployment default)."""

    __tablename__ = "policy_active"

    scope: Mapped[str] = mapped_column(String(40), primary_key=True)
    policy_id: Mapped[str] = mapped_column(ForeignKey("policies.id", ondelete="CASCADE"), index=True)
    version_id: Mapped[str] = mapped_column(ForeignKey("policy_versions.id", ondelete="CASCADE"))
    activated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    activated_by: Mapped[str] = mapped_column(String(254))
    # Id of the history entry that made this activation; the request path watches max(change_id).
    change_id: Mapped[int] = mapped_column(Integer)


class PolicyChange(Base):
    """One entry of a policy's history: who did what, when, with the diff it made."""

    __tablename__ = "policy_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    policy_id: Mapped[str] = mapped_column(ForeignKey("policies.id", ondelete="CASCADE"), index=True)
    tenant_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    version_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    version_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(32))
    actor_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    actor_email: Mapped[str] = mapped_column(String(254))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    diff_from: Mapped[str | None] = mapped_column(String(80), nullable=True)
    diff_text: Mapped[str] = mapped_column(Text, default="")
    field_diff: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)


class FrozenVersionError(RuntimeError):
    """Raised when code tries to change the content of a version that is no longer a draft."""


@event.listens_for(PolicyVersion, "before_update")
def _refuse_content_change(_mapper, _connection, target: PolicyVersion) -> None:
    state = inspect(target)
    status_history = state.attrs.status.history
    previous_status = status_history.deleted[0] if status_history.deleted else target.status
    if previous_status == DRAFT:
        return
    changed = [name for name in FROZEN_FIELDS if state.attrs[name].history.has_changes()]
    if changed:
        raise FrozenVersionError(f"version content is immutable once submitted (tried to change {changed})")
