"""Running one /v1 request through the stages (non-streaming), and the steps streaming shares."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

import anyio

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Forbidden, InvalidInput, SluiceError
from sluice.gateway.limits import RateLimiter
from sluice.gateway.limits.budgets import BudgetGuard
from sluice.gateway.outages import dependency_error
from sluice.gateway.pipeline import dispatch
from sluice.gateway.pipeline.choice_output import ChoiceOutput
from sluice.gateway.pipeline.context import OK, RequestContext
from sluice.gateway.pipeline.retry import Backoff
from sluice.gateway.pipeline.stages import Guardrails, Recorder
from sluice.gateway.providers.base import CHAT, ModelProvider, ProviderCall

log = logging.getLogger("sluice.pipeline")

TOOL_FIELDS = ("tools", "tool_choice", "functions", "function_call", "parallel_tool_calls")


class ProviderSource(Protocol):
    """Where a request's candidates come from: the registry, or a view of it (an evaluation measures
    one provider)."""

    async def serving(self, model: str) -> list[ModelProvider]: ...

    async def enabled(self) -> list[ModelProvider]: ...


@dataclass(frozen=True)
class PipelineServices:
    """What one request needs of the process, taken from ``Services`` (or assembled by the
    stand-alone engine server and the evaluation runner). Every part is required."""

    registry: ProviderSource
    guardrails: Guardrails
    recorder: Recorder
    rate_limiter: RateLimiter | None  # None: no rate limits (the engine server, evaluation traffic)
    backoff: Backoff
    budgets: BudgetGuard | None = None  # None: no budgets (the engine server, evaluation traffic)


def uses_tools(body: dict) -> bool:
    if any(body.get(name) is not None for name in TOOL_FIELDS):
        return True
    response_format = body.get("response_format")
    return isinstance(response_format, dict) and response_format.get("type", "text") != "text"


DEFAULT_COMPLETION_TOKENS = 256  # what limits and budgets reserve when a request sets no max_tokens


def estimate_prompt_tokens(body: dict) -> int:
    """A cheap guess of the prompt's tokens before the real count is known (~4 characters a token)."""
    if "messages" in body:
        chars = sum(len(str(m.get("content") or "")) for m in body["messages"])
    else:
        chars = len(str(body.get("prompt") or ""))
    return chars // 4


def reserved_completion_tokens(body: dict) -> int:
    completion = body.get("max_completion_tokens") or body.get("max_tokens") or DEFAULT_COMPLETION_TOKENS
    return completion * (body.get("n") or 1)


def estimate_tokens(body: dict) -> int:
    """A cheap upper-side guess for rate limiting before the real count is known."""
    return estimate_prompt_tokens(body) + reserved_completion_tokens(body)


def model_not_allowed(model: str) -> Forbidden:
    return Forbidden(ErrorCode.MODEL_NOT_ALLOWED,
                     f"This API key may not use the model '{model}'. GET /v1/models lists the models it may use; "
                     "an administrator can change the key's model allow-list.", param="model")


def provider_call(rctx: RequestContext, body: dict, provider: ModelProvider) -> ProviderCall:
    upstream = dict(body, model=provider.spec.upstream_model(rctx.model))
    if rctx.stream:
        upstream["stream"] = True
        upstream["stream_options"] = {"include_usage": True}
    return ProviderCall(endpoint=rctx.endpoint, body=upstream, request_id=rctx.request_id,
                        tenant_id=rctx.tenant_id)


async def prepare(services: PipelineServices, rctx: RequestContext, body: dict) -> list[ModelProvider]:
    """Rate limit, input stage, residency and routing. Returns the candidates in fallback order."""
    limiter, principal = services.rate_limiter, rctx.principal
    if principal is not None and not principal.may_use(rctx.model):
        raise model_not_allowed(rctx.model)
    if limiter is not None and principal is not None:
        with rctx.stage("rate_limit"):
            status = await limiter.acquire(principal, estimated_tokens=estimate_tokens(body))
        rctx.rate_limit_headers = status.headers()
    if services.budgets is not None and principal is not None and principal.budgets:
        with rctx.stage("budget"):
            rctx.budget_reservation = await services.budgets.reserve(
                principal.budgets, model=rctx.model, input_tokens=estimate_prompt_tokens(body),
                output_tokens=reserved_completion_tokens(body))
    guardrails = services.guardrails
    with rctx.stage("input"):
        await guardrails.prepare(rctx)
        rctx.forwarded_body = await guardrails.input_stage(rctx).run(rctx, body)
    with rctx.stage("route"):
        candidates = await guardrails.route(rctx, await services.registry.serving(rctx.model))
        if not candidates:
            raise Forbidden(ErrorCode.RESIDENCY_VIOLATION, f"The model '{rctx.model}' is not served in a region this "
                                                   "request's data may go to.", param="model")
        if uses_tools(rctx.forwarded_body):
            capable = [p for p in candidates if p.supports_tools]
            if not capable:
                raise InvalidInput(ErrorCode.TOOLS_NOT_SUPPORTED,
                                   f"The model '{rctx.model}' is not served by a provider that supports "
                                   "tools, functions or response_format; remove them or pick another model.",
                                   param="tools")
            candidates = capable
    return candidates


async def finalize(services: PipelineServices, rctx: RequestContext) -> None:
    """Charge tokens and record the request, exactly once. May raise (recording failed)."""
    if rctx.finalized:
        return
    rctx.finalized = True
    with rctx.stage("record"):
        limiter, principal = services.rate_limiter, rctx.principal
        if limiter is not None and principal is not None and rctx.total_tokens:
            await limiter.record_tokens(principal, rctx.total_tokens)
        await settle_budget(services, rctx)
        await services.recorder.record(rctx)


async def settle_budget(services: PipelineServices, rctx: RequestContext) -> None:
    """Replace the budget reservation with the real usage; a request that reached no provider is released,
    one that reached a provider without reporting usage keeps its reservation."""
    reservation, rctx.budget_reservation = rctx.budget_reservation, None
    if reservation is None or services.budgets is None:
        return
    if rctx.usage:
        await services.budgets.settle(reservation, input_tokens=int(rctx.usage.get("prompt_tokens") or 0),
                                      output_tokens=int(rctx.usage.get("completion_tokens") or 0))
    elif rctx.provider_id is None:
        await services.budgets.release(reservation)


async def finalize_quietly(services: PipelineServices, rctx: RequestContext) -> SluiceError | None:
    """Finalize on a path that already failed. A recording refusal (``audit_unavailable``) is returned,
    so that a caller who has not answered yet answers with it: no request goes unaudited silently.
    Any other recording error is logged and the first error stands."""
    try:
        await finalize(services, rctx)
    except SluiceError as exc:
        log.error("recording a failed request failed",
                  extra={"request_id": rctx.request_id, "error_code": exc.code})
        return exc
    except Exception as exc:
        log.error("recording a failed request failed",
                  extra={"request_id": rctx.request_id, "error_type": type(exc).__name__})
    return None


async def record_failure(services: PipelineServices, rctx: RequestContext, exc: Exception) -> Exception:
    """Record a request that failed with ``exc`` before answering, and return what to raise: a
    recording refusal (``audit_unavailable``) first, then the refusal itself or a dependency's outage
    as a 503, else ``exc`` (a bug: the HTTP layer answers ``internal_error``)."""
    error = dependency_error(exc)
    if error is None:
        rctx.fail(500, ErrorCode.INTERNAL_ERROR)
    else:
        rctx.fail(error.status, error.code)
    refused = await finalize_quietly(services, rctx)
    return refused or error or exc


def _scan_whole(services: PipelineServices, rctx: RequestContext, response: dict) -> None:
    """Scan every text field of every choice; a refusal raises before any of the response is sent."""
    chat = rctx.endpoint == CHAT
    for choice in response.get("choices") or []:
        index = choice.get("index", 0)
        output = ChoiceOutput(services.guardrails, rctx, index, chat=chat)
        holder = choice.get("message") if chat else choice
        if not isinstance(holder, dict):
            continue
        output.feed(holder)
        output.finish(holder)
        if choice.get("logprobs") is not None and not output.keeps_logprobs():
            choice["logprobs"] = None


async def complete(services: PipelineServices, rctx: RequestContext, body: dict) -> dict:
    """The whole non-streaming path; returns the response body or raises a SluiceError (recorded)."""
    rctx.request_body = body
    try:
        candidates = await prepare(services, rctx, body)
        _, response = await dispatch.call(candidates, rctx, services.backoff,
                                          lambda p: provider_call(rctx, rctx.forwarded_body, p))
        with rctx.stage("output"):
            if services.guardrails.output_waits(rctx):
                await anyio.to_thread.run_sync(_scan_whole, services, rctx, response)
            else:
                _scan_whole(services, rctx, response)
        rctx.answered_as(response.get("model"))
        response["model"] = rctx.model
        rctx.set_usage(response.get("usage"))
        rctx.outcome = OK
    except Exception as exc:
        answer = await record_failure(services, rctx, exc)
        if answer is exc:
            raise
        raise answer from None
    await finalize(services, rctx)
    return response
