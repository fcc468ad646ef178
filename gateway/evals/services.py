"""Building what a run needs from the gateway's own context: its providers, guardrails and recorder."""

from __future__ import annotations

from gateway.context import AppContext
from gateway.evals.models import EvalRun
from gateway.evals.runner import Executor, RunTarget, pipeline_executor
from gateway.pipeline.run import PipelineServices
from gateway.pipeline.stages import GUARDRAILS_KEY, NO_RECORD, PASS_THROUGH, RECORDER_KEY
from gateway.providers.registry import REGISTRY_KEY
from gateway.tenants.models import Tenant

PINNED_GUARDRAILS_KEY = "pinned_guardrails_factory"


class OneProvider:
    """The registry seen through one provider: a run measures that provider, never a fallback."""

    def __init__(self, registry, name: str):
        self._registry = registry
        self._name = name

    async def candidates(self, model: str, allowed_regions):
        return [p for p in await self._registry.candidates(model, allowed_regions) if p.spec.name == self._name]


def guardrails_for(ctx: AppContext, policy_ref: str | None):
    """The tenant's active policy, or a chosen policy version when the run names one."""
    if policy_ref:
        factory = ctx.extras.get(PINNED_GUARDRAILS_KEY)
        if factory is None:
            raise RuntimeError("this gateway cannot pin a policy version for evaluation runs")
        return factory(ctx, policy_ref)
    return ctx.extras.get(GUARDRAILS_KEY) or PASS_THROUGH


def executor_for(ctx: AppContext):
    """A factory the runner calls with the run it leased."""

    def build(run: EvalRun) -> Executor:
        with ctx.sessions() as session:
            tenant = session.get(Tenant, run.tenant_id)
            tenant_name = tenant.name if tenant else run.tenant_id
        services = PipelineServices(registry=OneProvider(ctx.extras[REGISTRY_KEY], run.provider),
                                    guardrails=guardrails_for(ctx, run.policy_ref),
                                    recorder=ctx.extras.get(RECORDER_KEY) or NO_RECORD,
                                    backoff=ctx.extras["retry_backoff"])
        target = RunTarget(run_id=run.id, tenant_id=run.tenant_id, tenant_name=tenant_name, model=run.model,
                           max_tokens=run.max_tokens)
        return pipeline_executor(services, target)

    return build
