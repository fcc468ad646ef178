"""The audit event schema (version 1): what one request or one administrative action leaves behind.

Every event becomes one Merkle leaf: ``{"v": SCHEMA_VERSION, "seq": <position>, ...fields}`` in
canonical JSON. Field meanings are documented on the models; ``audit/SCHEMA.md`` is generated from
them (``python -m sluice.audit.schema_doc``). Raw prompt or response text never appears in an event: only
SHA-256 digests. Captured content (opt-in by policy) is stored encrypted beside the log and bound to
its event by ``content_sha256``.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timezone
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_serializer, field_validator

from sluice.audit.canonical import canonical_json, sha256_hex
from sluice.policy.vocabulary import GuardrailAction, GuardrailStatus

SCHEMA_VERSION = 1

Outcome = Literal["success", "blocked", "error"]


def new_event_id() -> str:
    return f"evt_{secrets.token_hex(12)}"


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def format_time(value: datetime) -> str:
    """RFC 3339 UTC with microseconds, e.g. ``2026-01-31T12:00:00.000000Z``."""
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def time_us(value: datetime) -> int:
    """Microseconds since the Unix epoch (how times are indexed in the database)."""
    delta = value.astimezone(timezone.utc) - datetime(1970, 1, 1, tzinfo=timezone.utc)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def digest(value: Any) -> str:
    """SHA-256 hex of text (UTF-8) or of any JSON value (canonical JSON): how prompts are fingerprinted."""
    if isinstance(value, (str, bytes)):
        return sha256_hex(value)
    return sha256_hex(canonical_json(value))


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(default_factory=new_event_id, max_length=64,
                    description="Unique event id (`evt_` + 24 hex digits).")
    time: datetime = Field(default_factory=utc_now,
                           description="When it happened, RFC 3339 UTC with microseconds.")
    tenant_id: str | None = Field(None, max_length=64,
                                  description="Tenant the event belongs to; null for deployment-wide actions.")

    @field_validator("time")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("time must be timezone-aware (UTC)")
        return value.astimezone(timezone.utc)

    @field_serializer("time")
    def _time_text(self, value: datetime) -> str:
        return format_time(value)

    def entry(self, seq: int, body: dict | None = None) -> bytes:
        """The canonical leaf bytes of this event at log position ``seq`` (``body``: a ready model_dump)."""
        return canonical_json({"v": SCHEMA_VERSION, "seq": seq, **(body or self.model_dump(mode="json"))})


class GuardrailResult(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(max_length=100, description="Guardrail name as configured in the policy, e.g. `pii`.")
    stage: str = Field(max_length=32, description="Where it ran: `input`, `output`, `residency`, ...")
    status: GuardrailStatus = Field(description="What became of it (see [Guardrail vocabulary](#guardrail-vocabulary)); "
                                                "skipped and errored are recorded honestly, never as passed.")
    action: GuardrailAction = Field(GuardrailAction.NONE,
                                    description="What it does when it matches (see [Guardrail vocabulary](#guardrail-vocabulary)).")
    detail: str | None = Field(None, max_length=200,
                               description="A stable code explaining the decision (never content).")
    latency_ms: float | None = Field(None, ge=0, description="Time the guardrail took.")


class TokenCounts(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    prompt: int = Field(0, ge=0, description="Prompt tokens.")
    completion: int = Field(0, ge=0, description="Generated tokens.")
    total: int = Field(0, ge=0, description="Prompt + completion tokens.")


class CapturedContent(BaseModel):
    """Prompt and response kept (encrypted) when the policy enables content capture."""

    model_config = ConfigDict(frozen=True)

    prompt: Any = None
    response: Any = None

    def to_bytes(self) -> bytes:
        return canonical_json({"prompt": self.prompt, "response": self.response})


class _RequestFacts(_Event):
    """What an intent and its completion both say about one API request."""

    request_id: str | None = Field(None, max_length=128, description="Gateway request id (also in the response).")
    key_id: str | None = Field(None, max_length=64, description="Id of the API key used (never the key).")
    user: str | None = Field(None, max_length=256, description="The OpenAI `user` field sent by the caller, as a keyed hash "
                                  "(`hmac-sha256:` and 64 hex digits, HMAC-SHA-256 under a key derived from the "
                                  "deployment secret: equal ids give equal values) unless the policy captures "
                                  "content, then as sent.")
    source_address: str | None = Field(None, max_length=64, description="Client IP address.")
    route: str | None = Field(None, max_length=100, description="API route, e.g. `/v1/chat/completions`.")
    stream: bool = Field(False, description="Whether the response was streamed.")
    model_requested: str | None = Field(None, max_length=256, description="Model name the caller asked for.")
    model_served: str | None = Field(None, max_length=256, description="Model that actually answered.")
    provider: str | None = Field(None, max_length=100, description="Provider that served the request.")
    region: str | None = Field(None, max_length=64, description="Region of that provider (data residency).")
    policy_id: str | None = Field(None, max_length=64, description="Policy in force.")
    policy_version: int | None = Field(None, description="Version number of that policy.")
    classification: str | None = Field(None, max_length=64, description="Data classification of the request.")
    guardrails: list[GuardrailResult] = Field(default_factory=list,
                                              description="Every guardrail's decision, in the order they ran.")
    pii: dict[str, int] = Field(default_factory=dict,
                                description="PII entity types found and how many of each (no values).")
    prompt_sha256: str | None = Field(None, pattern=r"^[0-9a-f]{64}$",
                                      description="SHA-256 (hex) of the prompt as received (exact bytes: "
                                                  "FORMATS.md section 10).")
    eval_tag: str | None = Field(None, max_length=100, description="Evaluation run tag, when the request is part of one.")


class RequestEvent(_RequestFacts):
    """One API request through the gateway, from the policy layer's decision record. For a streamed
    request it is the completion: it follows the request's [IntentEvent](#intentevent) and names it."""

    kind: Literal["request"] = Field("request", description="Always `request`.")
    tokens: TokenCounts = Field(default_factory=TokenCounts, description="Token counts.")
    latency_ms: float | None = Field(None, ge=0, description="Total time from request to last byte.")
    overhead_ms: float | None = Field(None, ge=0, description="Time spent in the gateway itself.")
    outcome: Outcome = Field("success", description="`success`, `blocked` (by policy) or `error`.")
    status_code: int | None = Field(None, description="HTTP status returned to the caller.")
    error_code: str | None = Field(None, max_length=64, description="Stable error code, e.g. `pii_blocked`.")
    response_sha256: str | None = Field(None, pattern=r"^[0-9a-f]{64}$",
                                        description="SHA-256 (hex) of the response as sent (exact bytes: "
                                                    "FORMATS.md section 10).")
    client_disconnected: bool = Field(False, description="The client went away before the response completed.")
    content_sha256: str | None = Field(None, pattern=r"^[0-9a-f]{64}$",
                                       description="SHA-256 of the captured content blob, when content was "
                                                   "captured (FORMATS.md section 10).")
    intent_id: str | None = Field(None, max_length=64, exclude_if=lambda value: value is None,
                                  description="`id` of the request's intent event, when one was committed before "
                                              "its first byte (streams); absent otherwise, so that entries "
                                              "without an intent keep the bytes they had before intents existed.")

    _content: CapturedContent | None = PrivateAttr(None)

    @property
    def captured(self) -> CapturedContent | None:
        return self._content


class IntentEvent(_RequestFacts):
    """A streamed request about to deliver its first byte: committed before the response starts,
    with everything known before output (input guardrails, routing, prompt digest). The request's
    [RequestEvent](#requestevent) follows with `intent_id` naming it and the same `time`; an intent
    without one is an interrupted stream (the gateway stopped, or the log was lost, mid-stream)."""

    kind: Literal["intent"] = Field("intent", description="Always `intent`.")


class AdminEvent(_Event):
    """One administrative action (sign-in, key created, policy approved, export downloaded, ...)."""

    kind: Literal["admin"] = Field("admin", description="Always `admin`.")
    action: str = Field(max_length=64, description="What was done, e.g. `key.created`, `policy.approved`.")
    actor_id: str | None = Field(None, max_length=64, description="User id of who did it (null before sign-in).")
    actor_label: str | None = Field(None, max_length=254, description="Their e-mail or another label.")
    actor_role: str | None = Field(None, max_length=32, description="Their role at the time.")
    target_type: str = Field(max_length=64, description="Kind of object affected, e.g. `api_key`.")
    target_id: str | None = Field(None, max_length=64, description="Id of the object affected.")
    before: dict[str, Any] | None = Field(None, description="Relevant state before (no secrets).")
    after: dict[str, Any] | None = Field(None, description="Relevant state after (no secrets).")
    source_address: str | None = Field(None, max_length=64, description="Client IP address.")


class SystemEvent(_Event):
    """Something the log did to itself: a retention purge, a destroyed content key."""

    kind: Literal["system"] = Field("system", description="Always `system`.")
    action: str = Field(max_length=64, description="`audit.purged`, `audit.content_key_destroyed`, ...")
    detail: dict[str, Any] = Field(default_factory=dict, description="Counts and ranges affected.")


Event = RequestEvent | IntentEvent | AdminEvent | SystemEvent
REQUEST_KINDS = ("request", "intent")  # the kinds that describe an API request


def request_event(*, capture: CapturedContent | None = None, **fields: Any) -> RequestEvent:
    """Build a request event; with ``capture`` the content is bound to it by ``content_sha256``."""
    if capture is not None:
        fields["content_sha256"] = sha256_hex(capture.to_bytes())
    event = RequestEvent(**fields)
    event._content = capture
    return event


def admin_event(**fields: Any) -> AdminEvent:
    return AdminEvent(**fields)
