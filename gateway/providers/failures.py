"""What can go wrong when calling a provider, and the client-facing errors it turns into.

A provider raises :class:`ProviderFailure`; the dispatcher decides from ``retryable`` whether to try
the same provider again (only 429, 5xx and connection errors, and only before the first byte reached
the client) and from ``client_fault`` whether the request itself was bad (no fallback then).
"""

from __future__ import annotations

import math

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import SluiceError, UpstreamRejected

# failure kinds
RATE_LIMITED = "rate_limited"      # upstream 429
SERVER_ERROR = "server_error"      # upstream 5xx
CONNECT = "connect"                # could not connect / connection refused
TIMEOUT = "timeout"                # no answer within the read timeout (a hang)
RESET = "reset"                    # connection dropped mid-response
GARBAGE = "garbage"                # answer that is not the OpenAI wire format
MISCONFIGURED = "misconfigured"    # upstream 401/403/404: our registration is wrong
REJECTED = "rejected"              # upstream 4xx about the request itself
NOT_READY = "not_ready"            # built-in engine still loading or failed to load
ENGINE_DOWN = "engine_down"        # built-in engine process crashed: backing off or restarting

RETRYABLE = frozenset({RATE_LIMITED, SERVER_ERROR, CONNECT})


class ProviderFailure(Exception):
    def __init__(self, kind: str, message: str, *, status: int | None = None, code: str | None = None,
                 retry_after: float | None = None):
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.status = status
        self.code = code
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE

    @property
    def client_fault(self) -> bool:
        return self.kind == REJECTED

    @property
    def trips_breaker(self) -> bool:
        """Whether it counts towards the provider's circuit breaker: not a crashed built-in engine,
        whose restarts have their own back-off (the breaker would hide its `engine_unavailable`), nor
        one still loading (the breaker would keep the model switched off after it became ready)."""
        return self.kind not in (ENGINE_DOWN, NOT_READY)


class BadGateway(SluiceError):
    """The provider failed or answered nonsense (502)."""

    status = 502


class UpstreamBusy(BadGateway):
    status = 503


class UpstreamTimeout(BadGateway):
    status = 504


def circuit_open(model: str, wait_s: float) -> UpstreamBusy:
    """The last provider serving ``model`` is switched off after repeated failures; its next attempt
    window opens in ``wait_s`` seconds (``Retry-After``: whole seconds, at least 1)."""
    return UpstreamBusy(ErrorCode.UPSTREAM_UNAVAILABLE,
                        f"the provider for {model!r} is switched off after repeated failures; it is tried "
                        "again shortly", headers={"retry-after": str(max(1, math.ceil(wait_s)))})


def client_error(failures: list[ProviderFailure], model: str) -> SluiceError:
    """The honest error after every candidate failed (the last failure decides the status)."""
    if not failures:
        return UpstreamBusy(ErrorCode.UPSTREAM_UNAVAILABLE,
                            f"every provider serving {model!r} is temporarily switched off after repeated "
                            "failures; try again shortly", headers={"retry-after": "5"})
    last = failures[-1]
    if last.kind == REJECTED:
        return UpstreamRejected(last.message, upstream_code=last.code)
    names = f"{len(failures)} attempt{'s' if len(failures) != 1 else ''}"
    if last.kind == GARBAGE:
        return BadGateway(ErrorCode.UPSTREAM_ERROR, f"the provider for {model!r} sent an invalid response "
                                                     f"({names})")
    if last.kind == TIMEOUT:
        return UpstreamTimeout(ErrorCode.UPSTREAM_UNAVAILABLE,
                               f"the provider for {model!r} did not answer in time ({names})")
    if last.kind == ENGINE_DOWN:
        wait = str(max(1, math.ceil(last.retry_after or 1)))
        return UpstreamBusy(ErrorCode.ENGINE_UNAVAILABLE,
                            f"the built-in engine serving {model!r} crashed and is restarting; try again "
                            "after retry-after seconds", headers={"retry-after": wait})
    if last.kind in (RATE_LIMITED, NOT_READY):
        headers = {"retry-after": str(int(last.retry_after or 1))}
        return UpstreamBusy(ErrorCode.UPSTREAM_UNAVAILABLE,
                            f"the provider for {model!r} is busy or not ready ({names}); "
                                                    "try again shortly", headers=headers)
    if last.kind == MISCONFIGURED:
        return BadGateway(ErrorCode.UPSTREAM_ERROR, f"the provider for {model!r} refused the gateway "
                                                     f"(status {last.status}); check its registration")
    return BadGateway(ErrorCode.UPSTREAM_UNAVAILABLE,
                      f"the provider for {model!r} failed ({names}): {last.message}")
