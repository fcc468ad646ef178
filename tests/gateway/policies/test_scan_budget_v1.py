"""The scan budget on /v1, end to end: a real gateway server, the emulated upstream, the official
openai client. Oversized input is refused with 413 ``input_too_large`` and a scan over its CPU
time with 413 ``scan_timeout`` (never ``pii_blocked``); neither reaches the model, and neither
puts the request's text in the answer or the logs."""

from __future__ import annotations

import logging

import openai
import pytest

from tests.support.emulator import EmulatorConfig, serve
from tests.support.gateway_harness import GatewayHarness

CARD = "4111 1111 1111 1111"


@pytest.fixture(scope="module")
def small_budget(sqlite_url):
    yield from _serve(sqlite_url, scan_max_chars=2000)


@pytest.fixture(scope="module")
def tiny_cpu_budget(sqlite_url):
    yield from _serve(sqlite_url, scan_max_cpu_s=0.000_001)


def _serve(sqlite_url, **settings):
    """A gateway with the given settings in front of an emulated upstream of its own."""
    from tests.conftest import make_settings

    harness = GatewayHarness(sqlite_url, make_settings, **settings).start()
    harness.emulator, server = serve(EmulatorConfig())
    harness.model_name = harness.model("budget")
    harness.add_provider("local", base_url=server.url + "/v1", models=[harness.model_name], region="on-prem")
    yield harness
    harness.stop()
    server.stop()


def _client(harness) -> openai.OpenAI:
    return openai.OpenAI(base_url=harness.base_url, api_key=harness.key, max_retries=0, timeout=120)


def test_a_request_over_the_size_budget_is_refused_with_413_input_too_large(small_budget, caplog):
    emulator = small_budget.emulator
    before = len(emulator.state.requests)
    messages = [{"role": "system", "content": "You are helpful. " * 60},
                {"role": "user", "content": f"Charge {CARD} " + "please " * 150}]
    with caplog.at_level(logging.INFO), pytest.raises(openai.APIStatusError) as caught:
        _client(small_budget).chat.completions.create(model=small_budget.model_name, messages=messages)
    assert caught.value.status_code == 413
    error = caught.value.body
    assert error["code"] == "input_too_large"
    assert "2000" in error["message"] and "split" in error["message"]
    assert CARD not in str(error) and CARD not in caplog.text
    assert len(emulator.state.requests) == before


def test_a_request_within_the_size_budget_is_served(small_budget):
    reply = _client(small_budget).chat.completions.create(
        model=small_budget.model_name, messages=[{"role": "user", "content": "Hello there #say:hi"}])
    assert reply.choices[0].message.content == "hi"


def test_a_scan_over_the_cpu_budget_is_refused_with_413_scan_timeout(tiny_cpu_budget, caplog):
    emulator = tiny_cpu_budget.emulator
    before = len(emulator.state.requests)
    with caplog.at_level(logging.INFO), pytest.raises(openai.APIStatusError) as caught:
        _client(tiny_cpu_budget).chat.completions.create(
            model=tiny_cpu_budget.model_name, messages=[{"role": "user", "content": f"Charge {CARD} " * 2000}])
    assert caught.value.status_code == 413
    assert caught.value.body["code"] == "scan_timeout"
    assert CARD not in str(caught.value.body) and CARD not in caplog.text
    assert len(emulator.state.requests) == before


@pytest.fixture(scope="module")
def one_worker(sqlite_url):
    yield from _serve(sqlite_url, scan_workers=1, scan_max_cpu_s=0)


def test_a_maximum_size_scan_runs_off_the_event_loop(one_worker):
    """While one worker scans 400,000 characters of card-like digit groups, the gateway keeps
    answering: health checks come back in a fraction of the scan's time."""
    import threading
    import time

    import httpx

    text = " ".join(f"{4000 + i % 5000} {1000 + i % 7919} {2000 + i % 6007} {3000 + i % 3001}"
                    for i in range(20_000))[:one_worker.settings.scan_max_chars]
    done: dict = {}

    def big():
        started = time.perf_counter()
        _client(one_worker).chat.completions.create(model=one_worker.model_name,
                                                    messages=[{"role": "user", "content": text}])
        done["seconds"] = time.perf_counter() - started

    thread = threading.Thread(target=big)
    latencies = []
    with httpx.Client(base_url=one_worker.base_url.removesuffix("/v1"), timeout=30) as client:
        thread.start()
        while thread.is_alive():
            started = time.perf_counter()
            assert client.get("/healthz").status_code == 200
            latencies.append(time.perf_counter() - started)
            time.sleep(0.01)
    thread.join()
    assert len(latencies) >= 3
    assert max(latencies) < done["seconds"] / 2
