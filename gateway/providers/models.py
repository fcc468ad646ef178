"""Registered model providers: OpenAI-compatible upstreams and the built-in engine."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from sluice.gateway.database import Base, UTCDateTime, utcnow

PROVIDER_KINDS = ("openai", "builtin")


class Provider(Base):
    __tablename__ = "providers"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(63), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    base_url: Mapped[str | None] = mapped_column(String(500), nullable=True)
    api_key_sealed: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    region: Mapped[str] = mapped_column(String(63))
    models: Mapped[list] = mapped_column(JSON, default=list)
    # public model name -> upstream model name, when they differ
    model_map: Mapped[dict] = mapped_column(JSON, default=dict)
    priority: Mapped[int] = mapped_column(Integer, default=100)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    supports_tools: Mapped[bool] = mapped_column(Boolean, default=True)
    connect_timeout_s: Mapped[float] = mapped_column(Float, default=5.0)
    read_timeout_s: Mapped[float] = mapped_column(Float, default=120.0)
    max_retries: Mapped[int] = mapped_column(Integer, default=2)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
