"""Per-key rate limits in requests and tokens per minute, with OpenAI's ``x-ratelimit-*`` headers.

The /v1 pipeline calls :meth:`RateLimiter.acquire` before doing any work for a request (it raises
``RateLimited``, HTTP 429 ``rate_limited`` with ``Retry-After``) and :meth:`RateLimiter.record_tokens`
with the real token count when the response is complete. A key's own ``rpm_limit``/``tpm_limit``
wins over the deployment defaults (``SLUICE_DEFAULT_RPM``/``SLUICE_DEFAULT_TPM``); 0 means unlimited.

If the shared store (Redis) cannot be reached (or does not answer within its timeout,
``SLUICE_REDIS_TIMEOUT_S``) the request is refused: 503 ``rate_limit_unavailable`` with
``Retry-After``, the failure logged and counted. ``SLUICE_RATE_LIMIT_FAIL_OPEN=true`` lets such
requests through instead, for deployments where limits only protect capacity and an outage of the
limiter must not take the API down. Charging a finished request's tokens never fails the request.
``/readyz`` reports the store as not ready meanwhile.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import RateLimited
from sluice.gateway.outages import unavailable
from sluice.gateway.limits.gcra import Decision
from sluice.gateway.limits.memory_store import MemoryStore
from sluice.gateway.limits.redis_store import RedisStore

log = logging.getLogger("sluice.limits")


def format_reset(seconds: float) -> str:
    """OpenAI's reset format: ``20ms``, ``1s``, ``6m0s``."""
    if seconds < 1:
        return f"{max(0, math.ceil(seconds * 1000))}ms"
    whole = math.ceil(seconds)
    minutes, secs = divmod(whole, 60)
    return f"{minutes}m{secs}s" if minutes else f"{secs}s"


@dataclass(frozen=True)
class RateLimitStatus:
    """What a key has left after a decision; ``None`` fields are unlimited dimensions."""

    limit_requests: int | None = None
    remaining_requests: int | None = None
    reset_requests_s: float | None = None
    limit_tokens: int | None = None
    remaining_tokens: int | None = None
    reset_tokens_s: float | None = None

    def headers(self) -> dict[str, str]:
        out = {}
        if self.limit_requests:
            out["x-ratelimit-limit-requests"] = str(self.limit_requests)
            out["x-ratelimit-remaining-requests"] = str(self.remaining_requests or 0)
            out["x-ratelimit-reset-requests"] = format_reset(self.reset_requests_s or 0.0)
        if self.limit_tokens:
            out["x-ratelimit-limit-tokens"] = str(self.limit_tokens)
            out["x-ratelimit-remaining-tokens"] = str(self.remaining_tokens or 0)
            out["x-ratelimit-reset-tokens"] = format_reset(self.reset_tokens_s or 0.0)
        return out


UNLIMITED = RateLimitStatus()


class RateLimiter:
    def __init__(self, store, *, default_rpm: int, default_tpm: int, fail_open: bool = False,
                 on_store_error=None, on_limited=None):
        self.store = store
        self.fail_open = fail_open
        self.default_rpm = default_rpm
        self.default_tpm = default_tpm
        self._on_store_error = on_store_error
        self._on_limited = on_limited

    def limits_for(self, principal) -> tuple[int, int]:
        rpm = principal.rpm_limit if principal.rpm_limit is not None else self.default_rpm
        tpm = principal.tpm_limit if principal.tpm_limit is not None else self.default_tpm
        return rpm, tpm

    async def acquire(self, principal, *, estimated_tokens: int) -> RateLimitStatus:
        """Admit one request of ``principal`` (a KeyPrincipal) or raise ``RateLimited``."""
        rpm, tpm = self.limits_for(principal)
        if not rpm and not tpm:
            return UNLIMITED
        try:
            decision = await self.store.decide(principal.key_id, rpm=rpm, tpm=tpm,
                                               estimated_tokens=max(0, int(estimated_tokens)))
        except Exception as exc:  # the store is down: refuse (or, configured so, admit), say so
            self._store_failed(exc, refusing=not self.fail_open)
            if not self.fail_open:
                raise unavailable(ErrorCode.RATE_LIMIT_UNAVAILABLE) from None
            return UNLIMITED
        status = RateLimitStatus(
            limit_requests=rpm or None, remaining_requests=decision.remaining_requests,
            reset_requests_s=decision.reset_requests_s, limit_tokens=tpm or None,
            remaining_tokens=decision.remaining_tokens, reset_tokens_s=decision.reset_tokens_s)
        if not decision.allowed:
            if self._on_limited is not None:
                self._on_limited(decision.denied_by)
            raise _refusal(decision, status, rpm=rpm, tpm=tpm, estimated_tokens=estimated_tokens)
        return status

    async def record_tokens(self, principal, tokens: int) -> None:
        """Charge the tokens a finished request really used against the key's token budget."""
        _, tpm = self.limits_for(principal)
        if not tpm or tokens <= 0:
            return
        try:
            await self.store.charge(principal.key_id, tpm=tpm, tokens=int(tokens))
        except Exception as exc:
            self._store_failed(exc, refusing=False)

    async def ping(self) -> bool:
        return await self.store.ping()

    async def close(self) -> None:
        await self.store.close()

    def _store_failed(self, exc: Exception, *, refusing: bool) -> None:
        log.warning("rate limit store unavailable; request %s", "refused" if refusing else "admitted",
                    extra={"store": self.store.name, "error_type": type(exc).__name__})
        if self._on_store_error is not None:
            self._on_store_error()


def _refusal(decision: Decision, status: RateLimitStatus, *, rpm: int, tpm: int,
             estimated_tokens: int) -> RateLimited:
    headers = status.headers()
    if decision.impossible:
        message = (f"Request too large: it needs about {estimated_tokens} tokens but this key is limited to "
                   f"{tpm} tokens per minute. Send fewer tokens or lower max_tokens.")
        return RateLimited(ErrorCode.RATE_LIMITED, message, headers=headers)
    retry = max(1, math.ceil(decision.retry_after_s))
    headers["retry-after"] = str(retry)
    headers["retry-after-ms"] = str(max(1, math.ceil(decision.retry_after_s * 1000)))
    if decision.denied_by == "tokens":
        message = (f"Rate limit reached: {tpm} tokens per minute for this API key. "
                   f"Try again in {format_reset(decision.retry_after_s)}.")
    else:
        message = (f"Rate limit reached: {rpm} requests per minute for this API key. "
                   f"Try again in {format_reset(decision.retry_after_s)}.")
    return RateLimited(ErrorCode.RATE_LIMITED, message, headers=headers)


def build_rate_limiter(settings, **hooks) -> RateLimiter:
    """Redis-backed when ``SLUICE_REDIS_URL`` is set (shared by all processes), in-process otherwise."""
    if settings.redis_url:
        store = RedisStore(settings.redis_url, timeout_s=settings.redis_timeout_s)
    else:
        store = MemoryStore()
    return RateLimiter(store, default_rpm=settings.default_rpm, default_tpm=settings.default_tpm,
                       fail_open=settings.rate_limit_fail_open, **hooks)
