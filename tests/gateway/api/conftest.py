"""A real gateway server and real emulated upstreams per test module; clients are the official openai ones."""

from __future__ import annotations

import httpx
import openai
import pytest

from sluice.gateway.pipeline.ungoverned import Ungoverned
from tests.support.clock import FakeClock
from tests.support.emulator import EmulatorConfig, serve
from tests.support.gateway_harness import GatewayHarness


def _emulator():
    emulator, server = serve(EmulatorConfig())
    return emulator, server


@pytest.fixture(scope="module")
def upstreams():
    """Two emulated upstreams (primary, secondary), shared by a module, reset before each test."""
    started = [_emulator(), _emulator()]
    yield started
    for _, server in started:
        server.stop()


@pytest.fixture
def emu(upstreams):
    for emulator, _ in upstreams:
        emulator.config = EmulatorConfig()
        emulator.state.__init__()
    return upstreams


@pytest.fixture(scope="module")
def breaker_clock():
    """The clock of the gateway's circuit breakers: tests move it instead of sleeping."""
    return FakeClock()


@pytest.fixture(scope="module")
def gateway(sqlite_url, settings_factory_module, breaker_clock):
    # The API and provider layer alone: the tenant policy has its own tests (tests/gateway/policies).
    harness = GatewayHarness(sqlite_url, settings_factory_module, guardrails=Ungoverned(),
                             breaker_clock=breaker_clock).start()
    yield harness
    harness.stop()


@pytest.fixture(scope="module")
def settings_factory_module():
    from tests.conftest import make_settings

    return make_settings


@pytest.fixture(scope="module")
def http(gateway):
    """A plain HTTP client of the gateway's /v1 with the harness's key, for bodies no SDK would send."""
    with httpx.Client(base_url=gateway.base_url, headers={"authorization": f"Bearer {gateway.key}"},
                      timeout=10) as client:
        yield client


@pytest.fixture
def oai(gateway):
    return openai.OpenAI(base_url=gateway.base_url, api_key=gateway.key, max_retries=0, timeout=30)


@pytest.fixture
def aoai(gateway):
    return openai.AsyncOpenAI(base_url=gateway.base_url, api_key=gateway.key, max_retries=0, timeout=30)
