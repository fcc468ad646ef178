"""A tenant's spending budget: tokens and money per period, across all of its keys."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from sluice.gateway.database import Base, UTCDateTime, utcnow


class TenantBudget(Base):
    __tablename__ = "tenant_budgets"

    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), primary_key=True)
    period: Mapped[str] = mapped_column(String(16))  # "daily" | "monthly"
    tokens: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    cost_micros: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # millionths of a unit
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(254), nullable=True)
