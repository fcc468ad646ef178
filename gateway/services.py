"""Every process-wide object of the gateway, typed and built once.

:func:`sluice.gateway.bootstrap.build_services` makes one :class:`Services` from ``Settings`` for
each process that serves or works: the FastAPI app's lifespan, a Celery worker's evaluation run,
the CLI. Request handlers receive it through :func:`sluice.gateway.auth.deps.app_services`. Every
field is required: a part that cannot be built stops the start-up with a message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from sluice.gateway.pipeline.run import PipelineServices
from sluice.gateway.settings import Settings

if TYPE_CHECKING:
    from celery import Celery

    from sluice.audit.publish.checkpointer import Checkpointer
    from sluice.audit.runtime import AuditRuntime
    from sluice.audit.writer import AuditWriter
    from sluice.gateway.auth.key_cache import KeyCache
    from sluice.gateway.auth.key_failures import KeyFailureLog
    from sluice.gateway.console.state import ConsoleState
    from sluice.gateway.drain import Drain
    from sluice.gateway.keys.usage import KeyUsage
    from sluice.gateway.limits import RateLimiter
    from sluice.gateway.limits.budgets import BudgetGuard
    from sluice.gateway.pipeline.retry import Backoff
    from sluice.gateway.pipeline.stages import Guardrails, Recorder
    from sluice.gateway.policies.guardrails import WarmUp
    from sluice.gateway.policies.runtime import PolicyRuntime
    from sluice.gateway.providers.engine_holder import EngineHolder
    from sluice.gateway.providers.registry import ProviderRegistry
    from sluice.gateway.sso.provider import OidcProvider
    from sluice.gateway.telemetry.metrics import Metrics
    from sluice.gateway.telemetry.tracing import Tracing

ReadinessCheck = Callable[[], "tuple[bool, str]"]


@dataclass
class Services:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    metrics: Metrics
    tracing: Tracing
    celery: Celery  # configured from settings: in-process (eager) without a broker
    key_cache: KeyCache
    key_usage: KeyUsage  # last-use times of API keys, written in batches
    key_failures: KeyFailureLog  # failed API-key uses, audited in aggregate
    rate_limiter: RateLimiter
    budgets: BudgetGuard  # token and money budgets of keys and tenants (the rate limiter's Redis)
    engine_holder: EngineHolder | None  # the built-in engine, when this process serves one
    registry: ProviderRegistry
    backoff: Backoff
    audit: AuditRuntime
    audit_writer: AuditWriter
    checkpointer: Checkpointer  # signs checkpoints on their cadence and publishes them to the sinks
    recorder: Recorder
    policies: PolicyRuntime
    guardrails: Guardrails
    warm_up: WarmUp | None  # loads the default policy's models in the background (not in tests)
    console: ConsoleState
    oidc: OidcProvider | None  # the single sign-on provider, when SLUICE_SSO_ISSUER is set
    drain: Drain  # SIGTERM: readiness turns false, the port closes after SLUICE_SHUTDOWN_DELAY_S
    # name -> check; ``/readyz`` runs them all (the database is always checked)
    readiness: dict[str, ReadinessCheck] = field(default_factory=dict)

    def pipeline(self) -> PipelineServices:
        """What one /v1 request uses. Read per request, so a replaced part applies at once."""
        return PipelineServices(registry=self.registry, guardrails=self.guardrails, recorder=self.recorder,
                                rate_limiter=self.rate_limiter, backoff=self.backoff,
                                budgets=self.budgets)
