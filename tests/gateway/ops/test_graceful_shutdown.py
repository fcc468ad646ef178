"""SIGTERM lets in-flight streams finish: a real ``sluice serve`` process, a slow real upstream."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import httpx
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
    emulator, server = serve(EmulatorConfig(chunk_delay_s=0.15, reply_words=16))
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
           "SLUICE_BUILTIN_MODEL_DIR": "", "SLUICE_DEFAULT_RPM": "0", "SLUICE_GRACEFUL_SHUTDOWN_S": "20",
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


def test_sigterm_during_a_stream_lets_it_finish_with_done(served_gateway):
    process, base, key = served_gateway
    lines: list[str] = []
    first_chunk = threading.Event()

    def read_stream():
        body = {"model": "slow-model", "stream": True, "messages": [{"role": "user", "content": "hi"}]}
        with httpx.stream("POST", base + "/v1/chat/completions", json=body, timeout=30,
                          headers={"authorization": f"Bearer {key}"}) as response:
            for line in response.iter_lines():
                if line.startswith("data: {"):
                    first_chunk.set()
                lines.append(line)

    reader = threading.Thread(target=read_stream)
    reader.start()
    if not first_chunk.wait(60):
        process.kill()
        pytest.fail("the stream did not start:\n" + process.stdout.read().decode(errors="replace")[-3000:])
    process.send_signal(signal.SIGTERM)
    time.sleep(0.3)
    with pytest.raises(httpx.TransportError):  # no new work is accepted while draining
        httpx.get(base + "/healthz", timeout=2)
    reader.join(30)
    assert not reader.is_alive()
    data = [line for line in lines if line.startswith("data: ")]
    assert data[-1] == "data: [DONE]"
    assert len(data) > 10  # every chunk came through, not just the ones before the signal
    # uvicorn re-raises the signal once it has drained, so the exit status says "ended by SIGTERM"
    assert process.wait(30) in (0, -signal.SIGTERM)
