"""Wiring the /v1 API into the gateway: the provider registry and built-in engine at start-up,
the pipeline services of a request from ``Services.extras``, and the router."""

from __future__ import annotations

from fastapi import Request

from sluice.gateway.api.routes import build_router
from sluice.gateway.auth.deps import api_key_principal
from sluice.gateway.services import Services
from sluice.gateway.health import READINESS_CHECKS_KEY
from sluice.gateway.pipeline.retry import Backoff
from sluice.gateway.pipeline.run import PipelineServices
from sluice.gateway.pipeline.stages import GUARDRAILS_KEY, NO_RECORD, PASS_THROUGH, RECORDER_KEY
from sluice.gateway.providers.base import ProviderResources
from sluice.gateway.providers.engine_holder import ENGINE_KEY, EngineHolder
from sluice.gateway.providers.registry import REGISTRY_KEY, DatabaseSource, ProviderRegistry

RATE_LIMITER_KEY = "rate_limiter"
BACKOFF_KEY = "retry_backoff"


async def start_providers(ctx: Services) -> None:
    """Start-up hook: build the registry (and begin loading the built-in engine in the background)."""
    settings = ctx.settings
    if ENGINE_KEY not in ctx.extras and settings.builtin_model_dir is not None:
        holder = EngineHolder(model_dir=settings.builtin_model_dir, served_name=settings.builtin_model_name,
                              device=settings.builtin_device, dtype=settings.builtin_dtype)
        ctx.extras[ENGINE_KEY] = holder
        holder.start()
    if REGISTRY_KEY not in ctx.extras:
        resources = ProviderResources(breaker_failures=settings.breaker_failures,
                                      breaker_cooldown_s=settings.breaker_cooldown_s,
                                      extras={ENGINE_KEY: ctx.extras.get(ENGINE_KEY)})
        registry = ProviderRegistry(DatabaseSource(ctx.sessions, settings.secret_bytes), resources,
                                    refresh_s=settings.provider_refresh_s)
        ctx.extras[REGISTRY_KEY] = registry
        await registry.providers()
    ctx.extras.setdefault(BACKOFF_KEY, Backoff(base_s=settings.retry_backoff_s,
                                               max_s=settings.retry_backoff_max_s))
    checks = ctx.extras.setdefault(READINESS_CHECKS_KEY, {})
    checks["providers"] = lambda c: c.extras[REGISTRY_KEY].readiness()
    if ctx.extras.get(ENGINE_KEY) is not None:
        checks["builtin_engine"] = _builtin_readiness


def _builtin_readiness(ctx: Services) -> tuple[bool, str]:
    """The engine matters to readiness only while a built-in provider is registered and enabled."""
    if not any(p.spec.kind == "builtin" and p.spec.enabled for p in ctx.extras[REGISTRY_KEY].current()):
        return True, "not used (no enabled builtin provider)"
    return ctx.extras[ENGINE_KEY].readiness()


async def stop_providers(ctx: Services) -> None:
    registry = ctx.extras.pop(REGISTRY_KEY, None)
    if registry is not None:
        await registry.aclose()
    holder = ctx.extras.pop(ENGINE_KEY, None)
    if holder is not None:
        await holder.shutdown()


async def pipeline_services(request: Request) -> PipelineServices:
    extras = request.app.state.services.extras
    return PipelineServices(registry=extras[REGISTRY_KEY],
                            guardrails=extras.get(GUARDRAILS_KEY) or PASS_THROUGH,
                            recorder=extras.get(RECORDER_KEY) or NO_RECORD,
                            rate_limiter=extras.get(RATE_LIMITER_KEY), backoff=extras[BACKOFF_KEY])


router = build_router(principal=api_key_principal, services=pipeline_services)
