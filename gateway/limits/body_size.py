"""Refuse request bodies above a size limit while reading them, before anything parses them.

A pure ASGI middleware: a declared ``Content-Length`` above the limit is refused without reading;
otherwise (also for chunked bodies without a length) the body is read and counted up to the limit,
then replayed to the application. Anything after the body (``http.disconnect``) passes through, so
streaming responses still notice a client that goes away.
"""

from __future__ import annotations

import orjson

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.http_errors import error_body


def _too_large_body(limit: int) -> bytes:
    message = f"Request body is larger than the limit of {limit} bytes."
    return orjson.dumps(error_body(ErrorCode.REQUEST_TOO_LARGE, message))


class BodySizeLimit:
    def __init__(self, app, *, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes
        self._refusal = _too_large_body(max_bytes)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            return await self._refuse(send)
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                # The client left before finishing its body: nothing to serve.
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return await self._refuse(send)
            if chunk:
                chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send):
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(self._refusal)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": self._refusal})


def _content_length(scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
