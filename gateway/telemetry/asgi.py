"""Per-request telemetry as a pure ASGI middleware.

For every HTTP request: accept a sane ``x-request-id`` or make one, open the root span, expose a
:class:`RequestTelemetry` to the pipeline, and when the response goes out add ``x-request-id`` and
``x-sluice-overhead-ms``; at the end record metrics and write one JSON access-log line.

Streaming responses send their headers before the provider has answered, so the header carries the
overhead known at the first byte. The full figure follows in the stream itself as an SSE comment
right before ``data: [DONE]`` (``: x-sluice-overhead-ms=1.42``); SSE clients ignore comment lines.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import time

from sluice.gateway.telemetry.request import _CURRENT, RequestTelemetry

access_log = logging.getLogger("sluice.access")

_REQUEST_ID = re.compile(rb"^[A-Za-z0-9._:-]{1,128}$")
_DONE = b"data: [DONE]\n\n"
_QUIET_ROUTES = frozenset({"/healthz", "/readyz", "/metrics"})


_ID_PREFIX = "req_" + os.urandom(6).hex()
_ID_COUNTER = itertools.count(1)


def new_request_id() -> str:
    """Unique per process (random prefix) and cheap: no system call per request."""
    return f"{_ID_PREFIX}{next(_ID_COUNTER):012x}"


def _incoming_request_id(headers) -> str | None:
    for name, value in headers:
        if name == b"x-request-id":
            return value.decode() if _REQUEST_ID.match(value) else None
    return None


class RequestTelemetryMiddleware:
    def __init__(self, app, *, metrics, tracing=None):
        self.app = app
        self.metrics = metrics
        self.tracing = tracing  # read per request: exporters may be added after start-up

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        request_id = _incoming_request_id(scope.get("headers", ())) or new_request_id()
        tracer = self.tracing.tracer if self.tracing is not None else None
        rt = RequestTelemetry(request_id, method=scope.get("method", ""), path=scope.get("path", ""),
                              tracer=tracer, started=started)
        state = scope.setdefault("state", {})
        state["telemetry"] = rt
        state["request_id"] = request_id
        token = _CURRENT.set(rt)
        span, span_token = self._open_span(tracer, scope)
        status = 500
        sse = False  # decided by the response's content type, not by what was asked for
        done_marked = False
        id_header = request_id.encode()
        self.metrics.active += 1

        async def send_with_telemetry(message):
            nonlocal status, sse, done_marked
            kind = message["type"]
            if kind == "http.response.start":
                status = message["status"]
                headers = [(n, v) for n, v in message.get("headers", ()) if n != b"x-request-id"]
                for name, value in headers:
                    if name == b"content-type" and value.startswith(b"text/event-stream"):
                        sse = rt.stream = True
                headers.append((b"x-request-id", id_header))
                headers.append((b"x-sluice-overhead-ms", b"%.2f" % rt.overhead_ms()))
                message = {**message, "headers": headers}
            elif kind == "http.response.body" and sse:
                body = message.get("body", b"")
                if body and rt.first_byte_s is None:
                    rt.first_byte_s = rt.elapsed_s()
                final = not message.get("more_body", False)
                if not done_marked and (body.endswith(_DONE) or final):
                    done_marked = True
                    comment = b": x-sluice-overhead-ms=%.2f\n\n" % rt.overhead_ms()
                    if body.endswith(_DONE):
                        body = body[: -len(_DONE)] + comment + _DONE
                    else:
                        body = body + comment
                    message = {**message, "body": body}
            await send(message)

        try:
            await self.app(scope, receive, send_with_telemetry)
        finally:
            self.metrics.active -= 1
            _CURRENT.reset(token)
            self._finish(scope, rt, status, span, span_token)

    @staticmethod
    def _open_span(tracer, scope):
        if tracer is None:
            return None, None
        from opentelemetry import context, trace

        span = tracer.start_span(scope.get("method", "HTTP"),
                                      kind=trace.SpanKind.SERVER)
        return span, context.attach(trace.set_span_in_context(span))

    def _finish(self, scope, rt: RequestTelemetry, status: int, span, span_token) -> None:
        finished = time.perf_counter()
        route_obj = scope.get("route")
        route = getattr(route_obj, "path", None) or "unmatched"
        key = scope.get("state", {}).get("key")
        if key is not None and rt.key_id is None:
            rt.set_caller(tenant_id=key.tenant_id, key_id=key.key_id)
        self.metrics.observe_request(rt, route=route, status=status, finished=finished)
        if span is not None:
            self._close_span(span, span_token, rt, route, status)
        fields = {
            "request_id": rt.request_id, "method": rt.method, "route": route, "status": status,
            "tenant_id": rt.tenant_id, "key_id": rt.key_id, "model": rt.routed_model, "provider": rt.provider,
            "stream": rt.stream, "latency_ms": round(rt.elapsed_s(finished) * 1000, 2),
            "overhead_ms": round(rt.overhead_ms(finished), 2), "provider_ms": round(rt.provider_s * 1000, 2),
            "input_tokens": rt.input_tokens, "output_tokens": rt.output_tokens,
            "stages_ms": {name: round(ms, 2) for name, ms in rt.timings.items()},
        }
        level = logging.DEBUG if route in _QUIET_ROUTES else logging.INFO
        access_log.log(level, "request", extra=fields)

    @staticmethod
    def _close_span(span, span_token, rt: RequestTelemetry, route: str, status: int) -> None:
        from opentelemetry import context
        from opentelemetry.trace import Status, StatusCode

        span.update_name(f"{rt.method} {route}")
        attrs = {"http.request.method": rt.method, "http.route": route, "http.response.status_code": status,
                 "sluice.request_id": rt.request_id, "sluice.overhead_ms": round(rt.overhead_ms(), 3),
                 **rt.genai_attributes()}
        if rt.tenant_id:
            attrs["sluice.tenant_id"] = rt.tenant_id
        if rt.key_id:
            attrs["sluice.key_id"] = rt.key_id
        if rt.provider:
            attrs["sluice.provider"] = rt.provider
        if rt.guardrails:
            attrs["sluice.guardrails"] = [f"{name}:{outcome}" for name, outcome in rt.guardrails]
        span.set_attributes(attrs)
        if status >= 500:
            span.set_status(Status(StatusCode.ERROR, f"HTTP {status}"))
        span.end()
        context.detach(span_token)
