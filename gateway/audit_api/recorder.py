"""The request path's recorder: one audit event per /v1 request, committed before the response completes;
a stream also commits an intent event before its first byte, which the request's event then names.

``Services.recorder``. It reads what the pipeline learned
(:class:`sluice.gateway.pipeline.context.RequestContext`): the policy layer's decision record(s) in
``rctx.decisions``, the served model, the caller's address, the evaluation tag, and
``rctx.capture_content`` (True when the policy asks to keep the text, encrypted).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from pydantic import ValidationError

from sluice.audit.errors import AuditError
from sluice.audit.events import CapturedContent, Event, GuardrailResult, IntentEvent, RequestEvent, digest, request_event
from sluice.audit.writer import AuditWriter
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Unavailable
from sluice.gateway.pipeline.context import CLIENT_DISCONNECTED, OK, RequestContext
from sluice.gateway.pipeline.stages import Recorder
from sluice.policy.errors import BlockCode
from sluice.policy.vocabulary import GuardrailAction, GuardrailStatus

log = logging.getLogger("sluice.audit")

REFUSALS = frozenset(BlockCode)  # the policy's refusals: the request was blocked, not failed
ROUTES = {"chat": "/v1/chat/completions", "completions": "/v1/completions"}


def _as_dict(decision: Any) -> dict:
    if isinstance(decision, dict):
        return decision
    to_dict = getattr(decision, "to_dict", None)
    return to_dict() if callable(to_dict) else {}


def _word(vocabulary: type[StrEnum], value: Any, otherwise: StrEnum) -> Any:
    try:
        return vocabulary(value)
    except ValueError:
        return otherwise


def _guardrail(raw: dict) -> GuardrailResult:
    """One guardrail's line of the decision record, cut to the event schema's limits.

    Built without re-validation (nine or more per request): every field is normalised here. Status and
    action are the policy layer's own words; a status outside them is recorded as errored, never as passed.
    """
    status = _word(GuardrailStatus, raw.get("status"), GuardrailStatus.ERRORED)
    action = _word(GuardrailAction, raw.get("action") or GuardrailAction.NONE, GuardrailAction.NONE)
    latency = raw.get("duration_ms")
    latency = float(latency) if isinstance(latency, (int, float)) and latency >= 0 else None
    return GuardrailResult.model_construct(
        name=str(raw.get("name", "unknown"))[:100], stage=str(raw.get("stage", "input"))[:32],
        status=status, action=action,
        detail=(str(raw.get("reason") or raw.get("label") or "")[:200] or None), latency_ms=latency)


USER_HASH_PREFIX = "hmac-sha256:"


def identifier_key(secret: bytes) -> bytes:
    """The key that hashes caller-chosen identifiers (the OpenAI ``user``) for the audit log, derived
    from the deployment secret so it is used for nothing else."""
    return hmac.new(secret, b"audit-identifier", hashlib.sha256).digest()


def recorded_user(value: object, *, key: bytes | None, clear: bool) -> str | None:
    """What the audit event keeps of the request's ``user``: a keyed hash (HMAC-SHA-256 under the
    deployment secret: equal ids give equal values, the id cannot be read back without the secret),
    or the value itself when the policy captures content."""
    if not value:
        return None
    text = str(value)
    if clear:
        return text[:256]
    if key is None:
        return None
    return USER_HASH_PREFIX + hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def _facts(rctx: RequestContext, identifier_key: bytes | None = None) -> tuple[dict, bool]:
    """The fields an intent and its completion share, from what the request learned so far, and
    whether a guardrail blocked it."""
    decisions = [_as_dict(d) for d in rctx.decisions]
    guardrails, pii = [], {}
    policy_id = policy_version = classification = None
    blocked = False
    for decision in decisions:
        guardrails += [_guardrail(g) for g in decision.get("guardrails") or [] if isinstance(g, dict)]
        for per_stage in (decision.get("entities") or {}).values():
            for entity, count in per_stage.items():
                pii[entity] = pii.get(entity, 0) + int(count)
        policy = decision.get("policy") or {}
        policy_id = policy.get("id", policy_id)
        policy_version = policy.get("version", policy_version)
        classification = decision.get("classification") or classification
        blocked = blocked or str(decision.get("outcome", "")).startswith("blocked")
    body = rctx.request_body or {}
    prompt = body.get("messages", body.get("prompt"))
    policy_version = policy_version if isinstance(policy_version, int) else None
    facts = dict(
        time=rctx.started_at, tenant_id=rctx.tenant_id, request_id=rctx.request_id,
        key_id=rctx.key_id,
        user=recorded_user(body.get("user"), key=identifier_key, clear=rctx.capture_content),
        source_address=rctx.source_address, route=ROUTES.get(rctx.endpoint, rctx.endpoint),
        stream=rctx.stream, model_requested=rctx.model, model_served=rctx.served_model or rctx.model,
        provider=rctx.provider_name, region=rctx.region, policy_id=policy_id, policy_version=policy_version,
        classification=classification, guardrails=guardrails, pii=pii,
        prompt_sha256=digest(prompt) if prompt is not None else None, eval_tag=rctx.eval_tag)
    return facts, blocked


def _released(rctx: RequestContext, index: int) -> str | dict[str, str]:
    """What a choice released: its text, or with other text fields (reasoning, refusal, tool-call
    arguments) an object of every field's text, the main one under ``content`` (``text`` on completions)."""
    text, others = rctx.response_text[index], rctx.response_fields.get(index)
    if not others:
        return text
    return {("content" if rctx.endpoint == "chat" else "text"): text, **others}


def intent_from_request(rctx: RequestContext, identifier_key: bytes | None = None) -> IntentEvent:
    """The intent of a stream about to deliver its first byte: everything known before output."""
    return IntentEvent(**_facts(rctx, identifier_key)[0])


def event_from_request(rctx: RequestContext, identifier_key: bytes | None = None) -> RequestEvent:
    """The request's event; for a stream, its completion, naming the intent committed before it.
    Without ``identifier_key`` the ``user`` is left out unless the policy captures content."""
    facts, blocked = _facts(rctx, identifier_key)
    disconnected = rctx.client_disconnected or rctx.outcome == CLIENT_DISCONNECTED
    if rctx.outcome == OK and not disconnected:
        outcome = "success"
    else:
        outcome = "blocked" if blocked or rctx.error_code in REFUSALS else "error"
    usage = rctx.usage or {}
    texts = {str(i): _released(rctx, i) for i in sorted(rctx.response_text)}
    capture = None
    if rctx.capture_content:
        body = rctx.request_body or {}
        capture = CapturedContent(prompt=body.get("messages", body.get("prompt")), response=texts)
    return request_event(
        capture=capture, **facts,
        tokens={"prompt": int(usage.get("prompt_tokens") or 0), "completion": int(usage.get("completion_tokens") or 0),
                "total": rctx.total_tokens},
        latency_ms=round(rctx.elapsed_ms(), 3), overhead_ms=round(rctx.overhead_ms(), 3), outcome=outcome,
        status_code=rctx.status_code, error_code=rctx.error_code or ("client_disconnected" if disconnected else None),
        response_sha256=digest(texts) if texts else None, client_disconnected=disconnected,
        intent_id=rctx.intent_id,
    )


class AuditRecorder(Recorder):
    """Appends the request's events through the group-commit writer and waits for each commit."""

    def __init__(self, writer: AuditWriter, *, fail_open: bool = False, alone: Callable[[], bool] | None = None,
                 secret: bytes | None = None):
        self.writer = writer
        self.fail_open = fail_open
        self.alone = alone  # whether no other request is in flight (lets the writer commit at once)
        self.identifier_key = identifier_key(secret) if secret else None  # None: `user` is not recorded

    async def record_intent(self, rctx: RequestContext) -> None:
        event = await self._append(rctx, intent_from_request)
        if event is not None:
            rctx.intent_id = event.id

    async def record(self, rctx: RequestContext) -> None:
        await self._append(rctx, event_from_request)

    async def _append(self, rctx: RequestContext, build: Callable[..., Event]) -> Event | None:
        """Build and commit one event; None when it was not recorded and the policy is to fail open."""
        try:
            try:
                event = build(rctx, self.identifier_key)
            except ValidationError as exc:  # a value outside the event schema: refuse rather than serve unaudited
                fields = sorted({".".join(map(str, e["loc"])) for e in exc.errors()})
                log.error("audit event does not fit the schema", extra={"request_id": rctx.request_id,
                                                                         "fields": fields})
                raise AuditError("the request's audit event does not fit the event schema") from None
            await self.writer.append(event, alone=self.alone is not None and self.alone())
        except AuditError as exc:
            log.error("audit event not recorded", extra={"request_id": rctx.request_id, "error_code": exc.code})
            if self.fail_open:
                return None
            raise Unavailable(ErrorCode.AUDIT_UNAVAILABLE, "The audit log cannot record requests right now, so the "
                                                   "request was refused. Retry shortly.") from None
        return event
