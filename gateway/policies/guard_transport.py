"""How guard models are reached: a request body from a guard format goes to one of the gateway's
providers (an OpenAI-compatible upstream such as vLLM) over a pooled HTTP client.

Policies name a guard by provider and model; the provider's base URL, API key and model mapping come
from the provider table, the same rows that serve ``/v1``. Guard checks run in the policy pipeline's
worker thread, so this client is synchronous.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
from sluice.policy.guards import Endpoint, GuardError, GuardFailure

from sluice.gateway.providers.spec import ProviderSpec

log = logging.getLogger("sluice.policy.guards")

PATHS = {Endpoint.CHAT: "/chat/completions", Endpoint.COMPLETIONS: "/completions"}


def classify_url(base_url: str) -> str:
    """vLLM serves ``/classify`` beside ``/v1``, not under it."""
    base = base_url.rstrip("/")
    return (base[:-3] if base.endswith("/v1") else base) + "/classify"


class ProviderGuardTransport:
    """A :class:`sluice.policy.guards.GuardTransport` over the providers ``specs()`` returns (the
    registry's live set). When the guard's provider is not among them (added since the registry last
    refreshed), ``reload()`` reads the provider table, at most once per ``reload_every_s``."""

    def __init__(self, specs: Callable[[], list[ProviderSpec]], *, reload: Callable[[], list[ProviderSpec]] | None = None,
                 reload_every_s: float = 2.0, client: httpx.Client | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 observe: Callable[[str, str, float], None] | None = None):
        """``observe(provider, outcome, seconds)`` is told of every request (metrics)."""
        self._specs, self._reload, self._reload_every_s, self._clock = specs, reload, reload_every_s, clock
        self._observe = observe
        self._reloaded: list[ProviderSpec] = []
        self._reloaded_at = -math.inf
        self._lock = threading.Lock()
        self._client = client or httpx.Client(limits=httpx.Limits(max_connections=64, max_keepalive_connections=16),
                                              headers={"user-agent": "sluice-gateway-guard"}, trust_env=False)

    def close(self) -> None:
        self._client.close()

    def provider_for(self, provider: str | None, model: str) -> ProviderSpec:
        try:
            return self._pick(self._specs(), provider, model)
        except GuardError:
            if self._reload is None:
                raise
        with self._lock:
            if self._clock() - self._reloaded_at >= self._reload_every_s:
                self._reloaded, self._reloaded_at = self._reload(), self._clock()
            reloaded = self._reloaded
        return self._pick(reloaded, provider, model)

    @staticmethod
    def _pick(all_specs: list[ProviderSpec], provider: str | None, model: str) -> ProviderSpec:
        specs = [s for s in all_specs if s.enabled]
        if provider is not None:
            found = next((s for s in specs if s.name == provider), None)
            if found is None:
                raise GuardError(GuardFailure.NOT_CONFIGURED, f"guard provider {provider!r} is not an enabled provider")
            if found.models and model not in found.models:
                raise GuardError(GuardFailure.NOT_CONFIGURED, f"guard provider {provider!r} does not list model {model!r}")
        else:
            serving = sorted((s for s in specs if model in s.models), key=lambda s: (s.priority, s.name))
            if not serving:
                raise GuardError(GuardFailure.NOT_CONFIGURED, f"no enabled provider serves the guard model {model!r}")
            found = serving[0]
        if not found.base_url:
            raise GuardError(GuardFailure.NOT_CONFIGURED, f"guard provider {found.name!r} ({found.kind}) has no HTTP "
                                                          "endpoint; serve guard models from an OpenAI-compatible upstream")
        return found

    def __call__(self, *, provider: str | None, model: str, endpoint: Endpoint, body: dict[str, Any],
                 timeout_s: float) -> dict[str, Any]:
        spec = self.provider_for(provider, model)
        started = time.perf_counter()
        outcome = "ok"
        try:
            return self._post(spec, model, endpoint, body, timeout_s)
        except GuardError as exc:
            outcome = exc.code
            raise
        finally:
            if self._observe is not None:
                self._observe(spec.name, str(outcome), time.perf_counter() - started)

    def _post(self, spec: ProviderSpec, model: str, endpoint: Endpoint, body: dict[str, Any],
              timeout_s: float) -> dict[str, Any]:
        base = spec.base_url.rstrip("/")
        url = classify_url(base) if endpoint == Endpoint.CLASSIFY else base + PATHS[endpoint]
        headers = {"authorization": f"Bearer {spec.api_key}"} if spec.api_key else {}
        timeout = httpx.Timeout(timeout_s, connect=min(spec.connect_timeout_s, timeout_s))
        try:
            response = self._client.post(url, json={**body, "model": spec.upstream_model(model)}, headers=headers,
                                         timeout=timeout)
        except httpx.TimeoutException:
            raise GuardError(GuardFailure.TIMEOUT, f"guard model {model!r} on {spec.name!r} gave no verdict within "
                                                   f"{timeout_s:.2f}s") from None
        except httpx.HTTPError as exc:
            raise GuardError(GuardFailure.UNREACHABLE, f"guard provider {spec.name!r} cannot be reached "
                                                       f"({type(exc).__name__})") from None
        if response.status_code != 200:
            log.warning("guard model refused the check", extra={"provider": spec.name, "status": response.status_code})
            raise GuardError(GuardFailure.UNREACHABLE, f"guard provider {spec.name!r} answered status "
                                                       f"{response.status_code}")
        try:
            answer = response.json()
        except ValueError:
            answer = None
        if not isinstance(answer, dict):
            raise GuardError(GuardFailure.UNPARSEABLE, f"guard provider {spec.name!r} did not answer with a JSON object")
        return answer
