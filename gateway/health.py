"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from sqlalchemy import text

from sluice.gateway.auth.deps import app_services
from sluice.gateway.outages import retry_after_headers
from sluice.gateway.services import Services

router = APIRouter(tags=["health"])


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
    ready = all(ok for ok, _ in checks.values())
    body = {"status": "ready" if ready else "not_ready",
            "checks": {name: {"ok": ok, "detail": detail} for name, (ok, detail) in checks.items()}}
    if ready:
        return JSONResponse(body)
    return JSONResponse(body, status_code=503, headers=retry_after_headers())
