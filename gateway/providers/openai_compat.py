"""OpenAI-compatible upstreams (vLLM, SGLang, a cloud API, another Sluice) over pooled aiohttp connections.

aiohttp rather than httpx on this path: its C HTTP parser and thinner client cost about a third of
httpx's CPU per upstream call, which is most of the gateway's own latency budget (bench/RESULTS.md).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from urllib.parse import urlsplit
from urllib.request import getproxies_environment, proxy_bypass_environment

import aiohttp
import orjson

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.providers.base import CHAT, ModelProvider, ProviderCall, ProviderResources
from sluice.gateway.providers.failures import (CONNECT, GARBAGE, MISCONFIGURED, RATE_LIMITED, REJECTED, RESET,
                                        SERVER_ERROR, TIMEOUT, ProviderFailure)
from sluice.gateway.providers.spec import ProviderSpec
from sluice.gateway.providers.sse import SseParser

_PATHS = {CHAT: "/chat/completions", "completions": "/completions"}
_MAX_UPSTREAM_MESSAGE = 300
USER_AGENT = "sluice-gateway"


def _retry_after(headers: Mapping[str, str]) -> float | None:
    try:
        return max(0.0, float(headers.get("retry-after", "")))
    except ValueError:
        return None


def _upstream_error(content: bytes) -> tuple[str | None, str]:
    try:
        error = orjson.loads(content).get("error") or {}
        code = error.get("code") if isinstance(error.get("code"), str) else None
        return code, str(error.get("message") or "")[:_MAX_UPSTREAM_MESSAGE]
    except (ValueError, AttributeError, TypeError):
        return None, ""


def status_failure(status: int, headers: Mapping[str, str], content: bytes) -> ProviderFailure:
    if status == 429:
        return ProviderFailure(RATE_LIMITED, "upstream rate limit", status=status, retry_after=_retry_after(headers))
    if status >= 500:
        return ProviderFailure(SERVER_ERROR, f"upstream status {status}", status=status)
    if status in (401, 403, 404):
        return ProviderFailure(MISCONFIGURED, f"upstream status {status}", status=status)
    code, message = _upstream_error(content)
    return ProviderFailure(REJECTED, f"the upstream rejected the request: {message or f'status {status}'}",
                           status=status, code=code or ErrorCode.INVALID_REQUEST)


def transport_failure(exc: BaseException) -> ProviderFailure:
    """A failed exchange, by where it failed: connecting, waiting for the answer, or mid-answer."""
    if isinstance(exc, (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)):
        return ProviderFailure(CONNECT, "could not connect to the upstream")
    if isinstance(exc, (aiohttp.ServerTimeoutError, asyncio.TimeoutError)):
        return ProviderFailure(TIMEOUT, "the upstream did not answer in time")
    return ProviderFailure(RESET, "the connection to the upstream broke")


_TRANSPORT_ERRORS = (aiohttp.ClientError, asyncio.TimeoutError, OSError)


def _parse(content: bytes, what: str) -> dict:
    try:
        value = orjson.loads(content)
    except ValueError:
        raise ProviderFailure(GARBAGE, f"the upstream {what} is not JSON") from None
    if not isinstance(value, dict):
        raise ProviderFailure(GARBAGE, f"the upstream {what} is not a JSON object")
    return value


def _chunks(events: list[str]) -> tuple[list[dict], bool]:
    """The chunks of events read together, and whether ``[DONE]`` was among them."""
    chunks = []
    for data in events:
        if data.strip() == "[DONE]":
            return chunks, True
        chunk = _parse(data.encode(), "stream event")
        if "error" in chunk:
            raise ProviderFailure(SERVER_ERROR, "the upstream reported an error mid-stream")
        chunks.append(chunk)
    return chunks, False


def proxy_for(url: str) -> str | None:
    """The HTTP(S)_PROXY that applies to ``url`` unless NO_PROXY exempts it (read once, at start-up)."""
    parts = urlsplit(url)
    if not parts.hostname or proxy_bypass_environment(parts.hostname):
        return None
    return getproxies_environment().get(parts.scheme or "http")


class OpenAICompatibleProvider(ModelProvider):
    kind = "openai"
    def __init__(self, spec: ProviderSpec, resources: ProviderResources):
        super().__init__(spec, resources)
        self._base = (spec.base_url or "").rstrip("/")
        self._headers = {"content-type": "application/json", "user-agent": USER_AGENT}
        if spec.api_key:
            self._headers["authorization"] = f"Bearer {spec.api_key}"
        self._proxy = proxy_for(self._base)
        # connect: getting a pooled connection or opening one; sock_read: the longest silence allowed
        self._timeout = aiohttp.ClientTimeout(total=None, connect=spec.connect_timeout_s,
                                              sock_connect=spec.connect_timeout_s, sock_read=spec.read_timeout_s)
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.closed = False  # its connections are released; set by aclose

    def _client(self) -> aiohttp.ClientSession:
        """The pooled session of the running event loop (made on first use: sessions belong to a loop)."""
        if self.closed:
            raise ProviderFailure(CONNECT, "the provider was replaced and its connections released")
        loop = asyncio.get_running_loop()
        if self._session is None or self._session.closed or self._loop is not loop:
            connector = aiohttp.TCPConnector(limit=256, limit_per_host=0, keepalive_timeout=30,
                                             enable_cleanup_closed=False)
            self._session = aiohttp.ClientSession(connector=connector, timeout=self._timeout,
                                                  auto_decompress=True, trust_env=False)
            self._loop = loop
        return self._session

    def _post(self, call: ProviderCall):
        headers = {**self._headers, "x-request-id": call.request_id}
        return self._client().post(self._base + _PATHS[call.endpoint], data=orjson.dumps(call.body),
                                   headers=headers, proxy=self._proxy, allow_redirects=False)

    async def send(self, call: ProviderCall) -> dict:
        try:
            async with self._post(call) as response:
                content = await response.read()
                status, headers = response.status, response.headers
        except _TRANSPORT_ERRORS as exc:
            raise transport_failure(exc) from None
        if status != 200:
            raise status_failure(status, headers, content)
        body = _parse(content, "response")
        if not isinstance(body.get("choices"), list):
            raise ProviderFailure(GARBAGE, "the upstream response has no choices")
        return body

    async def stream(self, call: ProviderCall) -> AsyncIterator[list[dict]]:
        try:
            response = await self._post(call)
        except _TRANSPORT_ERRORS as exc:
            raise transport_failure(exc) from None
        finished = False
        try:
            if response.status != 200:
                content = await response.read()
                raise status_failure(response.status, response.headers, content)
            if "json" in response.headers.get("content-type", ""):
                raise ProviderFailure(GARBAGE, "the upstream answered a stream request without streaming")
            parser = SseParser()
            async for data in response.content.iter_any():
                batch, finished = _chunks(parser.feed(data))
                if batch:
                    yield batch
                if finished:
                    return
            batch, finished = _chunks(parser.end())
            if batch:
                yield batch
            finished = True
        except _TRANSPORT_ERRORS as exc:
            raise transport_failure(exc) from None
        finally:
            # a stream left early (client gone, error) closes its connection: the upstream stops generating
            if finished:
                response.release()
            else:
                response.close()

    async def aclose(self) -> None:
        self.closed = True
        if self._session is not None and not self._session.closed:
            await self._session.close()
