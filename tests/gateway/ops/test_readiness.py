"""/readyz says which dependency is down: a provider whose circuit is open is not ready."""

from __future__ import annotations

from sluice.gateway.providers.base import ProviderResources
from sluice.gateway.providers.breaker import BreakerSettings
from sluice.gateway.providers.factory import build_provider
from sluice.gateway.providers.registry import ProviderRegistry, StaticSource
from sluice.gateway.providers.spec import ProviderSpec


def spec(name: str) -> ProviderSpec:
    return ProviderSpec(id=f"prv_{name}", name=name, kind="openai", region="eu-west-1", models=("m",),
                        base_url="http://127.0.0.1:9/v1")


async def test_open_circuit_makes_a_provider_not_ready_and_names_it():
    resources = ProviderResources(breaker=BreakerSettings(failure_threshold=2, cooldown_s=60, cooldown_max_s=60))
    registry = ProviderRegistry(StaticSource([spec("a"), spec("b")]), resources)
    first, second = await registry.providers()
    assert registry.readiness() == (True, "ok")
    for _ in range(2):
        first.breaker.record_failure()
    assert first.readiness() == (False, "circuit open")
    ok, detail = registry.readiness()
    assert ok and "circuit open" in detail  # one provider left: still ready, the broken one named
    for _ in range(2):
        second.breaker.record_failure()
    assert registry.readiness()[0] is False
    await registry.aclose()
