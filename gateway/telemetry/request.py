"""What one request's telemetry knows, and the ``stage`` helper the request pipeline times itself with.

The request middleware creates a :class:`RequestTelemetry` per HTTP request (reachable as
``request.state.telemetry`` and through :func:`current`); the pipeline fills in what it learns
(model, provider, tokens, guardrail outcomes) and wraps its steps::

    with telemetry.stage(rt, "input_guardrails"):
        ...
    with telemetry.stage(rt, "provider", provider=True):   # counted as time waiting on the provider
        ...

Only identifiers, names, counts and durations are recorded here: never prompt or completion text.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from contextvars import ContextVar

_CURRENT: ContextVar["RequestTelemetry | None"] = ContextVar("sluice_request_telemetry", default=None)


def current() -> "RequestTelemetry | None":
    """The telemetry of the request being served in this context, if any."""
    return _CURRENT.get()


class RequestTelemetry:
    __slots__ = ("request_id", "started", "method", "path", "tracer", "timings", "provider_s", "stream",
                 "operation", "model", "response_model", "system", "provider", "server_address",
                 "input_tokens", "output_tokens", "guardrails", "upstream_errors", "tenant_id", "key_id",
                 "first_byte_s", "model_routed")

    def __init__(self, request_id: str, *, method: str = "", path: str = "", tracer=None,
                 started: float | None = None):
        self.request_id = request_id
        self.started = time.perf_counter() if started is None else started
        self.method = method
        self.path = path
        self.tracer = tracer
        self.timings: dict[str, float] = {}  # stage -> milliseconds (summed when repeated)
        self.provider_s = 0.0
        self.stream = False
        self.operation = self.model = self.response_model = None
        self.system = self.provider = self.server_address = None
        self.input_tokens = self.output_tokens = None
        self.guardrails: list[tuple[str, str]] = []
        self.upstream_errors: list[tuple[str, str]] = []
        self.tenant_id = self.key_id = None
        self.first_byte_s = None
        # The requested model name comes from the caller: it is reported only once a provider
        # serving it was found, so arbitrary caller text never becomes an attribute or label.
        self.model_routed = False

    # --- what the pipeline reports ------------------------------------------------------------
    def set_request(self, *, operation: str | None = None, model: str | None = None,
                    stream: bool | None = None) -> None:
        """``operation``: ``chat`` | ``text_completion``; ``model``: a model name the gateway serves."""
        if operation is not None:
            self.operation = operation
        if model is not None:
            self.model = model
        if stream is not None:
            self.stream = stream

    def set_caller(self, *, tenant_id: str | None, key_id: str | None) -> None:
        self.tenant_id, self.key_id = tenant_id, key_id

    def set_provider(self, *, system: str | None = None, provider: str | None = None,
                     server_address: str | None = None) -> None:
        self.system = system or self.system
        self.provider = provider or self.provider
        self.model_routed = True
        if server_address and "://" in server_address:  # a base URL: the convention wants the host
            from urllib.parse import urlsplit

            server_address = urlsplit(server_address).hostname
        self.server_address = server_address or self.server_address

    def set_response(self, *, response_model: str | None = None, input_tokens: int | None = None,
                     output_tokens: int | None = None) -> None:
        if response_model is not None:
            self.response_model = response_model
        if input_tokens is not None:
            self.input_tokens = input_tokens
        if output_tokens is not None:
            self.output_tokens = output_tokens

    def guardrail(self, name: str, outcome: str) -> None:
        """``outcome``: passed | blocked | redacted | masked | errored | skipped | ..."""
        self.guardrails.append((name, outcome))

    def upstream_error(self, provider: str, code: str) -> None:
        self.upstream_errors.append((provider, code))

    def add_provider_time(self, seconds: float) -> None:
        """Time spent waiting on the provider; excluded from the gateway's overhead."""
        self.provider_s += seconds

    def add_time(self, name: str, seconds: float) -> None:
        """Add to a stage's timing without a span (for work repeated per streamed chunk)."""
        self.timings[name] = self.timings.get(name, 0.0) + seconds * 1000.0

    # --- derived ------------------------------------------------------------------------------
    def elapsed_s(self, now: float | None = None) -> float:
        return (time.perf_counter() if now is None else now) - self.started

    def overhead_ms(self, now: float | None = None) -> float:
        """Time spent in the gateway so far: elapsed minus time waiting on the provider."""
        return max(0.0, (self.elapsed_s(now) - self.provider_s) * 1000.0)

    @property
    def routed_model(self) -> str | None:
        return self.model if self.model_routed else None

    def genai_attributes(self) -> dict:
        """OpenTelemetry GenAI semantic-convention attributes known so far."""
        attrs = {}
        for name, value in (("gen_ai.operation.name", self.operation), ("gen_ai.system", self.system),
                            ("gen_ai.provider.name", self.system), ("gen_ai.request.model", self.routed_model),
                            ("gen_ai.response.model", self.response_model),
                            ("gen_ai.usage.input_tokens", self.input_tokens),
                            ("gen_ai.usage.output_tokens", self.output_tokens),
                            ("server.address", self.server_address)):
            if value is not None:
                attrs[name] = value
        return attrs


@contextmanager
def stage(rt: RequestTelemetry | None, name: str, *, provider: bool = False, **attributes):
    """Time one stage of a request: a child span (when tracing is on) and ``rt.timings[name]``.

    ``provider=True`` marks time spent waiting on the model provider (not gateway overhead); that
    span is a CLIENT span named like the GenAI conventions (``chat sluice-demo``). ``attributes``
    must be identifiers, names or numbers, never request content. With ``rt=None`` only the body runs.
    """
    if rt is None:
        yield None
        return
    if provider:
        rt.model_routed = True  # a provider is being asked for this model
    span = None
    if rt.tracer is not None:
        from opentelemetry.trace import SpanKind

        if provider:
            span_name = f"{rt.operation or 'chat'} {rt.model or ''}".strip()
            attrs = {**rt.genai_attributes(), "sluice.stage": name, **attributes}
            span_cm = rt.tracer.start_as_current_span(span_name, kind=SpanKind.CLIENT, attributes=attrs)
        else:
            span_cm = rt.tracer.start_as_current_span(f"sluice.{name}",
                                                      attributes={"sluice.stage": name, **attributes})
        span = span_cm.__enter__()
    began = time.perf_counter()
    try:
        yield span
    except BaseException as exc:
        if span is not None:
            from opentelemetry.trace import Status, StatusCode

            # The type only: exception messages may quote request content.
            span.set_status(Status(StatusCode.ERROR, type(exc).__name__))
            span.set_attribute("error.type", type(exc).__name__)
        raise
    finally:
        seconds = time.perf_counter() - began
        rt.add_time(name, seconds)
        if provider:
            rt.provider_s += seconds
            if span is not None:
                span.set_attributes(rt.genai_attributes())
        if span is not None:
            span_cm.__exit__(None, None, None)
