"""Provider health as the console shows it: a short probe of an upstream's ``/models`` endpoint.

Results are kept in the process (``Services.console.provider_health``) with the time of the check,
so the providers page shows the last known state without probing on every page load.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from sluice.gateway.providers.engine_holder import EngineHolder
from sluice.gateway.providers.models import Provider
from sluice.gateway.providers.registry import ProviderRegistry
from sluice.gateway.providers.service import provider_api_key

PROBE_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class Health:
    state: str  # "healthy" | "unhealthy" | "unknown"
    detail: str
    checked_at: float
    latency_ms: float | None = None


def probe(provider: Provider, *, secret: bytes, engine: EngineHolder | None) -> Health:
    """Check one provider now (the caller remembers the result)."""
    started = time.monotonic()
    if provider.kind == "builtin":
        engine_ready = engine is not None and engine.readiness()[0]
        detail = ("built-in engine loaded" if engine_ready else
                  "built-in engine still loading" if engine is not None else "no built-in engine in this process")
        health = Health("healthy" if engine_ready else "unknown", detail, time.time())
    else:
        headers = {}
        key = provider_api_key(provider, secret)
        if key:
            headers["Authorization"] = f"Bearer {key}"
        url = (provider.base_url or "").rstrip("/") + "/models"
        try:
            response = httpx.get(url, headers=headers, timeout=min(PROBE_TIMEOUT_S, provider.connect_timeout_s or 3))
            latency = (time.monotonic() - started) * 1000
            ok = response.status_code < 400
            health = Health("healthy" if ok else "unhealthy", f"HTTP {response.status_code}", time.time(), latency)
        except httpx.HTTPError as exc:
            health = Health("unhealthy", f"unreachable ({type(exc).__name__})", time.time())
    return health


@dataclass(frozen=True)
class Routing:
    breaker: str  # "closed" (taking traffic) | "open" (failing, skipped) | "half_open" (letting a few requests try)
    ready: bool
    detail: str
    next_attempt_s: float = 0.0  # while open: seconds until requests are let through again


def routing_states(registry: ProviderRegistry) -> dict[str, Routing]:
    """What this gateway process currently thinks of each provider, by provider name (live, no
    probing; every process keeps its own circuit breakers)."""
    states = {}
    for provider in registry.current():
        ready, detail = provider.readiness()
        states[provider.spec.name] = Routing(provider.breaker.state, ready, detail,
                                             provider.breaker.retry_after_s())
    return states
