"""API keys: stored only as a keyed hash, found by a short public prefix."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from sluice.gateway.database import Base, UTCDateTime, utcnow


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    prefix: Mapped[str] = mapped_column(String(32), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(254), nullable=True)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    rpm_limit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    tpm_limit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # None: every model the tenant can reach; otherwise only these model names
    allowed_models: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    # a key and the successors rotation made of it share one lineage, and so one budget counter
    lineage_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    budget_period: Mapped[str | None] = mapped_column(String(16), nullable=True)  # "daily" | "monthly"
    budget_tokens: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    budget_cost_micros: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # millionths of a unit
    # rotation: the successor, and when this key stops working (the end of the overlap)
    replaced_by_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    retires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    @property
    def budget_subject(self) -> str:
        return self.lineage_id or self.id

    def state(self, now: datetime) -> str:
        if self.revoked_at is not None:
            return "revoked"
        if self.retires_at is not None and self.retires_at <= now:
            return "rotated"
        if self.expires_at is not None and self.expires_at <= now:
            return "expired"
        if self.retires_at is not None:
            return "rotating"
        return "active"
