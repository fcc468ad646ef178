"""OpenTelemetry tracing: an OTLP/HTTP exporter when ``SLUICE_OTLP_ENDPOINT`` is set.

The tracer provider belongs to the application (not the process-global one), so several apps in
one process (tests) do not share exporters. Without an endpoint or exporter no tracer is built and
stages are only timed, which keeps the hot path free of span bookkeeping.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Tracing:
    provider: object | None
    tracer: object | None

    def shutdown(self) -> None:
        if self.provider is not None:
            self.provider.shutdown()


def traces_url(endpoint: str) -> str:
    """``http://collector:4318`` -> ``http://collector:4318/v1/traces`` (a full URL is kept)."""
    endpoint = endpoint.rstrip("/")
    return endpoint if endpoint.endswith("/v1/traces") else endpoint + "/v1/traces"


def build_tracing(settings, *, exporter=None) -> Tracing:
    if exporter is None and not settings.otlp_endpoint:
        return Tracing(provider=None, tracer=None)
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor

    provider = TracerProvider(resource=Resource.create({"service.name": settings.service_name,
                                                        "deployment.environment": settings.env}))
    if settings.otlp_endpoint:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=traces_url(settings.otlp_endpoint))))
    if exporter is not None:
        provider.add_span_processor(SimpleSpanProcessor(exporter))
    return Tracing(provider=provider, tracer=provider.get_tracer("sluice.gateway"))
