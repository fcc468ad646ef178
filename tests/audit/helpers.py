"""Small builders shared by the audit tests."""

from __future__ import annotations

from sluice.audit.events import GuardrailResult, request_event


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
