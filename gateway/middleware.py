"""The operational layer around every request, installed once by the app factory.

Outermost first: request telemetry (request id, root span, overhead header, metrics, access log),
then the body size limit, then the application.
"""

from __future__ import annotations

from fastapi import FastAPI

from sluice.gateway.limits import BodySizeLimit
from sluice.gateway.services import Services
from sluice.gateway.telemetry.asgi import RequestTelemetryMiddleware
from sluice.gateway.telemetry.views import router as metrics_router


def install(app: FastAPI, services: Services) -> None:
    app.include_router(metrics_router)
    app.add_middleware(BodySizeLimit, max_bytes=services.settings.max_body_bytes)
    app.add_middleware(RequestTelemetryMiddleware, metrics=services.metrics, tracing=services.tracing)
