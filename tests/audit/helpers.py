"""Small builders shared by the audit tests."""

from __future__ import annotations

from sluice.audit.events import GuardrailResult, IntentEvent, request_event


def sample_request(i: int, tenant: str = "ten_a", **overrides):
    fields = dict(
        tenant_id=tenant, key_id=f"key_{i % 7}", request_id=f"req-{i}", route="/v1/chat/completions",
        model_requested="sluice-demo", model_served="sluice-demo", provider="builtin", region="local",
        policy_id="pol_1", policy_version=3, classification="internal",
        guardrails=[GuardrailResult(name="pii", stage="input", status="passed", action="none")],
        pii={"EMAIL_ADDRESS": i % 3}, tokens={"prompt": 10, "completion": i % 50, "total": 10 + i % 50},
        latency_ms=12.5, outcome="blocked" if i % 10 == 0 else "success", status_code=200,
        prompt_sha256="ab" * 32, response_sha256="cd" * 32,
    )
    fields.update(overrides)
    return request_event(**fields)


def sample_pair(i: int, tenant: str = "ten_a"):
    """A stream's intent and its completion (the request event naming it, at the same time)."""
    completion = sample_request(i, tenant, stream=True)
    facts = completion.model_dump(include=set(IntentEvent.model_fields) - {"id", "kind"})
    intent = IntentEvent(**facts)
    return intent, completion.model_copy(update={"intent_id": intent.id})
