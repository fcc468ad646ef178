"""SIGTERM drains: a real ``sluice serve`` process, a slow real upstream.

Readiness turns 503 at once, the port closes after ``SLUICE_SHUTDOWN_DELAY_S``, the stream in flight
ends with every chunk and ``[DONE]``, and the process exits 0."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import httpx
import orjson
import pytest

from sluice.gateway.database import make_engine, session_factory, transaction
from sluice.gateway.keys.service import create_key
from sluice.gateway.migrate import upgrade
from sluice.gateway.providers.service import create_provider
from sluice.gateway.tenants.service import create_tenant
from tests.conftest import TEST_SECRET
from tests.gateway.ops.no_guardrails import NO_GUARDRAILS, activate_policy
from tests.support.emulator import EmulatorConfig, serve
from tests.support.servers import free_port

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


@pytest.fixture
def slow_upstream():
    emulator, server = serve(EmulatorConfig(chunk_delay_s=0.25))
    yield server
    server.stop()


@pytest.fixture
def served_gateway(tmp_path, slow_upstream):
    url = f"sqlite:///{tmp_path / 'sluice.db'}"
    engine = make_engine(url)
    upgrade(engine)
    with transaction(session_factory(engine)) as session:
        tenant = create_tenant(session=session, name="shutdown")
        key = create_key(session=session, tenant=tenant, secret=TEST_SECRET.encode()).key
        create_provider(session=session, secret=TEST_SECRET.encode(), name="slow", kind="openai",
                        region="eu-west-1", models=["slow-model"], base_url=slow_upstream.url + "/v1")
        activate_policy(session, tenant.id, NO_GUARDRAILS)
    engine.dispose()
    port = free_port()
    env = {**os.environ, "SLUICE_SECRET_KEY": TEST_SECRET, "SLUICE_DATABASE_URL": url, "SLUICE_PORT": str(port),
           "SLUICE_BUILTIN_MODEL_DIR": "", "SLUICE_DEFAULT_RPM": "0", "SLUICE_GRACEFUL_SHUTDOWN_S": "90",
           "SLUICE_SHUTDOWN_DELAY_S": "1",
           "SLUICE_ENV": "test",  # no policy-model warm-up: ready once the database and providers are
           "SLUICE_LOG_LEVEL": "WARNING", "SLUICE_DATA_DIR": str(tmp_path)}
    process = subprocess.Popen([sys.executable, "-P", "-m", "sluice.gateway.cli", "serve"], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail("sluice serve did not start:\n" + process.stdout.read().decode(errors="replace"))
        time.sleep(0.1)
    yield process, base, key
    if process.poll() is None:
        process.kill()
        process.wait()


REPLY = " ".join(f"word{n}" for n in range(40))


def wait_for(condition, what: str, process, timeout: float = 60):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"{what}:\n" + process.stdout.read().decode(errors="replace")[-3000:])
        time.sleep(0.05)


def readiness(base: str) -> int | None:
    """/readyz's status, None when the port no longer accepts connections."""
    try:
        return httpx.get(base + "/readyz", timeout=2).status_code
    except httpx.ConnectError:
        return None


def test_sigterm_turns_readiness_off_closes_the_port_and_finishes_the_stream(served_gateway):
    process, base, key = served_gateway
    lines: list[str] = []
    first_chunk = threading.Event()

    def read_stream():
        body = {"model": "slow-model", "stream": True, "messages": [{"role": "user", "content": "#say:" + REPLY}]}
        with httpx.stream("POST", base + "/v1/chat/completions", json=body, timeout=60,
                          headers={"authorization": f"Bearer {key}"}) as response:
            for line in response.iter_lines():
                if line.startswith("data: {"):
                    first_chunk.set()
                lines.append(line)

    wait_for(lambda: readiness(base) == 200, "the gateway did not become ready", process)
    reader = threading.Thread(target=read_stream)
    reader.start()
    wait_for(first_chunk.is_set, "the stream did not start", process)
    process.send_signal(signal.SIGTERM)

    seen: list[int | None] = []
    wait_for(lambda: seen.append(readiness(base)) or seen[-1] is None, "the port did not close", process)
    assert seen[0] == 503  # the first look after the signal: not ready, while still accepting connections
    assert reader.is_alive()  # the port closed with the stream still in flight

    reader.join(90)
    assert not reader.is_alive()
    data = [line.removeprefix("data: ") for line in lines if line.startswith("data: ")]
    assert data[-1] == "[DONE]"
    chunks = [orjson.loads(item) for item in data[:-1]]
    assert "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"]) == REPLY
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    assert process.wait(90) == 0
