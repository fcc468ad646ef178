"""``/openapi.json`` and the interactive API reference at ``/docs``, for signed-in users only.

Both need a console session or an admin API session token (any role). Swagger UI is served from
the ``swagger-ui-bundle`` package's own files under the console's Content-Security-Policy (no
inline script, nothing loaded from elsewhere). Off in production unless ``SLUICE_API_DOCS`` is set.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from sluice.gateway.auth.deps import app_services, authenticate, current_principal
from sluice.gateway.auth.gated import admin_router
from sluice.gateway.auth.principal import Principal
from sluice.gateway.console.web import SECURITY_HEADERS, redirect
from sluice.gateway.errors import Unauthenticated
from sluice.gateway.services import Services
from sluice.gateway.settings import Settings

DOCS_PATH = "/docs"
ASSET_TYPES = {"swagger-ui.css": "text/css", "swagger-ui-bundle.js": "text/javascript"}
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sluice API reference</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui" data-spec="/openapi.json"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/console/static/api-docs.js"></script></body></html>
"""


def docs_enabled(settings: Settings) -> bool:
    return settings.api_docs if settings.api_docs is not None else settings.env != "production"


def _swagger_dir() -> Path | None:
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:  # the JSON stays available; only the page needs the bundle
        return None
    return Path(swagger_ui_path)


signed_in = admin_router(prefix="", tags=["docs"])


@signed_in.get("/openapi.json", include_in_schema=False)
def openapi(request: Request, principal: Principal = Depends(current_principal)) -> JSONResponse:
    return JSONResponse(request.app.openapi())


@signed_in.get("/docs/assets/{name}", include_in_schema=False)
def asset(name: str, principal: Principal = Depends(current_principal)) -> Response:
    folder = _swagger_dir()
    if folder is None or name not in ASSET_TYPES:
        return Response("not found", status_code=404, media_type="text/plain")
    return FileResponse(folder / name, media_type=ASSET_TYPES[name],
                        headers={"Cache-Control": "private, max-age=3600", "X-Content-Type-Options": "nosniff"})


page = APIRouter(include_in_schema=False)


@page.get(DOCS_PATH)
async def docs(request: Request, ctx: Services = Depends(app_services)) -> Response:
    try:
        await run_in_threadpool(authenticate, request, ctx)
    except Unauthenticated:
        return redirect(f"/console/sign-in?next={DOCS_PATH}")
    if _swagger_dir() is None:
        return redirect("/openapi.json")
    return HTMLResponse(PAGE, headers=SECURITY_HEADERS)


def install(app: FastAPI, settings: Settings) -> None:
    """Register ``/openapi.json`` and ``/docs`` when the settings allow them (the app disables FastAPI's own)."""
    if docs_enabled(settings):
        app.include_router(signed_in)
        app.include_router(page)
