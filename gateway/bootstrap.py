"""The composition root: the gateway's :class:`Services`, built from ``Settings`` in one place.

``build_services`` constructs every part without starting anything (no threads, no connections
opened, no model loaded), so the CLI can use it as cheaply as the app. ``running`` starts what runs
in the background (the audit writer, the built-in engine, the provider registry, the policy
warm-up and, without a broker, the in-process schedules) and stops it all in reverse order.
The FastAPI lifespan, the Celery worker's evaluation runs and the CLI all go through here.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from sluice.audit.writer import AuditWriter
from sluice.policy.budget import ScanBudget
from sluice.policy.scan_processes import ScanProcesses
from sluice.gateway.audit_api.recorder import AuditRecorder
from sluice.gateway.audit_api.publishing import (build_checkpointer, check_signer, checkpoint_readiness,
                                                 signing_readiness)
from sluice.gateway.audit_api.schedule import sign_final_checkpoint, start_audit_work
from sluice.gateway.auth.key_cache import KeyCache
from sluice.gateway.auth.key_failures import KeyFailureLog
from sluice.gateway.console.state import ConsoleState
from sluice.gateway.database import engine_from_settings, session_factory
from sluice.gateway.drain import Drain
from sluice.gateway.evals.tasks import resume_in_process
from sluice.gateway.keys.usage import KeyUsage
from sluice.gateway.limits import build_rate_limiter
from sluice.gateway.limits.budgets import build_budget_guard
from sluice.gateway.limits.prices import PriceTableError, load_price_table
from sluice.gateway.pipeline.retry import Backoff
from sluice.gateway.policies.guard_transport import ProviderGuardTransport
from sluice.gateway.policies.guardrails import PolicyGuardrails, WarmUp
from sluice.gateway.policies.runtime import PolicyRuntime
from sluice.gateway.policies.scan_pool import ScanPool
from sluice.gateway.providers.base import ProviderResources
from sluice.gateway.providers.breaker import BreakerSettings
from sluice.gateway.providers.engine_holder import EngineHolder
from sluice.gateway.providers.registry import DatabaseSource, ProviderRegistry
from sluice.gateway.services import ReadinessCheck, Services
from sluice.gateway.settings import Settings, SettingsError
from sluice.gateway.sso.provider import OidcProvider
from sluice.gateway.tasks.celery_app import make_celery
from sluice.gateway.tasks.periodic import every
from sluice.gateway.tasks.runtime import configure_audit
from sluice.gateway.telemetry import readiness
from sluice.gateway.telemetry.logs import flush_logs
from sluice.gateway.telemetry.metrics import Metrics
from sluice.gateway.telemetry.tracing import build_tracing

log = logging.getLogger("sluice.gateway")


def build_services(settings: Settings, *, engine: Engine | None = None,
                   sessions: sessionmaker[Session] | None = None, span_exporter=None) -> Services:
    """Every part, from settings. ``engine``/``sessions``: use these instead of new ones (tests bind
    sessions to a connection they roll back); ``span_exporter`` also receives every span."""
    engine = engine if engine is not None else engine_from_settings(settings)
    sessions = sessions if sessions is not None else session_factory(engine)
    metrics = Metrics()
    try:
        prices = load_price_table(settings.prices_file)
    except PriceTableError as exc:
        raise SettingsError(f"SLUICE_PRICES_FILE: {exc}") from None
    holder = None
    if settings.builtin_model_dir is not None:
        holder = EngineHolder(model_dir=settings.builtin_model_dir, served_name=settings.builtin_model_name,
                              device=settings.builtin_device, dtype=settings.builtin_dtype,
                              process=settings.builtin_engine_process)
        metrics.watch_engine(holder.stats)
    resources = ProviderResources(breaker=breaker_settings(settings), engine=holder,
                                  on_breaker_change=metrics.breaker_changed)
    audit = configure_audit(settings, engine=engine)
    # The app's engine when sessions are bound to an engine; else the session factory (tests bind sessions to one
    # connection whose transaction they roll back, and events must land in it).
    writer = AuditWriter(engine if isinstance(sessions.kw.get("bind"), Engine) else sessions, sealer=audit.sealer,
                         max_batch=settings.audit_batch_max, commit_budget_s=settings.audit_commit_timeout_s)
    source = DatabaseSource(sessions, settings.secret_bytes)
    registry = ProviderRegistry(source, resources, refresh_s=settings.provider_refresh_s)
    guards = ProviderGuardTransport(lambda: [provider.spec for provider in registry.current()], reload=source.load,
                                    reload_every_s=settings.provider_refresh_s, observe=metrics.guard_request)
    policies = PolicyRuntime(sessions=sessions, secret=settings.secret_bytes, refresh_s=settings.policy_refresh_s,
                             guards=guards)
    services = Services(
        settings=settings, engine=engine, sessions=sessions, metrics=metrics,
        tracing=build_tracing(settings, exporter=span_exporter),
        celery=make_celery(settings),
        key_cache=KeyCache(ttl_s=settings.key_cache_ttl_s),
        key_usage=KeyUsage(), key_failures=KeyFailureLog(secret=settings.secret_bytes),
        rate_limiter=build_rate_limiter(settings, on_store_error=metrics.rate_limit_store_errors.inc,
                                        on_limited=lambda limit: metrics.rate_limited.labels(limit or "unknown").inc()),
        budgets=build_budget_guard(settings, prices, on_store_error=metrics.rate_limit_store_errors.inc,
                                   on_exceeded=lambda scope, dim: metrics.budget_exceeded.labels(scope, dim).inc()),
        engine_holder=holder,
        registry=registry,
        backoff=Backoff(base_s=settings.retry_backoff_s, max_s=settings.retry_backoff_max_s),
        audit=audit, audit_writer=writer, checkpointer=build_checkpointer(settings, audit, metrics),
        recorder=AuditRecorder(writer, fail_open=settings.audit_fail_open, alone=metrics.alone,
                               secret=settings.secret_bytes),
        policies=policies, guardrails=PolicyGuardrails(policies, pool := scan_pool(settings)),
        warm_up=WarmUp(policies, pool) if settings.env != "test" else None,
        console=ConsoleState(),
        oidc=build_oidc_provider(settings),
        drain=Drain(delay_s=settings.shutdown_delay_s),
    )
    services.readiness = readiness_checks(services)
    return services


def build_oidc_provider(settings: Settings) -> OidcProvider | None:
    """The single sign-on provider (nothing is fetched until the first sign-in), or None without SSO."""
    if not settings.sso_issuer or not settings.sso_client_id:
        return None
    return OidcProvider(issuer=settings.sso_issuer, client_id=settings.sso_client_id,
                        client_secret=settings.sso_client_secret, timeout_s=settings.sso_http_timeout_s,
                        jwks_ttl_s=settings.sso_jwks_ttl_s)


def scan_pool(settings: Settings) -> ScanPool:
    budget = ScanBudget(max_chars=settings.scan_max_chars, max_cpu_s=settings.scan_max_cpu_s)
    processes = (ScanProcesses(processes=settings.scan_processes, nice=settings.scan_process_nice)
                 if settings.scan_process_min_chars else None)
    return ScanPool(workers=settings.scan_workers, budget=budget, processes=processes,
                    process_min_chars=settings.scan_process_min_chars)


def breaker_settings(settings: Settings) -> BreakerSettings:
    return BreakerSettings(failure_threshold=settings.breaker_failures, cooldown_s=settings.breaker_cooldown_s,
                           cooldown_max_s=settings.breaker_cooldown_max_s, probes=settings.breaker_probes,
                           close_after=settings.breaker_close_after)


def readiness_checks(services: Services) -> dict[str, ReadinessCheck]:
    settings, registry, holder, writer = (services.settings, services.registry, services.engine_holder,
                                          services.audit_writer)

    def audit_writer_ready() -> tuple[bool, str]:
        return (True, "ok") if writer.running else (False, "audit writer not running")

    def audit_store_ready() -> tuple[bool, str]:
        return (True, "ok") if writer.healthy else (False, "audit store unavailable")

    def engine_ready() -> tuple[bool, str]:
        """The engine matters only while a built-in provider is registered and enabled."""
        if not any(p.spec.kind == "builtin" and p.spec.enabled for p in registry.current()):
            return True, "not used (no enabled builtin provider)"
        return holder.readiness()

    checks: dict[str, ReadinessCheck] = {"shutdown": services.drain.readiness, "providers": registry.readiness,
                                         "audit_writer": audit_writer_ready, "audit": audit_store_ready,
                                         "audit_checkpoints": checkpoint_readiness(services.checkpointer),
                                         "audit_signing": signing_readiness(services.checkpointer)}
    if holder is not None:
        checks["builtin_engine"] = engine_ready
    if services.warm_up is not None:
        checks["policy"] = services.warm_up.readiness
    if settings.redis_url:
        checks["redis"] = readiness.redis_check(settings.redis_url)
    if settings.broker_url:
        checks["broker"] = readiness.broker_check(settings.broker_url)
    return checks


@asynccontextmanager
async def running(services: Services, *, serving: bool = True) -> AsyncIterator[Services]:
    """Start the background parts, yield, then stop everything (also when start-up fails half-way).

    ``serving``: this process serves the API, so it signs and publishes audit checkpoints (also one
    last time when it stops) and, without a broker, applies retention and continues the evaluation
    runs that were going when it stopped."""
    settings = services.settings
    background: list[asyncio.Task] = []
    checkpoints = serving and settings.env != "test"  # tests sign checkpoints themselves
    try:
        if serving and settings.env == "production":
            check_signer(services.audit)  # no checkpoint could be signed: refuse to start
        services.audit_writer.start()
        if services.engine_holder is not None:
            services.engine_holder.start()
        await services.registry.providers()
        if services.warm_up is not None:
            services.warm_up.start()
        if serving:
            background += [asyncio.create_task(every(interval, work, name=name))
                           for name, interval, work in _account_upkeep(services)]
        if checkpoints:
            background += start_audit_work(services.checkpointer, services.audit_writer,
                                           retention=settings.broker_url is None)  # else beat applies retention
        if serving and settings.broker_url is None:
            await resume_in_process(services)
        yield services
    finally:
        await _stop(services, background, final_checkpoint=checkpoints)


def _account_upkeep(services: Services) -> list[tuple[str, float, Callable[[], object]]]:
    """What the serving process writes in batches: keys' last use, failed key uses (audited)."""
    settings, sessions = services.settings, services.sessions
    return [("key usage", settings.key_usage_flush_s, lambda: services.key_usage.flush(sessions)),
            ("key failures", settings.key_failure_audit_window_s, lambda: services.key_failures.flush(sessions))]


async def _stop(services: Services, background: list[asyncio.Task], *, final_checkpoint: bool = False) -> None:
    for task in background:
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task
    for name, _, work in _account_upkeep(services):  # what was noted since the last tick
        try:
            await asyncio.to_thread(work)
        except Exception as exc:  # noqa: BLE001 - shutdown goes on
            log.error("final flush failed", extra={"work": name, "error_type": type(exc).__name__})
    if services.warm_up is not None:
        await services.warm_up.finish()
    await services.registry.aclose()
    await asyncio.to_thread(services.guardrails.close)  # the scan worker processes
    services.policies.close()
    if services.engine_holder is not None:
        await services.engine_holder.shutdown()
    services.audit_writer.close()
    if final_checkpoint:  # cover this process's last events before it goes
        await sign_final_checkpoint(services.checkpointer)
    await services.rate_limiter.close()
    await services.budgets.close()
    services.tracing.shutdown()
    flush_logs()
    services.engine.dispose()


@asynccontextmanager
async def open_services(settings: Settings) -> AsyncIterator[Services]:
    """Build and run the services for a piece of background work (an evaluation run in a worker). Its
    scans run in threads: no small requests wait on them, so no scan worker process is started."""
    background = settings.model_copy(update={"scan_process_min_chars": 0})
    async with running(build_services(background), serving=False) as services:
        yield services
