"""A gateway serving a checkpoint with its in-process built-in engine, for tests of that path."""

from __future__ import annotations

import time
from contextlib import contextmanager

import httpx

from sluice.gateway.pipeline.ungoverned import Ungoverned
from tests.support.gateway_harness import GatewayHarness


def wait_ready(url: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"{url} not ready")


@contextmanager
def builtin_harness(model_dir, database_url: str, settings_factory, *, served_name: str, model: str,
                    governed: bool = False, **overrides):
    """A started gateway with a ``builtin`` provider serving ``harness.model(model)``; ``governed``: the
    tenant's policy applies (else none does)."""
    harness = GatewayHarness(database_url, settings_factory, guardrails=None if governed else Ungoverned(),
                             builtin_model_dir=str(model_dir), builtin_model_name=served_name, **overrides)
    harness.add_provider("builtin", kind="builtin", base_url=None, models=[harness.model(model)], region="local")
    harness.start()
    try:
        wait_ready(harness.server.url)
        yield harness
    finally:
        harness.stop()
