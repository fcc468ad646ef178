"""The FastAPI application factory. Routers of every domain are registered here, in one place."""

from __future__ import annotations

import sys
from contextlib import asynccontextmanager

from fastapi import FastAPI

from sluice.gateway import health, middleware as operations
from sluice.gateway.admin import auth as admin_auth, keys as admin_keys, providers as admin_providers
from sluice.gateway.admin import tenants as admin_tenants, users as admin_users
from sluice.gateway.api import wiring as v1
from sluice.gateway.audit_api import events as audit_events, exports as audit_exports, wiring as audit_wiring
from sluice.gateway.console import install as install_console
from sluice.gateway.services import Services
from sluice.gateway.database import make_engine, session_factory
from sluice.gateway.evals import tasks as eval_tasks, views as evals_views
from sluice.gateway.http_errors import install_error_handlers
from sluice.gateway.policies import guardrails as policy_guardrails, views as policies_views
from sluice.gateway.settings import Settings, SettingsError, load_settings
from sluice.gateway.telemetry.logs import configure_logging

# Start-up and shutdown hooks of other domains: async callables taking the Services.
STARTUP_HOOKS: list = [audit_wiring.start_audit, v1.start_providers, policy_guardrails.install,
                        eval_tasks.resume_in_process]
SHUTDOWN_HOOKS: list = [audit_wiring.stop_audit, operations.shutdown, v1.stop_providers, policy_guardrails.uninstall]


def build_context(settings: Settings) -> Services:
    engine = make_engine(settings.database_url)
    return Services(settings=settings, engine=engine, sessions=session_factory(engine))


def create_app(settings: Settings, *, ctx: Services | None = None) -> FastAPI:
    ctx = ctx or build_context(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        for hook in STARTUP_HOOKS:
            await hook(ctx)
        try:
            yield
        finally:
            for hook in reversed(SHUTDOWN_HOOKS):
                await hook(ctx)
            ctx.engine.dispose()

    app = FastAPI(title="Sluice", version="0.1.0", lifespan=lifespan,
                  description="Governed, OpenAI-compatible LLM gateway: /v1 API, admin API, console.")
    app.state.services = ctx
    install_error_handlers(app)
    # /v1 first: requests are matched against routes in order, and /v1 carries nearly all traffic
    app.include_router(v1.router)
    operations.install(app, ctx)
    app.include_router(health.router)
    for router in (admin_auth.router, admin_tenants.router, admin_keys.router, admin_users.router,
                   admin_providers.router):
        app.include_router(router)
    # routers of other domains
    app.include_router(audit_exports.router)
    app.include_router(audit_events.router)
    app.include_router(policies_views.router)
    app.include_router(evals_views.router)
    install_console(app)
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
