"""Large requests' input scans in a worker process, end to end: a real gateway server, the emulated
upstream, the official openai client. The model gets the same rewritten text as from a scan in a
thread; the scan budget answers the same; a worker killed mid-scan fails that request closed with
503 ``scan_unavailable`` (no request text in the answer or the logs) and the next request gets a
new worker; stopping the gateway stops the workers."""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from pathlib import Path

import openai
import pytest

from sluice.policy import load_policy
from sluice.policy.budget import ScanBudget
from sluice.policy.scan_worker import ScanJob
from tests.gateway.ops.no_guardrails import NO_GUARDRAILS
from tests.gateway.policies.test_scan_budget_v1 import _client, _serve
from tests.policy.test_scan_processes import large_request

MIN_CHARS = 5000


@pytest.fixture(scope="module")
def gateway(sqlite_url):
    yield from _serve(sqlite_url, scan_process_min_chars=MIN_CHARS)


def _send(harness, messages):
    return _client(harness).chat.completions.create(model=harness.model_name, messages=messages)


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def _gone(pid: int, wait_s: float = 30.0) -> bool:
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def test_the_model_gets_the_same_text_from_a_process_scan_as_from_a_thread_scan(gateway):
    pool, requests = gateway.ctx.guardrails.pool, gateway.emulator.state.requests
    messages = large_request(20_000, seed=11)
    _send(gateway, messages)
    assert len(pool.processes.worker_pids()) == 1
    in_process = requests[-1]["messages"]
    pool.process_min_chars = 0  # every request in threads
    try:
        _send(gateway, messages)
    finally:
        pool.process_min_chars = MIN_CHARS
    assert requests[-1]["messages"] == in_process
    assert "bob@example.org" not in str(in_process) and "4111 1111 1111 1111" not in str(in_process)


def test_a_process_scan_over_its_cpu_budget_is_refused_with_413_scan_timeout(gateway, caplog):
    pool = gateway.ctx.guardrails.pool
    budget, pool.budget = pool.budget, ScanBudget(max_cpu_s=0.000_001)
    try:
        with caplog.at_level(logging.INFO), pytest.raises(openai.APIStatusError) as caught:
            _send(gateway, large_request(20_000))
    finally:
        pool.budget = budget
    assert caught.value.status_code == 413 and caught.value.body["code"] == "scan_timeout"
    assert "example.org" not in caplog.text


def test_a_worker_killed_mid_scan_fails_the_request_with_503_scan_unavailable(gateway, caplog):
    pool, emulator = gateway.ctx.guardrails.pool, gateway.emulator
    _send(gateway, large_request(MIN_CHARS))  # a worker with its models loaded
    [pid] = pool.processes.worker_pids()
    idle = _cpu_ticks(pid)
    before = len(emulator.state.requests)
    caught: dict = {}

    def big():
        try:
            _send(gateway, large_request(390_000))
        except openai.APIStatusError as exc:
            caught["error"] = exc

    budget, pool.budget = pool.budget, ScanBudget(max_cpu_s=0)  # a scan that outlasts the kill
    try:
        with caplog.at_level(logging.INFO):
            sender = threading.Thread(target=big)
            sender.start()
            while _cpu_ticks(pid) < idle + 5 and sender.is_alive():  # the worker is scanning
                time.sleep(0.01)
            os.kill(pid, signal.SIGKILL)
            sender.join(120)
    finally:
        pool.budget = budget
    error = caught["error"]
    assert error.status_code == 503 and error.body["code"] == "scan_unavailable"
    assert error.response.headers["retry-after"] == "1"
    assert "example.org" not in str(error.body) and "example.org" not in caplog.text
    assert len(emulator.state.requests) == before
    assert _send(gateway, large_request(MIN_CHARS)).choices  # a new worker takes the next one
    assert pool.processes.worker_pids() not in ([], [pid])


def test_stopping_the_gateway_stops_the_scan_workers(sqlite_url):
    serving = _serve(sqlite_url, scan_process_min_chars=MIN_CHARS)
    harness = next(serving)
    pool = harness.ctx.guardrails.pool
    try:  # a worker started (under a policy without models to load, so the test stays short)
        pool.processes.warm(ScanJob(policy_json=load_policy(NO_GUARDRAILS).model_dump_json(),
                                    tenant_secret=b"k" * 32, messages=[], budget=pool.budget))
        [pid] = pool.processes.worker_pids()
    finally:
        next(serving, None)  # stops the gateway and its upstream
    assert _gone(pid)
