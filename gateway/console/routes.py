"""Assembling the console: its page routers, static assets, and how its errors are shown."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import FileResponse, Response

from sluice.gateway.console import web
from sluice.gateway.console.pages import (
    account,
    account_security,
    audit,
    dashboard,
    evaluations,
    exports,
    invitation,
    key_edit,
    keys,
    policies,
    policy_authoring,
    policy_bench,
    policy_review,
    providers,
    tenants,
    users,
)

STATIC_DIR = web.HERE / "static"
STATIC_TYPES = {".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml", ".txt": "text/plain"}

assets = APIRouter(prefix="/console", include_in_schema=False)


@assets.get("/static/{name}")
def static_file(name: str) -> Response:
    path = (STATIC_DIR / name).resolve()
    kind = STATIC_TYPES.get(path.suffix)
    if path.parent != STATIC_DIR or kind is None or not path.is_file():
        return Response("not found", status_code=404, media_type="text/plain")
    return FileResponse(path, media_type=kind, headers={"Cache-Control": "public, max-age=3600",
                                                        "X-Content-Type-Options": "nosniff"})


fallback = APIRouter(prefix="/console", include_in_schema=False)


@fallback.api_route("/{rest:path}", methods=["GET", "POST"])
def not_found(request: Request, rest: str):
    if rest == "" and request.method == "GET":
        return web.redirect("/console")
    try:
        user = web.console_user(request)
    except web.SignInRequired:
        user = None
    return web.render(request, "error.html", user, status=404, title="Page not found",
                      message="There is no console page at this address.")


def install(app: FastAPI) -> None:
    """Register the console's routes and error pages on the application."""
    app.include_router(assets)
    for module in (account, account_security, invitation, dashboard, policies, policy_authoring, policy_review,
                   policy_bench, audit, exports, evaluations, keys, key_edit, tenants, users, providers):
        app.include_router(module.router)
    app.include_router(keys.budgets_router)
    app.include_router(fallback)

    @app.exception_handler(web.SignInRequired)
    async def _sign_in(request: Request, exc: web.SignInRequired):
        target = exc.next_url if exc.next_url.startswith("/console") else "/console"
        return web.redirect(f"/console/sign-in?next={quote(target, safe='/')}")

    @app.exception_handler(web.StepRequired)
    async def _step(request: Request, exc: web.StepRequired):
        return web.redirect(exc.page)

    @app.exception_handler(web.Denied)
    async def _denied(request: Request, exc: web.Denied):
        return web.render(request, "error.html", exc.user, status=exc.status, title="Not allowed",
                          message=exc.message)
