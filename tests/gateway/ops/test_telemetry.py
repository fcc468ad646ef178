"""Request telemetry: ids, overhead, per-stage spans with GenAI attributes, metrics, access log."""

from __future__ import annotations

import asyncio
import json
import logging

import pytest
from fastapi import Request
from fastapi.responses import StreamingResponse
from fastapi.testclient import TestClient
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from sluice.gateway import telemetry
from sluice.gateway.app import create_app
from sluice.gateway.bootstrap import build_services
from sluice.gateway.errors import NotFound
from sluice.gateway.telemetry.logs import JsonFormatter
from tests.conftest import make_settings

PROVIDER_S = 0.2


def add_pipeline_routes(app):
    """Routes shaped like the /v1 pipeline: stages, a provider wait, reported model and usage."""

    async def run_stages(rt, model):
        rt.set_request(operation="chat", model=model)
        with telemetry.stage(rt, "input_guardrails"):
            await asyncio.sleep(0.001)
        rt.guardrail("pii", "redacted")
        rt.set_provider(system="openai", provider="upstream-a", server_address="127.0.0.1")
        with telemetry.stage(rt, "provider", provider=True):
            await asyncio.sleep(PROVIDER_S)
            rt.set_response(response_model=f"{model}-0613", input_tokens=12, output_tokens=5)

    @app.post("/test/chat")
    async def chat(request: Request):
        body = await request.json()
        await run_stages(telemetry.current(), body.get("model", "m"))
        return {"ok": True}

    @app.post("/test/unrouted")
    async def unrouted(request: Request):
        telemetry.current().set_request(operation="chat", model=(await request.json())["model"])
        return {"ok": True}

    @app.post("/test/stream-refused")
    async def stream_refused(request: Request):
        request.state.telemetry.set_request(operation="chat", model="sluice-demo", stream=True)
        raise NotFound("model_not_found", "no such model")

    @app.post("/test/stream")
    async def stream(request: Request):
        rt = request.state.telemetry
        rt.set_request(operation="chat", model="sluice-demo", stream=True)

        async def chunks():
            yield b'data: {"n": 1}\n\n'
            with telemetry.stage(rt, "provider", provider=True):
                await asyncio.sleep(PROVIDER_S)
            yield b'data: {"n": 2}\n\n'
            yield b"data: [DONE]\n\n"

        return StreamingResponse(chunks(), media_type="text/event-stream")


@pytest.fixture
def traced(sqlite_url):
    exporter = InMemorySpanExporter()
    ctx = build_services(make_settings(database_url=sqlite_url), span_exporter=exporter)
    app = create_app(ctx.settings, services=ctx)
    add_pipeline_routes(app)
    with TestClient(app) as client:
        # the first request builds the middleware stack and FastAPI's dependency graphs
        client.post("/test/chat", json={"model": "warm-up"})
        exporter.clear()
        yield client, exporter, ctx


def test_each_stage_is_a_child_span_with_genai_attributes(traced):
    client, exporter, _ = traced
    response = client.post("/test/chat", json={"model": "sluice-demo"})
    assert response.status_code == 200
    spans = {span.name: span for span in exporter.get_finished_spans()}
    root = spans["POST /test/chat"]
    guard = spans["sluice.input_guardrails"]
    provider = spans["chat sluice-demo"]
    assert guard.parent.span_id == root.context.span_id
    assert provider.parent.span_id == root.context.span_id
    assert provider.kind.name == "CLIENT"
    for span in (root, provider):
        assert span.attributes["gen_ai.operation.name"] == "chat"
        assert span.attributes["gen_ai.system"] == "openai"
        assert span.attributes["gen_ai.request.model"] == "sluice-demo"
        assert span.attributes["gen_ai.response.model"] == "sluice-demo-0613"
        assert span.attributes["gen_ai.usage.input_tokens"] == 12
        assert span.attributes["gen_ai.usage.output_tokens"] == 5
        assert span.attributes["server.address"] == "127.0.0.1"
    assert root.attributes["http.response.status_code"] == 200
    assert root.attributes["sluice.request_id"] == response.headers["x-request-id"]
    assert list(root.attributes["sluice.guardrails"]) == ["pii:redacted"]


def test_overhead_header_excludes_time_waiting_on_the_provider(traced):
    client, _, _ = traced
    response = client.post("/test/chat", json={"model": "sluice-demo"})
    overhead = float(response.headers["x-sluice-overhead-ms"])
    assert 0 <= overhead < PROVIDER_S * 1000 / 2


def test_sane_request_id_is_kept_and_odd_one_replaced(traced):
    client, _, _ = traced
    kept = client.get("/healthz", headers={"x-request-id": "trace-42.abc"})
    assert kept.headers["x-request-id"] == "trace-42.abc"
    odd = client.get("/healthz", headers={"x-request-id": "bad id <script>" + "x" * 200})
    assert odd.headers["x-request-id"].startswith("req_")
    assert client.get("/healthz").headers["x-request-id"] != client.get("/healthz").headers["x-request-id"]


def test_stream_ends_with_overhead_comment_before_done(traced):
    client, _, _ = traced
    with client.stream("POST", "/test/stream") as response:
        text = b"".join(response.iter_raw()).decode()
        assert float(response.headers["x-sluice-overhead-ms"]) >= 0
    events = [e for e in text.split("\n\n") if e]
    assert events[-1] == "data: [DONE]"
    assert events[-2].startswith(": x-sluice-overhead-ms=")
    assert float(events[-2].split("=")[1]) < PROVIDER_S * 1000 / 2


def test_refused_stream_request_gets_plain_json_error(traced):
    client, _, _ = traced
    response = client.post("/test/stream-refused")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "model_not_found"


def test_metrics_count_requests_tokens_and_guardrails_with_safe_labels(traced):
    client, _, _ = traced
    client.post("/test/chat", json={"model": "sluice-demo"})
    client.post("/test/chat", json={"model": "my model is: secret text"})
    client.get("/no/such/path/with-secret-text")
    text = client.get("/metrics").text
    assert 'sluice_requests_total{method="POST",model="sluice-demo",route="/test/chat",status="200"} 1.0' in text
    assert 'sluice_requests_total{method="POST",model="other",route="/test/chat",status="200"} 1.0' in text
    client.post("/test/unrouted", json={"model": "caller-invented-name"})
    assert "caller-invented-name" not in client.get("/metrics").text
    assert 'route="unmatched",status="404"' in text
    assert 'sluice_tokens_total{direction="input",model="sluice-demo"} 12.0' in text
    assert 'sluice_guardrail_outcomes_total{guardrail="pii",outcome="redacted"} 3.0' in text
    assert 'sluice_stage_duration_seconds_count{stage="provider"} 3.0' in text
    assert "secret" not in text


def test_access_log_has_one_line_per_request_with_ids_and_timings(traced, caplog):
    client, _, _ = traced
    with caplog.at_level(logging.INFO, logger="sluice.access"):
        response = client.post("/test/chat", json={"model": "sluice-demo"})
    records = [r for r in caplog.records if r.name == "sluice.access"]
    assert len(records) == 1
    line = json.loads(JsonFormatter().format(records[0]))
    assert line["request_id"] == response.headers["x-request-id"]
    assert line["status"] == 200 and line["model"] == "sluice-demo" and line["route"] == "/test/chat"
    assert line["input_tokens"] == 12 and line["output_tokens"] == 5
    assert line["latency_ms"] >= PROVIDER_S * 1000
    assert line["overhead_ms"] < line["latency_ms"] - PROVIDER_S * 1000 / 2
    assert set(line["stages_ms"]) == {"input_guardrails", "provider"}


def test_json_log_lines_leave_out_exception_messages():
    try:
        raise ValueError("customer SSN 078-05-1120")
    except ValueError:
        record = logging.getLogger("x").makeRecord("x", logging.ERROR, __file__, 1, "failed", (), None)
        import sys

        record.exc_info = sys.exc_info()
    line = JsonFormatter().format(record)
    assert "078-05-1120" not in line
    assert json.loads(line)["error_type"] == "ValueError"


def test_readyz_reports_redis_and_broker_when_configured(sqlite_url, redis_url):
    settings = make_settings(database_url=sqlite_url, redis_url=redis_url,
                             broker_url="redis://127.0.0.1:1/0")
    with TestClient(create_app(settings)) as client:
        response = client.get("/readyz")
    checks = response.json()["checks"]
    assert checks["redis"] == {"ok": True, "detail": "ok"}
    assert checks["broker"]["ok"] is False
    assert (response.status_code, response.json()["status"]) == (200, "degraded")  # shared: stay in service


def test_log_lines_are_written_off_the_event_loop_and_flushed_on_close():
    import io

    from sluice.gateway.telemetry.logs import BackgroundLineHandler

    stream = io.StringIO()
    handler = BackgroundLineHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("sluice.test.background")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for n in range(50):
            logger.warning("line", extra={"n": n})
        handler.flush()
        assert len(stream.getvalue().splitlines()) == 50
    finally:
        logger.removeHandler(handler)
        handler.close()
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [line["n"] for line in lines] == list(range(50))
    assert lines[0]["logger"] == "sluice.test.background"


def test_log_lines_reach_the_stream_on_their_own_within_the_write_interval():
    import io
    import time

    from sluice.gateway.telemetry.logs import BackgroundLineHandler

    stream = io.StringIO()
    handler = BackgroundLineHandler(stream, interval_s=0.02)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("sluice.test.interval")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("line")
        deadline = time.monotonic() + 5
        while not stream.getvalue() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert json.loads(stream.getvalue())["msg"] == "line"  # no flush needed
    finally:
        logger.removeHandler(handler)
        handler.close()


def test_the_in_flight_gauge_reports_the_requests_being_served():
    from prometheus_client import generate_latest

    from sluice.gateway.telemetry.metrics import Metrics

    metrics = Metrics()
    metrics.active = 3
    assert b"sluice_requests_in_flight 3.0" in generate_latest(metrics.registry)
    assert not metrics.alone()
    metrics.active = 1
    assert metrics.alone()
