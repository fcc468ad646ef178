"""A built-in engine whose process keeps dying is restarted after a back-off that doubles up to a cap;
meanwhile `/v1` answers 503 `engine_unavailable` with `Retry-After`, `/metrics` counts the restarts,
and the log lines name no prompt. The child is a real process that exits at start."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

import httpx
import pytest
from prometheus_client import generate_latest

from sluice.gateway.providers.engine_holder import EngineHolder, backoff_delay
from sluice.gateway.telemetry.metrics import Metrics
from tests.gateway.providers.dying_engine import EXIT_CODE, die_at_start

DEMO = Path(__file__).resolve().parents[3] / "inference" / "demo_model"
SECRET = "my confidential prompt about project nightingale"


def test_backoff_doubles_from_the_base_up_to_the_cap():
    assert [backoff_delay(n, 0.5, 3.0) for n in range(1, 7)] == [0.5, 1.0, 2.0, 3.0, 3.0, 3.0]


def _holder(**kw) -> EngineHolder:
    return EngineHolder(model_dir=DEMO, served_name="demo", process_entry=die_at_start, **kw)


async def test_a_child_that_dies_at_start_is_restarted_with_growing_capped_backoff(caplog):
    caplog.set_level(logging.INFO, logger="sluice.builtin")
    holder = _holder(backoff_base_s=0.1, backoff_cap_s=0.4)
    holder.start()
    deadline = time.monotonic() + 90
    while holder.restarts < 5 and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    try:
        assert holder.restarts >= 5 and holder.down and holder.engine is None
        assert holder.last_exit_code == EXIT_CODE
        records = [r for r in caplog.records if r.getMessage().startswith("built-in engine process crashed")]
        assert [r.backoff_s for r in records[:5]] == [0.1, 0.2, 0.4, 0.4, 0.4]
        assert [r.crashes_in_a_row for r in records[:5]] == [1, 2, 3, 4, 5]
        assert all(r.exit_code == EXIT_CODE for r in records)
        ok, detail = holder.readiness()
        assert not ok and detail.split(":")[0].split(" ")[0] in ("backing_off", "restarting")
        assert holder.stats()["down"] == 1 and holder.stats()["restarts"] == holder.restarts
    finally:
        await holder.shutdown()
    restarts = holder.restarts
    await asyncio.sleep(0.6)
    assert holder.restarts == restarts and holder.state == "closed"  # no restart after shutdown


def test_requests_while_the_engine_crash_loops_get_engine_unavailable_with_retry_after(caplog):
    from sluice.gateway.engine_server import create_engine_app
    from tests.support.servers import ServerThread

    caplog.set_level(logging.DEBUG)
    holder = _holder(backoff_base_s=2.0, backoff_cap_s=30.0)
    metrics = Metrics()
    metrics.watch_engine(holder.stats)
    with ServerThread(create_engine_app(DEMO, served_name="demo", holder=holder)) as server:
        deadline = time.monotonic() + 60
        while holder.restarts < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        body = {"model": "demo", "messages": [{"role": "user", "content": SECRET}], "max_tokens": 2}
        url = f"{server.url}/v1/chat/completions"
        answers = [httpx.post(url, json=body, timeout=30) for _ in range(7)]  # past the breaker's threshold
        ready = httpx.get(f"{server.url}/readyz", timeout=10)
    for answer in answers:
        assert answer.status_code == 503
        assert answer.json()["error"]["code"] == "engine_unavailable"
        assert 1 <= int(answer.headers["retry-after"]) <= 30
    assert ready.status_code == 503 and "crash" in ready.json()["detail"]
    scraped = generate_latest(metrics.registry).decode()
    assert f"sluice_engine_restarts_total {float(holder.restarts)}" in scraped
    assert "sluice_engine_down" in scraped
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    assert "built-in engine process crashed" in logged
    assert SECRET not in logged and "nightingale" not in logged


@pytest.mark.parametrize("kind, counted", [("engine_down", False), ("not_ready", False), ("server_error", True)])
def test_a_crashed_or_loading_engine_does_not_trip_the_provider_breaker(kind, counted):
    from sluice.gateway.providers.failures import ProviderFailure

    assert ProviderFailure(kind, "x").trips_breaker is counted
