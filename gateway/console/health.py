"""Provider health as the console shows it: a short probe of an upstream's ``/models`` endpoint.

Results are kept in the process (``Services.extras``) with the time of the check, so the
providers page shows the last known state without probing on every page load.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from sluice.gateway.providers.models import Provider
from sluice.gateway.providers.service import provider_api_key

EXTRAS_KEY = "console.provider_health"
PROBE_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class Health:
    state: str  # "healthy" | "unhealthy" | "unknown"
    detail: str
    checked_at: float
    latency_ms: float | None = None


def known(extras: dict, provider_id: str) -> Health | None:
    return extras.get(EXTRAS_KEY, {}).get(provider_id)


def probe(provider: Provider, *, secret: bytes, extras: dict) -> Health:
    """Check one provider now and remember the result."""
    started = time.monotonic()
    if provider.kind == "builtin":
        engine_ready = any(key.startswith(("engine", "builtin")) for key in extras)
        health = Health("healthy" if engine_ready else "unknown",
                        "built-in engine loaded" if engine_ready else "built-in engine not loaded in this process",
                        time.time())
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
    extras.setdefault(EXTRAS_KEY, {})[provider.id] = health
    return health


@dataclass(frozen=True)
class Routing:
    breaker: str  # "closed" (taking traffic) | "open" (failing, skipped) | "half-open" (probing)
    ready: bool
    detail: str


def routing_states(extras: dict) -> dict[str, Routing]:
    """What the request path currently thinks of each provider, by provider name (live, no probing)."""
    from sluice.gateway.providers.registry import REGISTRY_KEY

    registry = extras.get(REGISTRY_KEY)
    if registry is None:
        return {}
    states = {}
    for provider in registry.current():
        ready, detail = provider.readiness()
        states[provider.spec.name] = Routing(provider.breaker.state, ready, detail)
    return states
