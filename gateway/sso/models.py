"""Sign-ins started at the identity provider and not yet finished (one row per ``state``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from sluice.gateway.database import Base, UTCDateTime, utcnow


class SsoAttempt(Base):
    """One authorization request: ``state`` and ``nonce`` are kept as keyed hashes, the PKCE verifier
    as is (it is sent to the provider's token endpoint). Used once: ``used_at`` marks it spent."""

    __tablename__ = "sso_attempts"

    state_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    nonce_hash: Mapped[str] = mapped_column(String(64))
    code_verifier: Mapped[str] = mapped_column(String(128))
    next_url: Mapped[str] = mapped_column(String(2000))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
