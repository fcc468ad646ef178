"""The live set of providers, rebuilt when the providers table changes.

Changes are noticed by a cheap fingerprint query (row count + newest ``updated_at``) at most every
``refresh_s`` seconds, or at once after :meth:`ProviderRegistry.invalidate`. Unchanged providers keep
their instance (connection pool, circuit-breaker state); a replaced one closes when its last request ends.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Unavailable
from sluice.gateway.providers.base import ModelProvider, ProviderResources
from sluice.gateway.providers.factory import build_provider
from sluice.gateway.providers.models import Provider
from sluice.gateway.providers.routing import serving
from sluice.gateway.providers.service import list_providers
from sluice.gateway.providers.spec import ProviderSpec

log = logging.getLogger("sluice.providers")



class DatabaseSource:
    """Provider specs read from the providers table."""

    def __init__(self, sessions: sessionmaker[Session], secret: bytes):
        self._sessions = sessions
        self._secret = secret

    def fingerprint(self) -> object:
        with self._sessions() as session:
            query = select(func.count(Provider.id), func.max(Provider.updated_at))
            count, newest = session.execute(query).one()
            return count, str(newest)

    def load(self) -> list[ProviderSpec]:
        specs = []
        with self._sessions() as session:
            for row in list_providers(session=session):
                try:
                    specs.append(ProviderSpec.from_row(row, secret=self._secret))
                except Exception as exc:  # e.g. the deployment secret changed: skip it, say which
                    log.error("provider skipped: its upstream API key cannot be unsealed",
                              extra={"provider": row.name, "error_type": type(exc).__name__})
        return specs


class StaticSource:
    """A fixed list of specs (the stand-alone engine server, tools)."""

    def __init__(self, specs: list[ProviderSpec]):
        self._specs = list(specs)

    def fingerprint(self) -> object:
        return len(self._specs)

    def load(self) -> list[ProviderSpec]:
        return list(self._specs)


class ProviderRegistry:
    def __init__(self, source, resources: ProviderResources, *, refresh_s: float = 2.0,
                 clock: Callable[[], float] = time.monotonic):
        self._source = source
        self.resources = resources
        self.refresh_s = refresh_s
        self._clock = clock
        self._providers: dict[str, ModelProvider] = {}
        self._fingerprint: object = None
        self._checked_at = float("-inf")
        self._lock = asyncio.Lock()

    def invalidate(self) -> None:
        """Re-read the providers before the next request (call after changing them)."""
        self._checked_at = float("-inf")

    async def providers(self) -> list[ModelProvider]:
        if self._clock() - self._checked_at >= self.refresh_s:
            async with self._lock:
                if self._clock() - self._checked_at >= self.refresh_s:
                    specs = await asyncio.to_thread(self._load_if_changed)
                    if specs is not None:
                        self._apply(specs)  # on the event loop: retired providers close there
                    self._checked_at = self._clock()
        return list(self._providers.values())

    def _load_if_changed(self) -> list[ProviderSpec] | None:
        try:
            fingerprint = self._source.fingerprint()
            if fingerprint == self._fingerprint:
                return None
            specs = self._source.load()
            self._fingerprint = fingerprint
            return specs
        except SQLAlchemyError as exc:
            if self._fingerprint is None:
                raise Unavailable(ErrorCode.PROVIDERS_UNAVAILABLE, "the provider list cannot be read "
                                  "(database unavailable); try again shortly") from None
            log.warning("provider list not refreshed; serving the last known providers",
                        extra={"error_type": type(exc).__name__})
            return None

    def _apply(self, specs: list[ProviderSpec]) -> None:
        fresh: dict[str, ModelProvider] = {}
        for spec in specs:
            current = self._providers.get(spec.id)
            if current is not None and current.spec == spec:
                fresh[spec.id] = current
            else:
                try:
                    fresh[spec.id] = build_provider(spec, self.resources)
                except ValueError as exc:
                    log.error("provider skipped",
                              extra={"provider": spec.name, "error_type": type(exc).__name__})
        for provider_id, old in self._providers.items():
            if fresh.get(provider_id) is not old:
                old.retire()
        self._providers = fresh

    def current(self) -> list[ModelProvider]:
        """The providers as last loaded (no refresh)."""
        return list(self._providers.values())

    async def serving(self, model: str) -> list[ModelProvider]:
        """Enabled providers serving ``model`` in fallback order (``model_not_found`` when none)."""
        return serving(await self.providers(), model)

    async def enabled(self) -> list[ModelProvider]:
        return [p for p in await self.providers() if p.spec.enabled]

    def readiness(self) -> tuple[bool, str]:
        """Ready when at least one enabled provider is ready (details name the ones that are not)."""
        enabled = [p for p in self._providers.values() if p.spec.enabled]
        if not enabled:
            return True, "no providers registered"
        states = {p.spec.name: p.readiness() for p in enabled}
        waiting = [f"{name}: {detail}" for name, (ok, detail) in states.items() if not ok]
        ok = len(waiting) < len(states)
        return ok, "ok" if not waiting else "; ".join(waiting)

    async def aclose(self) -> None:
        for provider in self._providers.values():
            provider.retire()
        self._providers = {}
