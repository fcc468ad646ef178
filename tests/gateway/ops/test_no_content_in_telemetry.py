"""Prompt and completion text never reaches logs, spans or metric labels, on any path.

Requests carrying a distinctive secret go through a real gateway to a real emulated upstream:
plain, streamed, failed upstream, refused by a rate limit, malformed. Every log record (as the
JSON formatter writes it), every exported span and the /metrics page are searched for it.
"""

from __future__ import annotations

import logging

import httpx
import openai
import pytest
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from sluice.gateway.database import transaction
from sluice.gateway.keys.service import create_key
from sluice.gateway.telemetry.logs import JsonFormatter
from sluice.gateway.tenants.models import Tenant
from tests.support.emulator import EmulatorConfig, serve
from tests.support.gateway_harness import GatewayHarness

SECRET = "Zq7-PLUTO-SECRET jane.roe@example.org 078-05-1120"


@pytest.fixture(scope="module")
def upstream():
    emulator, server = serve(EmulatorConfig())
    yield emulator, server
    server.stop()


@pytest.fixture(scope="module")
def gateway(sqlite_url, upstream):
    from tests.conftest import make_settings

    harness = GatewayHarness(sqlite_url, make_settings)
    exporter = InMemorySpanExporter()
    harness.ctx.tracing.add_exporter(exporter)
    harness.add_provider("emu", base_url=upstream[1].url + "/v1", models=[harness.model("leak")])
    harness.start()
    yield harness, exporter
    harness.stop()


def _all_text_of_spans(exporter) -> str:
    parts = []
    for span in exporter.get_finished_spans():
        parts.append(span.name)
        parts.extend(f"{k}={v}" for k, v in span.attributes.items())
        for event in span.events:
            parts.append(event.name)
            parts.extend(f"{k}={v}" for k, v in event.attributes.items())
        parts.append(str(span.status.description))
    return "\n".join(parts)


def test_secret_in_requests_appears_in_no_log_span_or_metric(gateway, upstream, caplog):
    harness, exporter = gateway
    emulator, _ = upstream
    model = harness.model("leak")
    client = openai.OpenAI(base_url=harness.base_url, api_key=harness.key, max_retries=0, timeout=30)
    messages = [{"role": "system", "content": f"secret: {SECRET}"}, {"role": "user", "content": SECRET}]
    with caplog.at_level(logging.DEBUG):
        reply = client.chat.completions.create(model=model, messages=messages, user=SECRET)
        assert reply.choices[0].message.content
        stream = client.chat.completions.create(model=model, messages=messages, stream=True,
                                                stream_options={"include_usage": True})
        assert "".join((c.choices[0].delta.content or "") for c in stream if c.choices)
        client.completions.create(model=model, prompt=SECRET, max_tokens=5)
        emulator.config.faults = ["500", "500", "500", "500"]
        with pytest.raises(openai.APIStatusError):
            client.chat.completions.create(model=model, messages=messages)
        emulator.config.faults = []
        with pytest.raises(openai.NotFoundError):
            client.chat.completions.create(model=f"nope {SECRET}", messages=messages)
        raw = httpx.post(f"{harness.base_url}/chat/completions", content=f'{{"model": "{SECRET}", "messages": [',
                         headers={"authorization": f"Bearer {harness.key}", "content-type": "application/json"})
        assert raw.status_code == 400
        limited = openai.OpenAI(base_url=harness.base_url, api_key=_key_with_rpm(harness, 1), max_retries=0)
        limited.chat.completions.create(model=model, messages=messages)
        with pytest.raises(openai.RateLimitError):
            limited.chat.completions.create(model=model, messages=messages)
        wrong_key = httpx.post(f"{harness.base_url}/chat/completions", json={"model": model, "messages": messages},
                               headers={"authorization": f"Bearer sk-slc-{SECRET}"})
        assert wrong_key.status_code == 401
    formatter = JsonFormatter()
    logged = "\n".join(formatter.format(record) + record.getMessage() for record in caplog.records)
    assert any(r.name == "sluice.access" for r in caplog.records)
    spans = _all_text_of_spans(exporter)
    assert "gen_ai.usage.output_tokens" in spans
    metrics = httpx.get(harness.server.url + "/metrics").text
    assert "sluice_requests_total" in metrics
    for fragment in ("PLUTO-SECRET", "jane.roe", "078-05-1120"):
        assert fragment not in logged, "log"
        assert fragment not in spans, "span"
        assert fragment not in metrics, "metrics"


def _key_with_rpm(harness, rpm: int) -> str:
    with transaction(harness.sessions) as session:
        tenant = session.get(Tenant, harness.tenant_id)
        return create_key(session=session, tenant=tenant, secret=harness.settings.secret_bytes, rpm_limit=rpm).key
