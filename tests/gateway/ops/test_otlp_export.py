"""With SLUICE_OTLP_ENDPOINT set, spans reach an OTLP/HTTP receiver (a real local HTTP server)."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from sluice.gateway.app import create_app
from sluice.gateway.telemetry.tracing import traces_url
from tests.conftest import make_settings
from tests.support.servers import ServerThread


class Receiver:
    def __init__(self):
        self.spans: list = []
        self.resources: list[dict] = []
        self.app = Starlette(routes=[Route("/v1/traces", self.traces, methods=["POST"])])

    async def traces(self, request: Request) -> Response:
        export = ExportTraceServiceRequest.FromString(await request.body())
        for resource_spans in export.resource_spans:
            self.resources.append({a.key: a.value.string_value for a in resource_spans.resource.attributes})
            for scope_spans in resource_spans.scope_spans:
                self.spans.extend(scope_spans.spans)
        return Response(b"", media_type="application/x-protobuf")


def test_request_spans_are_exported_over_otlp_http(sqlite_url):
    receiver = Receiver()
    with ServerThread(receiver.app) as collector:
        settings = make_settings(database_url=sqlite_url, otlp_endpoint=collector.url, service_name="sluice-test")
        with TestClient(create_app(settings)) as client:
            request_id = client.get("/healthz").headers["x-request-id"]
        # leaving the app flushes the batch processor
        deadline = time.monotonic() + 10
        while not receiver.spans and time.monotonic() < deadline:
            time.sleep(0.05)
    names = [span.name for span in receiver.spans]
    assert "GET /healthz" in names
    span = receiver.spans[names.index("GET /healthz")]
    attributes = {a.key: (a.value.string_value or a.value.int_value) for a in span.attributes}
    assert attributes["sluice.request_id"] == request_id
    assert attributes["http.response.status_code"] == 200
    assert receiver.resources[0]["service.name"] == "sluice-test"


def test_collector_base_url_gets_the_traces_path():
    assert traces_url("http://otel-collector:4318") == "http://otel-collector:4318/v1/traces"
    assert traces_url("http://c:4318/v1/traces") == "http://c:4318/v1/traces"
