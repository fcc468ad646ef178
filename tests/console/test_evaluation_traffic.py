"""Evaluation probes are audited like any request but kept out of the dashboard's figures and the
audit search by default; either page can show only them, or everything."""

from __future__ import annotations

import pytest

from sluice.gateway.console import traffic


@pytest.fixture(scope="module")
def mixed_traffic(console_app, seeded) -> str:
    """A tenant with two production requests and three evaluation probes; returns its name."""
    from sluice.audit.events import request_event
    from sluice.audit.storage.log import append_events
    from sluice.gateway.database import transaction
    from sluice.gateway.tenants.service import create_tenant

    with transaction(console_app.state.services.sessions) as session:
        tenant = create_tenant(session=session, name="traffic-mix")
        append_events(session.connection(), [
            request_event(tenant_id=tenant.id, model_requested="prod-model", outcome="blocked",
                          error_code="pii_blocked", pii={"IBAN_CODE": 2}, latency_ms=20.0),
            request_event(tenant_id=tenant.id, model_requested="prod-model", latency_ms=30.0),
            *[request_event(tenant_id=tenant.id, model_requested="probe-model", outcome="blocked",
                            error_code="injection_blocked", pii={"CREDIT_CARD": 5}, latency_ms=900.0,
                            eval_tag="evaluation:run_traffic") for _ in range(3)],
        ])
    return tenant.name


def test_the_filter_keeps_or_drops_evaluation_requests():
    probe, production = {"kind": "request", "eval_tag": "evaluation:run_1"}, {"kind": "request"}
    assert traffic.keeps(traffic.parse(""), production) and not traffic.keeps(traffic.parse(""), probe)
    assert traffic.keeps(traffic.parse("evaluations"), probe)
    assert not traffic.keeps(traffic.parse("evaluations"), production)
    assert traffic.keeps(traffic.parse("all"), probe) and traffic.keeps(traffic.parse("all"), production)
    assert traffic.parse("bogus") is traffic.DEFAULT


def test_dashboard_leaves_evaluation_probes_out_of_its_figures_by_default(signed_in, mixed_traffic):
    viewer = signed_in("viewer")
    page = viewer.get(f"/console?tenant={mixed_traffic}").text
    assert "IBAN_CODE: 2" in page and "pii_blocked: 1" in page
    assert "CREDIT_CARD" not in page and "injection_blocked" not in page
    assert "3 evaluation probe request(s) in this period are left out" in page
    assert '<option value="production" selected>Exclude evaluation probes</option>' in page


def test_dashboard_recomputes_its_figures_for_probes_only_or_all_traffic(signed_in, mixed_traffic):
    viewer = signed_in("viewer")
    probes = viewer.get(f"/console?tenant={mixed_traffic}&traffic=evaluations").text
    assert "CREDIT_CARD: 15" in probes
    assert "injection_blocked: 3" in probes and "IBAN_CODE" not in probes and "pii_blocked" not in probes
    everything = viewer.get(f"/console?tenant={mixed_traffic}&traffic=all").text
    assert "injection_blocked: 3" in everything and "pii_blocked: 1" in everything
    assert "left out" not in everything


def _search(console, tenant: str, choice: str | None) -> str:
    query = f"/console/audit?kind=request&tenant={tenant}" + (f"&traffic={choice}" if choice else "")
    response = console.get(query)
    assert response.status_code == 200, response.text
    return response.text


def test_audit_search_hides_evaluation_probes_unless_asked(signed_in, mixed_traffic):
    auditor = signed_in("auditor")
    default = _search(auditor, mixed_traffic, None)
    assert default.count("prod-model") == 2 and "probe-model" not in default
    probes = _search(auditor, mixed_traffic, "evaluations")
    assert probes.count("probe-model") == 3 and "prod-model" not in probes
    assert 'title="evaluation:run_traffic">evaluation</span>' in probes
    everything = _search(auditor, mixed_traffic, "all")
    assert everything.count("prod-model") == 2 and everything.count("probe-model") == 3
