"""The /v1 router of the gateway: API-key callers, and each request's pipeline services taken from
the process's ``Services``."""

from __future__ import annotations

from fastapi import Request

from sluice.gateway.api.routes import build_router
from sluice.gateway.auth.deps import api_key_principal
from sluice.gateway.pipeline.run import PipelineServices


async def pipeline_services(request: Request) -> PipelineServices:
    return request.app.state.services.pipeline()


router = build_router(principal=api_key_principal, services=pipeline_services)
