"""``/v1`` routes. The same router serves the gateway (API keys, governance) and the stand-alone
engine server (no auth, no policy): the caller's identity and the pipeline services are dependencies.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

import orjson

from sluice.gateway.api.content_parts import check_content_parts
from sluice.gateway.api.field_check import refuse_unknown_text
from sluice.gateway.api.disconnect import ClientGone, unless_disconnected
from sluice.gateway.api.events import EventStreamResponse
from sluice.gateway.api.schemas import ChatCompletionRequest, CompletionRequest, _Sampling
from sluice.gateway.api.thinking_check import thinking_mode
from sluice.gateway.pipeline import streaming
from sluice.gateway.pipeline.context import CLIENT_DISCONNECTED, RequestContext
from sluice.gateway.pipeline.run import PipelineServices, complete, finalize_quietly
from sluice.gateway.providers.base import CHAT, COMPLETIONS
from sluice.gateway.providers.routing import model_not_found, reachable_models
from sluice.gateway.telemetry.request import current as current_telemetry


class JSONBody(Response):
    media_type = "application/json"

    def render(self, content) -> bytes:
        return orjson.dumps(content)


def _headers(rctx: RequestContext) -> dict[str, str]:
    headers = dict(rctx.rate_limit_headers)
    headers["x-request-id"] = rctx.request_id
    return headers


def build_router(*, principal: Callable, services: Callable[[Request], PipelineServices]) -> APIRouter:
    router = APIRouter(prefix="/v1", tags=["openai"])

    async def handle(endpoint: str, body: _Sampling, request: Request, caller, svc: PipelineServices):
        await refuse_unknown_text(request, endpoint)
        rctx = RequestContext.begin(endpoint=endpoint, model=body.model, stream=bool(body.stream),
                                    principal=caller, telemetry=current_telemetry())
        request.state.pipeline = rctx
        rctx.headers = request.headers  # e.g. the policy's data-classification header
        rctx.source_address = request.client.host if request.client else None
        if body.stream:
            events = await streaming.start(svc, rctx, body.upstream_body(), body.include_usage)
            return EventStreamResponse(events, headers=_headers(rctx))
        try:
            response = await unless_disconnected(request, complete(svc, rctx, body.upstream_body()))
        except ClientGone:
            rctx.client_disconnected, rctx.outcome = True, CLIENT_DISCONNECTED
            await finalize_quietly(svc, rctx)
            return Response(status_code=499)  # nobody is listening; for the access log only
        return JSONBody(response, headers=_headers(rctx))

    @router.post("/chat/completions", summary="Create a chat completion (OpenAI wire format)")
    async def chat_completions(body: ChatCompletionRequest, request: Request, caller=Depends(principal),
                               svc: PipelineServices = Depends(services)):
        check_content_parts(body.messages)
        thinking_mode(body)
        return await handle(CHAT, body, request, caller, svc)

    @router.post("/completions", summary="Create a text completion (OpenAI wire format)")
    async def completions(body: CompletionRequest, request: Request, caller=Depends(principal),
                          svc: PipelineServices = Depends(services)):
        return await handle(COMPLETIONS, body, request, caller, svc)

    async def _reachable(svc: PipelineServices, caller) -> list[str]:
        rctx = RequestContext.begin(endpoint="models", model="", stream=False, principal=caller)
        names = reachable_models(await svc.guardrails.route(rctx, await svc.registry.enabled()))
        allowed = getattr(caller, "allowed_models", None)  # the key's allow-list narrows what it sees
        return names if allowed is None else [m for m in names if m in allowed]

    def _card(name: str) -> dict:
        return {"id": name, "object": "model", "created": _CREATED, "owned_by": "sluice"}

    @router.get("/models", summary="The models the caller can use")
    async def models(caller=Depends(principal), svc: PipelineServices = Depends(services)):
        return JSONBody({"object": "list", "data": [_card(m) for m in await _reachable(svc, caller)]})

    @router.get("/models/{model:path}", summary="One model")
    async def model(model: str, caller=Depends(principal), svc: PipelineServices = Depends(services)):
        if model not in await _reachable(svc, caller):
            raise model_not_found(model)
        return JSONBody(_card(model))

    return router


_CREATED = int(time.time())
