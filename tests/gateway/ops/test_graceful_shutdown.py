"""SIGTERM drains: a real ``sluice serve`` process, a slow real upstream.

Readiness turns 503 at once, the port closes after ``SLUICE_SHUTDOWN_DELAY_S``, the stream in flight
ends with every chunk and ``[DONE]``, and the process exits 0."""

from __future__ import annotations

import signal
import threading

import httpx
import orjson
import pytest

from tests.support.emulator import EmulatorConfig, serve
from tests.support.served_gateway import serve_gateway, stop, wait_for


@pytest.fixture
def slow_upstream():
    emulator, server = serve(EmulatorConfig(chunk_delay_s=0.25))
    yield server
    server.stop()


@pytest.fixture
def served_gateway(tmp_path, slow_upstream):
    served = serve_gateway(tmp_path, upstream_url=slow_upstream.url, model="slow-model",
                           SLUICE_GRACEFUL_SHUTDOWN_S="90", SLUICE_SHUTDOWN_DELAY_S="1")
    yield served.process, served.base, served.key
    stop(served)


REPLY = " ".join(f"word{n}" for n in range(40))


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
