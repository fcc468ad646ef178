"""The provider interface: the base class every implementation extends (`factory` builds them by kind).

Providers speak the OpenAI wire format in both directions: they take a request body (a dict in
the shape of ``/v1/chat/completions`` or ``/v1/completions``, with the upstream's model name) and
return a response dict, or when streaming an async iterator of chunk batches: lists of chunk dicts
that arrived together (relayed to the client in one write). Failures are raised as
:class:`sluice.gateway.providers.failures.ProviderFailure`.
"""

from __future__ import annotations

import asyncio
import time
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from sluice.gateway.providers.breaker import OPEN, BreakerSettings, CircuitBreaker
from sluice.gateway.providers.engine_holder import EngineHolder
from sluice.gateway.providers.spec import ProviderSpec

CHAT = "chat"
COMPLETIONS = "completions"


@dataclass(frozen=True)
class ProviderCall:
    endpoint: str  # CHAT | COMPLETIONS
    body: dict
    request_id: str
    tenant_id: str | None = None  # whom the call serves (the built-in engine keeps tenants' caches apart)


@dataclass
class ProviderResources:
    """Process-wide things a provider may need: circuit-breaker settings, the clock breakers read
    and whom they tell of a state change (provider name, new state), and, for ``builtin``
    providers, the holder of this process's engine (None: no engine here)."""

    breaker: BreakerSettings = field(default_factory=BreakerSettings)
    engine: EngineHolder | None = None
    clock: Callable[[], float] = time.monotonic
    on_breaker_change: Callable[[str, str], None] | None = None


class ModelProvider(ABC):
    kind: ClassVar[str]
    # Whether the implementation can carry tools/functions/response_format at all.
    tools_capable: ClassVar[bool] = True

    def __init__(self, spec: ProviderSpec, resources: ProviderResources):
        self.spec = spec
        report = resources.on_breaker_change
        self.breaker = CircuitBreaker(resources.breaker, clock=resources.clock,
                                      on_change=None if report is None else lambda state: report(spec.name, state))
        self._in_flight = 0
        self._retired = False

    @property
    def supports_tools(self) -> bool:
        return self.tools_capable and self.spec.supports_tools

    @abstractmethod
    async def send(self, call: ProviderCall) -> dict:
        """One non-streaming request; returns the OpenAI response body."""

    @abstractmethod
    def stream(self, call: ProviderCall) -> AsyncIterator[list[dict]]:
        """A streaming request; yields non-empty lists of OpenAI chunk dicts, the chunks that arrived
        together. Closing the iterator stops the upstream call."""

    def readiness(self) -> tuple[bool, str]:
        if self.breaker.state == OPEN:
            return False, "circuit open"
        return True, "ok"

    async def aclose(self) -> None:
        """Release connections. Called once the provider is retired and idle."""

    # --- lifetime: a provider replaced by a registry reload closes when its last request ends ------
    def enter(self) -> None:
        self._in_flight += 1

    def leave(self) -> None:
        self._in_flight -= 1
        if self._retired and self._in_flight == 0:
            _spawn(self.aclose())

    def retire(self) -> None:
        self._retired = True
        if self._in_flight == 0:
            _spawn(self.aclose())


_BACKGROUND: set[asyncio.Task] = set()


def _spawn(coro) -> None:
    try:
        task = asyncio.get_running_loop().create_task(coro)
    except RuntimeError:  # no loop (shutdown from sync code): nothing left to release asynchronously
        coro.close()
        return
    _BACKGROUND.add(task)
    task.add_done_callback(_BACKGROUND.discard)
