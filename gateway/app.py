"""The FastAPI application factory. Routers of every domain are registered here, in one place."""

from __future__ import annotations

import asyncio
import sys
from contextlib import asynccontextmanager

from fastapi import FastAPI

from sluice.gateway import api_docs, health, middleware as operations
from sluice.gateway.admin import account as admin_account, auth as admin_auth, budgets as admin_budgets, keys as admin_keys
from sluice.gateway.admin import providers as admin_providers
from sluice.gateway.admin import tenants as admin_tenants, users as admin_users
from sluice.gateway.api import wiring as v1
from sluice.gateway.audit_api import events as audit_events, exports as audit_exports
from sluice.gateway.bootstrap import build_services, running
from sluice.gateway.console import install as install_console
from sluice.gateway.evals import views as evals_views
from sluice.gateway.http_errors import install_error_handlers
from sluice.gateway.policies import views as policies_views
from sluice.gateway.services import Services
from sluice.gateway.scim import views as scim_views
from sluice.gateway.settings import Settings, SettingsError, load_settings
from sluice.gateway.sso import views as sso_views
from sluice.gateway.telemetry.logs import configure_logging


def create_app(settings: Settings, *, services: Services | None = None) -> FastAPI:
    """The app over ``services`` (built from ``settings`` when not given); the lifespan runs them."""
    services = services or build_services(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        async with running(services):
            with services.drain.on_sigterm(asyncio.get_running_loop()):
                yield

    app = FastAPI(title="Sluice", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None,
                  description="Governed, OpenAI-compatible LLM gateway: /v1 API, admin API, console.")
    app.state.services = services
    install_error_handlers(app)
    # /v1 first: requests are matched against routes in order, and /v1 carries nearly all traffic
    app.include_router(v1.router)
    operations.install(app, services)
    app.include_router(health.router)
    for router in (admin_auth.router, admin_account.router, admin_tenants.router, admin_keys.router, admin_budgets.router,
                   admin_users.router, admin_providers.router):
        app.include_router(router)
    # routers of other domains
    app.include_router(audit_exports.router)
    app.include_router(audit_events.router)
    app.include_router(policies_views.router)
    app.include_router(evals_views.router)
    app.include_router(sso_views.router)
    app.include_router(scim_views.router)
    install_console(app)
    api_docs.install(app, settings)
    return app


def app_from_environment() -> FastAPI:
    """Entry point for ``sluice serve`` (uvicorn factory)."""
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"sluice: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    configure_logging(settings)
    return create_app(settings)
