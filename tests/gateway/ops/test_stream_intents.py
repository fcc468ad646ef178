"""No delivered stream without an audit event: a stream's intent is committed before its first byte,
its completion names the intent when it ends, and a request is counted once.

Real servers throughout: a gateway on a local port (or a ``sluice serve`` process), the emulated
upstream, the test PostgreSQL reached through a fault proxy where it is broken on purpose."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone

import httpx
import orjson
import pytest
from sqlalchemy.engine import make_url

from sluice.audit.intents import interrupted_streams
from sluice.gateway.console.events_source import request_events
from tests.conftest import TEST_SECRET
from tests.gateway.ops.test_dependency_outages import outage_gateway
from tests.support.emulator import EmulatorConfig, serve
from tests.support.fault_proxy import FaultProxy, Mode
from tests.support.served_gateway import ROOT, serve_gateway, stop, wait_for
from tests.support.stream_events import logged_events

REPLY = " ".join(f"confidential{n}" for n in range(30))
CACHED = {"key_cache_ttl_s": 600, "policy_refresh_s": 600, "provider_refresh_s": 600}


def _body(model: str, stream: bool) -> dict:
    return {"model": model, "stream": stream, "messages": [{"role": "user", "content": "#say:" + REPLY}]}


@pytest.fixture
def upstream():
    emulator, server = serve(EmulatorConfig())
    yield emulator, server
    server.stop()


def test_a_stream_the_log_cannot_record_is_refused_before_any_byte_of_output(postgres_url, upstream):
    """Key, policy and providers are cached, so only the intent's commit needs the database: with the
    database refused, the caller gets 503 ``audit_unavailable`` as JSON, and none of the model's
    output, although the upstream produced it."""
    emulator, server = upstream
    url = make_url(postgres_url)
    with FaultProxy(url.host, url.port or 5432) as proxy:
        harness, model = outage_gateway(url.set(port=proxy.port).render_as_string(hide_password=False), server,
                                        **CACHED)
        try:
            with httpx.Client(base_url=harness.server.url, timeout=30,
                              headers={"authorization": f"Bearer {harness.key}"}) as web:
                assert web.post("/v1/chat/completions", json=_body(model, False)).status_code == 200
                proxy.set_mode(Mode.REFUSE)
                started = emulator.state.streams_started
                answer = web.post("/v1/chat/completions", json=_body(model, True))
        finally:
            proxy.set_mode(Mode.PASS)
            harness.stop()
    assert emulator.state.streams_started == started + 1  # the upstream was asked and answered
    assert answer.status_code == 503 and answer.headers["content-type"].startswith("application/json")
    assert answer.json()["error"]["code"] == "audit_unavailable"
    assert "confidential" not in answer.text


def test_a_stream_has_one_intent_and_one_completion_naming_it_and_counts_once(postgres_url, upstream):
    _, server = upstream
    harness, model = outage_gateway(postgres_url, server)
    try:
        with httpx.Client(base_url=harness.server.url, timeout=30,
                          headers={"authorization": f"Bearer {harness.key}"}) as web:
            streamed = web.post("/v1/chat/completions", json=_body(model, True))
            whole = web.post("/v1/chat/completions", json=_body(model, False))
        assert streamed.status_code == whole.status_code == 200 and streamed.text.endswith("data: [DONE]\n\n")
        intent, completion = logged_events(postgres_url, harness.tenant_id, streamed.headers["x-request-id"])
        (single,) = logged_events(postgres_url, harness.tenant_id, whole.headers["x-request-id"])
        with harness.sessions() as session:
            counted = request_events(session=session, since=datetime.now(timezone.utc) - timedelta(hours=1),
                                     tenant_id=harness.tenant_id)
        with harness.engine.connect() as conn:
            interrupted = interrupted_streams(conn, tenant_id=harness.tenant_id)
    finally:
        harness.stop()
    assert (intent["kind"], completion["kind"], completion["intent_id"]) == ("intent", "request", intent["id"])
    assert intent["time"] == completion["time"] and intent["prompt_sha256"] == completion["prompt_sha256"]
    assert intent["provider"] == completion["provider"] and intent["model_served"] == completion["model_served"]
    assert completion["outcome"] == "success" and completion["response_sha256"]
    assert single["kind"] == "request" and "intent_id" not in single and single["stream"] is False
    assert len(counted.events) == 2 and interrupted == []  # the dashboard counts each request once


def test_a_gateway_killed_mid_stream_leaves_the_streams_intent_on_record(tmp_path):
    """SIGKILL while the stream is being delivered: no completion is ever written, and
    ``sluice audit interrupted`` lists the stream's intent."""
    _, slow = serve(EmulatorConfig(chunk_delay_s=0.25))
    served = serve_gateway(tmp_path, upstream_url=slow.url, model="slow-model")
    first_chunk, answer = threading.Event(), {}

    def read_stream():
        try:
            with httpx.stream("POST", served.base + "/v1/chat/completions", json=_body("slow-model", True),
                              timeout=60, headers={"authorization": f"Bearer {served.key}"}) as response:
                answer["request_id"] = response.headers["x-request-id"]
                for line in response.iter_lines():
                    if line.startswith("data: {"):
                        first_chunk.set()
        except httpx.HTTPError:
            pass  # the process was killed under the stream

    reader = threading.Thread(target=read_stream)
    try:
        reader.start()
        wait_for(first_chunk.is_set, "the stream did not start", served.process)
        served.process.kill()  # SIGKILL: no completion, no clean-up
        served.process.wait(30)
        reader.join(30)
    finally:
        stop(served)
        slow.stop()
    listed = subprocess.run([sys.executable, "-P", "-m", "sluice.gateway.cli", "audit", "interrupted",
                             "--older-than", "0", "--json"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "SLUICE_SECRET_KEY": TEST_SECRET, "SLUICE_DATA_DIR": str(tmp_path),
                                 "SLUICE_DATABASE_URL": served.database_url})
    assert listed.returncode == 0, listed.stderr
    (interrupted,) = orjson.loads(listed.stdout)
    assert interrupted["event"]["request_id"] == answer["request_id"]
    assert [e["kind"] for e in logged_events(served.database_url, interrupted["event"]["tenant_id"],
                                             answer["request_id"])] == ["intent"]
