"""``sluice inference serve``: the built-in engine alone behind the same ``/v1`` wire code.

No API keys, policy or audit here: this server sits behind a gateway, which registers it as an
``openai`` provider (e.g. on a GPU host). The model loads in the background; ``/readyz`` says when.

Like vLLM, a request may carry ``cache_salt`` in its body: requests share prefix-cache blocks only
with requests that sent the same salt, so a gateway in front keeps its tenants' caches apart by
sending each tenant's own salt.
"""

from __future__ import annotations

import hashlib
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import InvalidInput
from sluice.gateway.api.routes import build_router
from sluice.gateway.http_errors import install_error_handlers
from sluice.gateway.pipeline.retry import Backoff
from sluice.gateway.pipeline.run import PipelineServices
from sluice.gateway.pipeline.ungoverned import Ungoverned, Unrecorded
from sluice.gateway.providers.base import ProviderResources
from sluice.gateway.providers.engine_holder import EngineHolder
from sluice.gateway.providers.registry import ProviderRegistry, StaticSource
from sluice.gateway.providers.spec import ProviderSpec


@dataclass(frozen=True)
class _CacheTenant:
    """A caller known only by the cache partition it names: ``tenant_id`` is a digest of its salt
    (the salt itself may be a secret and never reaches logs or spans)."""

    tenant_id: str
    budgets: tuple = ()  # the engine server counts no budgets: the gateway in front of it does

    def may_use(self, model: str) -> bool:
        return True  # model allow-lists belong to API keys, which the gateway in front checks


async def _caller(request: Request) -> _CacheTenant | None:
    if request.method != "POST":
        return None
    try:
        body = await request.json()
    except ValueError:
        return None  # the body's own validation answers
    salt = body.get("cache_salt") if isinstance(body, dict) else None
    if salt is None:
        return None
    if not isinstance(salt, str) or not salt or len(salt) > 1024:
        raise InvalidInput(ErrorCode.INVALID_CACHE_SALT,
                           "cache_salt must be a non-empty string of at most 1024 "
                           "characters", param="cache_salt")
    return _CacheTenant("salt-" + hashlib.blake2b(salt.encode("utf-8"), digest_size=16).hexdigest())


def create_engine_app(model_dir: Path, *, served_name: str | None = None, device: str = "cpu",
                      dtype: str = "auto", engine_args: dict | None = None,
                      holder: EngineHolder | None = None) -> FastAPI:
    """``holder``: an engine holder built by the caller (its restart back-off, its process entry);
    by default one for ``model_dir`` with the arguments above."""
    name = served_name or Path(model_dir).name
    holder = holder or EngineHolder(model_dir=Path(model_dir), served_name=name, device=device, dtype=dtype,
                                    engine_args=engine_args)
    spec = ProviderSpec(id="builtin", name="builtin", kind="builtin", region="local", models=(name,),
                        max_retries=0)  # tools: when the model's replies are parsed into tool calls (V4)
    registry = ProviderRegistry(StaticSource([spec]), ProviderResources(engine=holder), refresh_s=float("inf"))
    services = PipelineServices(registry=registry, guardrails=Ungoverned(), recorder=Unrecorded(),
                                rate_limiter=None, backoff=Backoff())

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        holder.start()
        await registry.providers()
        try:
            yield
        finally:
            await registry.aclose()
            await holder.shutdown()

    app = FastAPI(title="Sluice inference server", version="0.1.0", lifespan=lifespan,
                  description=f"The built-in engine serving {name!r} in the OpenAI wire format.")
    app.state.engine = holder
    install_error_handlers(app)
    app.include_router(build_router(principal=_caller, services=lambda: services))

    @app.get("/healthz", tags=["health"])
    def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/readyz", tags=["health"])
    def readyz():
        ok, detail = holder.readiness()
        return JSONResponse({"status": "ready" if ok else "not_ready", "model": name, "detail": detail},
                            status_code=200 if ok else 503)

    return app
