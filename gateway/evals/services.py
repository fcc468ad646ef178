"""Building what a run needs from the gateway's own services: its provider, guardrails and recorder."""

from __future__ import annotations

from sluice.gateway.evals.models import EvalRun
from sluice.gateway.evals.policy_pin import pinned_policy
from sluice.gateway.evals.runner import Executor, RunTarget, pipeline_executor
from sluice.gateway.pipeline.run import PipelineServices
from sluice.gateway.providers.base import ModelProvider
from sluice.gateway.providers.registry import ProviderRegistry
from sluice.gateway.services import Services
from sluice.gateway.tenants.models import Tenant


class OneProvider:
    """The registry seen through one provider: a run measures that provider, never a fallback."""

    def __init__(self, registry: ProviderRegistry, name: str):
        self._registry = registry
        self._name = name

    async def serving(self, model: str) -> list[ModelProvider]:
        return [p for p in await self._registry.serving(model) if p.spec.name == self._name]

    async def enabled(self) -> list[ModelProvider]:
        return [p for p in await self._registry.enabled() if p.spec.name == self._name]


def executor_for(ctx: Services):
    """A factory the runner calls with the run it leased."""

    def build(run: EvalRun) -> Executor:
        with ctx.sessions() as session:
            tenant = session.get(Tenant, run.tenant_id)
            tenant_name = tenant.name if tenant else run.tenant_id
        pinned = pinned_policy(ctx, version_id=run.policy_ref, tenant_id=run.tenant_id) if run.policy_ref else None
        # evaluation traffic is paced by the run itself (concurrency, rate), not by the key limits
        services = PipelineServices(registry=OneProvider(ctx.registry, run.provider), guardrails=ctx.guardrails,
                                    recorder=ctx.recorder, rate_limiter=None, backoff=ctx.backoff)
        target = RunTarget(run_id=run.id, tenant_id=run.tenant_id, tenant_name=tenant_name, model=run.model,
                           max_tokens=run.max_tokens, pinned_policy=pinned)
        return pipeline_executor(services, target)

    return build
