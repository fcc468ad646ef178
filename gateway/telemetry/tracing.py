"""OpenTelemetry tracing: an OTLP/HTTP exporter when ``SLUICE_OTLP_ENDPOINT`` is set.

The tracer provider belongs to the application (not the process-global one), so several apps in
one process (tests) do not share exporters. Without an endpoint or exporter there is no tracer and
stages are only timed, which keeps the hot path free of span bookkeeping.
"""

from __future__ import annotations


def traces_url(endpoint: str) -> str:
    """``http://collector:4318`` -> ``http://collector:4318/v1/traces`` (a full URL is kept)."""
    endpoint = endpoint.rstrip("/")
    return endpoint if endpoint.endswith("/v1/traces") else endpoint + "/v1/traces"


class Tracing:
    def __init__(self, *, service_name: str, environment: str):
        self._resource_attrs = {"service.name": service_name, "deployment.environment": environment}
        self.provider = None
        self.tracer = None

    def _ensure_provider(self):
        if self.provider is None:
            from opentelemetry.sdk.resources import Resource
            from opentelemetry.sdk.trace import TracerProvider

            self.provider = TracerProvider(resource=Resource.create(self._resource_attrs))
            self.tracer = self.provider.get_tracer("sluice.gateway")
        return self.provider

    def export_otlp(self, endpoint: str) -> None:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from opentelemetry.sdk.trace.export import BatchSpanProcessor

        self._ensure_provider().add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=traces_url(endpoint))))

    def add_exporter(self, exporter) -> None:
        """Export every span synchronously to ``exporter`` (an in-memory exporter in tests)."""
        from opentelemetry.sdk.trace.export import SimpleSpanProcessor

        self._ensure_provider().add_span_processor(SimpleSpanProcessor(exporter))

    def shutdown(self) -> None:
        if self.provider is not None:
            self.provider.shutdown()


def build_tracing(settings, *, exporter=None) -> Tracing:
    tracing = Tracing(service_name=settings.service_name, environment=settings.env)
    if settings.otlp_endpoint:
        tracing.export_otlp(settings.otlp_endpoint)
    if exporter is not None:
        tracing.add_exporter(exporter)
    return tracing
