"""Dashboard figures from audit request events, and the page that charts them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sluice.gateway.console import metrics

NOW = datetime(2026, 3, 2, 12, 30, tzinfo=UTC)


def _event(minutes_ago: float, **fields) -> dict:
    base = {"kind": "request", "time": (NOW - timedelta(minutes=minutes_ago)).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "tenant_id": "ten_a", "outcome": "success", "tokens": {"prompt": 10, "completion": 5, "total": 15},
            "latency_ms": 100.0, "pii": {}, "guardrails": []}
    return {**base, **fields}


def test_requests_are_counted_per_hour_and_outcome():
    events = [_event(5), _event(10, outcome="blocked", error_code="pii_blocked"), _event(65), _event(60 * 30)]
    board = metrics.build(events, window=metrics.WINDOWS["24h"], now=NOW)
    assert len(board.buckets) == 24
    assert board.requests["success"][-1] == 1 and board.requests["blocked"][-1] == 1
    assert board.requests["success"][-2] == 1
    assert board.totals["requests"] == 3  # the 30-hour-old event is outside the window
    assert board.totals["blocked_pct"] == 100 / 3


def test_blocked_reasons_pii_types_and_topics_are_tallied():
    events = [
        _event(1, outcome="blocked", error_code="pii_blocked", pii={"US_SSN": 1}),
        _event(2, outcome="blocked", guardrails=[{"name": "topics", "stage": "input", "status": "blocked",
                                                  "detail": "legal_advice"}]),
        _event(3, pii={"EMAIL_ADDRESS": 2, "PHONE_NUMBER": 1},
               guardrails=[{"name": "refusal", "stage": "output", "status": "flagged"}]),
    ]
    board = metrics.build(events, window=metrics.WINDOWS["24h"], now=NOW)
    assert dict(board.blocked_by_reason) == {"pii_blocked": 1, "input.topics": 1}
    assert dict(board.pii_by_type) == {"EMAIL_ADDRESS": 2, "US_SSN": 1, "PHONE_NUMBER": 1}
    assert dict(board.refusals_by_topic) == {"legal_advice": 1, "model refusal": 1}


def test_latency_percentiles_and_tokens_per_bucket():
    events = [_event(1, latency_ms=float(ms), tokens={"prompt": 1, "completion": 2}) for ms in range(1, 101)]
    board = metrics.build(events, window=metrics.WINDOWS["24h"], now=NOW)
    assert board.latency_p50[-1] == 50.0 and board.latency_p95[-1] == 95.0
    assert board.tokens["prompt"][-1] == 100 and board.tokens["completion"][-1] == 200


def test_per_tenant_uses_names_and_groups_the_long_tail():
    events = [_event(1, tenant_id=f"ten_{i}") for i in range(14)] + [_event(1, tenant_id="ten_0")]
    board = metrics.build(events, window=metrics.WINDOWS["7d"], now=NOW, tenant_names={"ten_0": "claims"})
    assert board.per_tenant[0] == ("claims", 2)
    assert board.per_tenant[-1] == ("other", 5) and len(board.per_tenant) == 10


def test_malformed_events_are_skipped_not_fatal():
    events = [{"kind": "request", "time": "yesterday"}, {"kind": "admin"}, "junk", _event(1, tokens=None)]
    board = metrics.build(events, window=metrics.WINDOWS["24h"], now=NOW)
    assert board.totals["requests"] == 1


def test_dashboard_page_charts_request_events_from_the_audit_log(signed_in, console_app):
    from sluice.audit.events import GuardrailResult, request_event
    from sluice.audit.storage.log import append_events
    from sluice.gateway.database import transaction
    from sluice.gateway.tenants.service import create_tenant

    # a tenant of its own: other tests' events share this audit log
    with transaction(console_app.state.services.sessions) as session:
        tenant = create_tenant(session=session, name="dash-charts")
        append_events(session.connection(), [
            request_event(tenant_id=tenant.id, model_requested="sluice-demo", outcome="blocked",
                          error_code="injection_blocked", latency_ms=12.0,
                          guardrails=[GuardrailResult(name="injection", stage="input", status="blocked")]),
            request_event(tenant_id=tenant.id, model_requested="sluice-demo", pii={"IBAN_CODE": 3},
                          latency_ms=30.0),
        ])
    page = signed_in("viewer").get(f"/console?window=24h&tenant={tenant.name}").text
    assert "injection_blocked: 1" in page and "IBAN_CODE: 3" in page
    assert 'aria-labelledby="ch-req"' in page and "<svg" in page
