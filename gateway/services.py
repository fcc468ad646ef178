"""Process-wide objects built once at start-up from settings and shared by requests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from sluice.gateway.settings import Settings


@dataclass
class Services:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    # Filled by the domains that need them at start-up (provider registry, rate limiter, ...).
    extras: dict[str, Any] = field(default_factory=dict)
