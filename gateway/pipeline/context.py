"""Everything one /v1 request learns on its way through the pipeline.

The recorder (audit) and telemetry read this at the end: stage timings, token usage, outcome and
error code, whether the client went away, which provider and region served it, and the decisions
the guardrails took. Prompt and completion text are kept in memory only for hashing/recording and
never logged.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from sluice.gateway.telemetry.request import RequestTelemetry, stage as telemetry_stage

OK = "ok"
ERROR = "error"
CLIENT_DISCONNECTED = "client_disconnected"


@dataclass
class Attempt:
    provider: str
    region: str
    outcome: str  # "ok" or a failure kind (rate_limited, server_error, connect, timeout, reset, garbage, ...)


@dataclass
class RequestContext:
    request_id: str
    endpoint: str  # "chat" | "completions"
    model: str
    stream: bool
    tenant_id: str | None = None
    key_id: str | None = None
    principal: Any = None
    telemetry: RequestTelemetry | None = None
    started_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    started: float = field(default_factory=time.perf_counter)
    request_body: dict = field(default_factory=dict)    # as the caller sent it (validated)
    forwarded_body: dict | None = None                  # after the input stage
    response_text: dict[int, str] = field(default_factory=dict)  # per choice, as released to the caller
    response_fields: dict[int, dict[str, str]] = field(default_factory=dict)  # per choice, its other text fields
    timings_ms: dict[str, float] = field(default_factory=dict)
    provider_ms: float = 0.0
    usage: dict | None = None
    outcome: str = "pending"
    status_code: int = 200
    error_code: str | None = None
    client_disconnected: bool = False
    provider_id: str | None = None
    provider_name: str | None = None
    region: str | None = None
    attempts: list[Attempt] = field(default_factory=list)
    decisions: list = field(default_factory=list)  # the guardrails' decision records
    policy_version: str | None = None
    served_model: str | None = None  # the model that answered, as the upstream or the engine named it
    headers: Mapping[str, str] = field(default_factory=dict)  # the caller's HTTP headers (classification)
    source_address: str | None = None  # the caller's address, for the audit event
    eval_tag: str | None = None  # "evaluation:<run id>" on evaluation traffic
    pinned_policy: Any = None  # a policy version applied instead of the tenant's active one (evaluations)
    capture_content: bool = False  # the policy in force keeps the text, encrypted, in the audit log
    rate_limit_headers: dict[str, str] = field(default_factory=dict)
    budget_reservation: Any = None  # what the budgets hold for this request until it is settled
    guardrail_state: Any = None  # the guardrails' own state for this request
    intent_id: str | None = None  # the audit event committed before a stream's first byte
    finalized: bool = False

    @classmethod
    def begin(cls, *, endpoint: str, model: str, stream: bool, principal=None,
              telemetry: RequestTelemetry | None = None) -> "RequestContext":
        request_id = telemetry.request_id if telemetry is not None else uuid.uuid4().hex
        rctx = cls(request_id=request_id, endpoint=endpoint, model=model, stream=stream, principal=principal,
                   tenant_id=getattr(principal, "tenant_id", None), key_id=getattr(principal, "key_id", None),
                   telemetry=telemetry)
        if telemetry is not None:
            # ``stream`` is left to the telemetry middleware, which sees whether an event stream started
            # (a stream request refused before its first byte is answered with plain JSON).
            telemetry.set_request(operation="chat" if endpoint == "chat" else "text_completion", model=model)
            telemetry.set_caller(tenant_id=rctx.tenant_id, key_id=rctx.key_id)
        return rctx

    @contextmanager
    def stage(self, name: str, *, provider: bool = False):
        """Time a stage (and open its telemetry span when the request has telemetry)."""
        began = time.perf_counter()
        try:
            with telemetry_stage(self.telemetry, name, provider=provider):
                yield
        finally:
            elapsed = (time.perf_counter() - began) * 1000.0
            self.timings_ms[name] = self.timings_ms.get(name, 0.0) + elapsed
            if provider:
                self.provider_ms += elapsed

    def add_time(self, name: str, seconds: float, *, provider: bool = False) -> None:
        """Add time to a stage without a span (work repeated per streamed chunk)."""
        self.timings_ms[name] = self.timings_ms.get(name, 0.0) + seconds * 1000.0
        if provider:
            self.provider_ms += seconds * 1000.0
        if self.telemetry is not None:
            self.telemetry.add_time(name, seconds)
            if provider:
                self.telemetry.add_provider_time(seconds)

    def served_by(self, spec) -> None:
        self.provider_id, self.provider_name, self.region = spec.id, spec.name, spec.region
        self.served_model = spec.upstream_model(self.model)
        if self.telemetry is not None:
            system = "sluice" if spec.kind == "builtin" else "openai"
            self.telemetry.set_provider(system=system, provider=spec.name,
                                        server_address=spec.base_url)

    def attempt(self, spec, outcome: str) -> None:
        self.attempts.append(Attempt(provider=spec.name, region=spec.region, outcome=outcome))
        if outcome != OK and self.telemetry is not None:
            self.telemetry.upstream_error(spec.name, outcome)

    def answered_as(self, model: object) -> None:
        """The model name the provider's response carries: what the audit log records as served."""
        if isinstance(model, str) and model:
            self.served_model = model[:256]

    def set_usage(self, usage: dict | None) -> None:
        if not isinstance(usage, dict):
            return
        self.usage = usage
        if self.telemetry is not None:
            self.telemetry.set_response(response_model=self.model, input_tokens=usage.get("prompt_tokens"),
                                        output_tokens=usage.get("completion_tokens"))

    def fail(self, status: int, code: str) -> None:
        self.outcome, self.status_code, self.error_code = ERROR, status, code

    @property
    def total_tokens(self) -> int:
        if not self.usage:
            return 0
        total = self.usage.get("total_tokens")
        if isinstance(total, int):
            return total
        return int(self.usage.get("prompt_tokens") or 0) + int(self.usage.get("completion_tokens") or 0)

    def elapsed_ms(self) -> float:
        return (time.perf_counter() - self.started) * 1000.0

    def overhead_ms(self) -> float:
        return max(0.0, self.elapsed_ms() - self.provider_ms)
