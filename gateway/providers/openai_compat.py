"""OpenAI-compatible upstreams (vLLM, SGLang, a cloud API, another Sluice) over pooled httpx."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import orjson

from gateway.providers.base import CHAT, ModelProvider, ProviderCall, ProviderResources, register_kind
from gateway.providers.failures import (CONNECT, GARBAGE, MISCONFIGURED, RATE_LIMITED, REJECTED, RESET,
                                        SERVER_ERROR, TIMEOUT, ProviderFailure)
from gateway.providers.spec import ProviderSpec
from gateway.providers.sse import iter_sse_data

_PATHS = {CHAT: "/chat/completions", "completions": "/completions"}
_MAX_UPSTREAM_MESSAGE = 300


def _retry_after(response: httpx.Response) -> float | None:
    try:
        return max(0.0, float(response.headers.get("retry-after", "")))
    except ValueError:
        return None


def _upstream_error(response: httpx.Response) -> tuple[str | None, str]:
    try:
        error = orjson.loads(response.content).get("error") or {}
        code = error.get("code") if isinstance(error.get("code"), str) else None
        return code, str(error.get("message") or "")[:_MAX_UPSTREAM_MESSAGE]
    except (ValueError, AttributeError, TypeError):
        return None, ""


def status_failure(response: httpx.Response) -> ProviderFailure:
    status = response.status_code
    if status == 429:
        return ProviderFailure(RATE_LIMITED, "upstream rate limit", status=status,
                               retry_after=_retry_after(response))
    if status >= 500:
        return ProviderFailure(SERVER_ERROR, f"upstream status {status}", status=status)
    if status in (401, 403, 404):
        return ProviderFailure(MISCONFIGURED, f"upstream status {status}", status=status)
    code, message = _upstream_error(response)
    return ProviderFailure(REJECTED, f"the upstream rejected the request: {message or f'status {status}'}",
                           status=status, code=code or "invalid_request")


def transport_failure(exc: httpx.HTTPError) -> ProviderFailure:
    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)):
        return ProviderFailure(CONNECT, "could not connect to the upstream")
    if isinstance(exc, httpx.TimeoutException):
        return ProviderFailure(TIMEOUT, "the upstream did not answer in time")
    return ProviderFailure(RESET, "the connection to the upstream broke")


def _parse(content: bytes, what: str) -> dict:
    try:
        value = orjson.loads(content)
    except ValueError:
        raise ProviderFailure(GARBAGE, f"the upstream {what} is not JSON") from None
    if not isinstance(value, dict):
        raise ProviderFailure(GARBAGE, f"the upstream {what} is not a JSON object")
    return value


@register_kind("openai")
class OpenAICompatibleProvider(ModelProvider):
    def __init__(self, spec: ProviderSpec, resources: ProviderResources):
        super().__init__(spec, resources)
        headers = {"content-type": "application/json"}
        if spec.api_key:
            headers["authorization"] = f"Bearer {spec.api_key}"
        timeout = httpx.Timeout(connect=spec.connect_timeout_s, read=spec.read_timeout_s,
                                write=spec.read_timeout_s, pool=spec.connect_timeout_s)
        self._client = httpx.AsyncClient(
            base_url=(spec.base_url or "").rstrip("/"), headers=headers, timeout=timeout,
            limits=httpx.Limits(max_connections=256, max_keepalive_connections=64), follow_redirects=False)

    def _request(self, call: ProviderCall) -> httpx.Request:
        return self._client.build_request("POST", _PATHS[call.endpoint], content=orjson.dumps(call.body),
                                          headers={"x-request-id": call.request_id})

    async def send(self, call: ProviderCall) -> dict:
        try:
            response = await self._client.send(self._request(call))
        except httpx.HTTPError as exc:
            raise transport_failure(exc) from None
        if response.status_code != 200:
            raise status_failure(response)
        body = _parse(response.content, "response")
        if not isinstance(body.get("choices"), list):
            raise ProviderFailure(GARBAGE, "the upstream response has no choices")
        return body

    async def stream(self, call: ProviderCall) -> AsyncIterator[dict]:
        try:
            response = await self._client.send(self._request(call), stream=True)
        except httpx.HTTPError as exc:
            raise transport_failure(exc) from None
        try:
            if response.status_code != 200:
                await response.aread()
                raise status_failure(response)
            if "json" in response.headers.get("content-type", ""):
                raise ProviderFailure(GARBAGE, "the upstream answered a stream request without streaming")
            async for data in iter_sse_data(response.aiter_lines()):
                if data.strip() == "[DONE]":
                    return
                chunk = _parse(data.encode(), "stream event")
                if "error" in chunk:
                    raise ProviderFailure(SERVER_ERROR, "the upstream reported an error mid-stream")
                yield chunk
        except httpx.HTTPError as exc:
            raise transport_failure(exc) from None
        finally:
            await response.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()
