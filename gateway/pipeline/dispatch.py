"""Calling providers: retries on the same provider, fallback to the next, circuit breakers.

Retries happen only for 429, 5xx and connection errors, and only before anything reached the
client: for a stream, an attempt succeeds when its first chunk has arrived. A request the upstream
rejects as invalid is returned to the caller at once (no fallback: the next provider would refuse too).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sluice.gateway.pipeline.context import OK, RequestContext
from sluice.gateway.pipeline.retry import Backoff
from sluice.gateway.providers.base import ModelProvider, ProviderCall
from sluice.gateway.providers.failures import GARBAGE, ProviderFailure, circuit_open, client_error


@dataclass
class OpenStream:
    provider: ModelProvider
    first: list[dict]  # the first batch of chunks (never empty)
    rest: AsyncIterator[list[dict]]


async def _attempts(candidates: list[ModelProvider], rctx: RequestContext, backoff: Backoff,
                    attempt: Callable[[ModelProvider], Awaitable[Any]]) -> tuple[ModelProvider, Any]:
    """Try candidates in order; return (provider, result) with the provider entered (caller leaves).

    A candidate whose circuit is open is skipped for the next one; when it is the last one, the
    request ends with 503 and ``Retry-After`` set to its next attempt window."""
    failures: list[ProviderFailure] = []
    for provider in candidates:
        admission = provider.breaker.admit()
        if admission is None:
            if provider is candidates[-1]:
                raise circuit_open(rctx.model, provider.breaker.retry_after_s())
            continue
        provider.enter()
        try:
            for number in range(provider.spec.max_retries + 1):
                try:
                    result = await attempt(provider)
                except ProviderFailure as failure:
                    failures.append(failure)
                    rctx.attempt(provider.spec, failure.kind)
                    if failure.client_fault:
                        provider.breaker.succeeded(admission)
                        raise client_error(failures, rctx.model) from None
                    if not failure.retryable or number == provider.spec.max_retries:
                        break
                    await asyncio.sleep(backoff.delay(number, failure.retry_after))
                else:
                    provider.breaker.succeeded(admission)
                    rctx.attempt(provider.spec, OK)
                    rctx.served_by(provider.spec)
                    return provider, result
            if failures[-1].trips_breaker:
                provider.breaker.failed(admission)
            else:
                provider.breaker.abandoned(admission)
        except BaseException:
            provider.breaker.abandoned(admission)
            provider.leave()
            raise
        provider.leave()
    raise client_error(failures, rctx.model)


async def call(candidates: list[ModelProvider], rctx: RequestContext, backoff: Backoff,
               make_call: Callable[[ModelProvider], ProviderCall]) -> tuple[ModelProvider, dict]:
    async def attempt(provider: ModelProvider) -> dict:
        with rctx.stage("provider", provider=True):
            return await provider.send(make_call(provider))

    provider, response = await _attempts(candidates, rctx, backoff, attempt)
    provider.leave()
    return provider, response


async def open_stream(candidates: list[ModelProvider], rctx: RequestContext, backoff: Backoff,
                      make_call: Callable[[ModelProvider], ProviderCall]) -> OpenStream:
    """Start a stream and wait for its first chunk. The caller must ``provider.leave()`` when done."""

    async def attempt(provider: ModelProvider) -> tuple[list[dict], AsyncIterator[list[dict]]]:
        iterator = provider.stream(make_call(provider))
        try:
            with rctx.stage("provider_first_chunk", provider=True):
                first = await anext(iterator)
        except StopAsyncIteration:
            raise ProviderFailure(GARBAGE, "the upstream stream ended before any chunk") from None
        except BaseException:
            await iterator.aclose()
            raise
        return first, iterator

    provider, (first, rest) = await _attempts(candidates, rctx, backoff, attempt)
    return OpenStream(provider=provider, first=first, rest=rest)
