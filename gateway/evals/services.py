"""Building what a run needs from the gateway's own context: its providers, guardrails and recorder."""

from __future__ import annotations

from sluice.gateway.services import Services
from sluice.gateway.evals.models import EvalRun
from sluice.gateway.evals.runner import Executor, RunTarget, pipeline_executor
from sluice.gateway.pipeline.run import PipelineServices
from sluice.gateway.evals.policy_pin import pinned_policy
from sluice.gateway.pipeline.stages import GUARDRAILS_KEY, NO_RECORD, PASS_THROUGH, RECORDER_KEY
from sluice.gateway.providers.registry import REGISTRY_KEY
from sluice.gateway.tenants.models import Tenant


class OneProvider:
    """The registry seen through one provider: a run measures that provider, never a fallback."""

    def __init__(self, registry, name: str):
        self._registry = registry
        self._name = name

    async def candidates(self, model: str, allowed_regions):
        return [p for p in await self._registry.candidates(model, allowed_regions) if p.spec.name == self._name]


def executor_for(ctx: Services):
    """A factory the runner calls with the run it leased."""

    def build(run: EvalRun) -> Executor:
        with ctx.sessions() as session:
            tenant = session.get(Tenant, run.tenant_id)
            tenant_name = tenant.name if tenant else run.tenant_id
        pinned = pinned_policy(ctx, version_id=run.policy_ref, tenant_id=run.tenant_id) if run.policy_ref else None
        services = PipelineServices(registry=OneProvider(ctx.extras[REGISTRY_KEY], run.provider),
                                    guardrails=ctx.extras.get(GUARDRAILS_KEY) or PASS_THROUGH,
                                    recorder=ctx.extras.get(RECORDER_KEY) or NO_RECORD,
                                    backoff=ctx.extras["retry_backoff"])
        target = RunTarget(run_id=run.id, tenant_id=run.tenant_id, tenant_name=tenant_name, model=run.model,
                           max_tokens=run.max_tokens, pinned_policy=pinned)
        return pipeline_executor(services, target)

    return build
