"""The providers page's routing column: this process's circuit-breaker state and its next attempt window."""

from __future__ import annotations

from sluice.gateway.console.health import routing_states
from sluice.gateway.providers.base import ProviderResources
from sluice.gateway.providers.breaker import BreakerSettings
from sluice.gateway.providers.registry import ProviderRegistry, StaticSource
from sluice.gateway.providers.spec import ProviderSpec
from tests.support.clock import FakeClock


async def test_routing_state_shows_an_open_circuit_and_when_it_is_tried_again():
    clock = FakeClock(0.0)
    spec = ProviderSpec(id="prv_a", name="a", kind="openai", region="eu-west-1", models=("m",),
                        base_url="http://127.0.0.1:9/v1")
    resources = ProviderResources(breaker=BreakerSettings(failure_threshold=1, cooldown_s=0.5), clock=clock)
    registry = ProviderRegistry(StaticSource([spec]), resources)
    (provider,) = await registry.providers()
    assert routing_states(registry)["a"].breaker == "closed"
    provider.breaker.failed(provider.breaker.admit())
    state = routing_states(registry)["a"]
    assert (state.breaker, state.ready, state.next_attempt_s) == ("open", False, 0.5)
    clock.advance(0.5)
    state = routing_states(registry)["a"]
    assert (state.breaker, state.next_attempt_s) == ("half_open", 0.0)
    await registry.aclose()
