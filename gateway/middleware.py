"""The operational layer around every request, installed once by the app factory.

Outermost first: request telemetry (request id, root span, overhead header, metrics, access log),
then the body size limit, then the application. Also builds the rate limiter, the tracer and the
metrics registry into ``ctx.extras`` and registers the readiness checks of what is configured.
"""

from __future__ import annotations

from sluice.gateway.auth.deps import KEY_CACHE
from sluice.gateway.auth.key_cache import KeyCache
from sluice.gateway.health import READINESS_CHECKS_KEY
from sluice.gateway.limits import BodySizeLimit, build_rate_limiter
from sluice.gateway.telemetry import readiness
from sluice.gateway.telemetry.asgi import RequestTelemetryMiddleware
from sluice.gateway.telemetry.logs import flush_logs
from sluice.gateway.telemetry.metrics import Metrics
from sluice.gateway.telemetry.tracing import build_tracing
from sluice.gateway.telemetry.views import router as metrics_router

# ctx.extras keys other parts use
RATE_LIMITER = "rate_limiter"
METRICS = "metrics"
TRACING = "tracing"
SPAN_EXPORTER = "span_exporter"  # set before create_app to receive spans (tests)


def install(app, ctx) -> None:
    settings = ctx.settings
    metrics = ctx.extras.setdefault(METRICS, Metrics())
    tracing = build_tracing(settings, exporter=ctx.extras.get(SPAN_EXPORTER))
    ctx.extras[TRACING] = tracing
    ctx.extras.setdefault(KEY_CACHE, KeyCache(ttl_s=settings.key_cache_ttl_s))
    ctx.extras[RATE_LIMITER] = build_rate_limiter(
        settings, on_store_error=metrics.rate_limit_store_errors.inc,
        on_limited=lambda limit: metrics.rate_limited.labels(limit or "unknown").inc())
    checks = ctx.extras.setdefault(READINESS_CHECKS_KEY, {})
    if settings.redis_url:
        checks.setdefault("redis", readiness.redis_check(settings.redis_url))
    if settings.broker_url:
        checks.setdefault("broker", readiness.broker_check(settings.broker_url))
    app.include_router(metrics_router)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(RequestTelemetryMiddleware, metrics=metrics, tracing=tracing)


async def shutdown(ctx) -> None:
    limiter = ctx.extras.get(RATE_LIMITER)
    if limiter is not None:
        await limiter.close()
    tracing = ctx.extras.get(TRACING)
    if tracing is not None:
        tracing.shutdown()
    flush_logs()
