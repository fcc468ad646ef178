"""Liveness and readiness.

``/readyz`` answers 503 only when this process cannot take requests: draining, the policy models
still loading, the built-in engine not loaded, the audit writer stopped. A shared dependency that
fails (database, audit store, checkpoint sinks, upstream providers, Redis, broker) fails for every
replica alike;
taking them all out of the load balancer would turn documented answers (503 with a stable code and
``Retry-After``) into connection errors. Those checks make the status ``degraded`` (200) and are
named in the body, for dashboards and alerts.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from sqlalchemy import text

from sluice.gateway.auth.deps import app_services
from sluice.gateway.outages import retry_after_headers
from sluice.gateway.services import Services

router = APIRouter(tags=["health"])

SHARED_DEPENDENCIES = frozenset({"database", "audit", "audit_checkpoints", "providers", "redis", "broker"})


@router.get("/healthz")
def healthz() -> dict:
    return {"status": "ok"}


def _database(ctx: Services) -> tuple[bool, str]:
    try:
        with ctx.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return True, "ok"
    except Exception as exc:  # any driver error means not ready
        return False, type(exc).__name__


@router.get("/readyz")
def readyz(ctx: Services = Depends(app_services)):
    checks = {"database": _database(ctx)}
    for name, check in ctx.readiness.items():
        try:
            checks[name] = check()
        except Exception as exc:
            checks[name] = (False, type(exc).__name__)
    ready = all(ok for name, (ok, _) in checks.items() if name not in SHARED_DEPENDENCIES)
    degraded = not all(ok for ok, _ in checks.values())
    body = {"status": "not_ready" if not ready else "degraded" if degraded else "ready",
            "checks": {name: {"ok": ok, "detail": detail} for name, (ok, detail) in checks.items()}}
    if ready:
        return JSONResponse(body)
    return JSONResponse(body, status_code=503, headers=retry_after_headers())
