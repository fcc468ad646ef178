"""Audit log and export pages: search with filters and keyset pages, event detail with a verified
inclusion proof, integrity status, exports with progress and download."""

from __future__ import annotations

import io
import re
import secrets
import time
import zipfile

import pytest

from sluice.gateway.console import audit_query


@pytest.fixture
def request_events(console_app):
    """Append request events of a fresh tenant id; returns that id."""
    from sluice.audit.events import GuardrailResult, request_event
    from sluice.audit.storage.log import append_events
    from sluice.gateway.database import transaction

    def add(count: int, **fields) -> str:
        tenant = fields.pop("tenant_id", None) or f"ten_{secrets.token_hex(4)}"
        with transaction(console_app.state.services.sessions) as session:
            append_events(session.connection(), [
                request_event(tenant_id=tenant, model_requested="sluice-demo", provider=fields.get("provider", "eu-a"),
                              region=fields.get("region", "eu"), outcome=fields.get("outcome", "success"),
                              guardrails=[GuardrailResult(name="pii", stage="input",
                                                          status=fields.get("pii_status", "passed"))])
                for _ in range(count)])
        return tenant

    return add


def _seqs(html: str) -> list[int]:
    return [int(s) for s in re.findall(r'aria-label="Event (\d+) details"', html)]


def test_search_pages_backwards_without_gaps_or_repeats(signed_in, request_events, console_app):
    tenant = request_events(120)
    with console_app.state.services.engine.connect() as conn:
        query = audit_query.Query(indexed=audit_query.EventFilter(tenant_id=tenant))
        seen, cursor = [], None
        while True:
            query.before = cursor
            page = audit_query.search(conn, query, limit=50)
            seen += [item["seq"] for item in page.items]
            if page.next_before is None:
                break
            cursor = page.next_before
    assert len(seen) == 120 and seen == sorted(seen, reverse=True) and len(set(seen)) == 120


def test_in_event_filters_match_provider_region_and_triggered_guardrail(signed_in, request_events, console_app):
    tenant = request_events(3, provider="us-b", region="us")
    request_events(2, tenant_id=tenant, pii_status="blocked", outcome="blocked")
    with console_app.state.services.engine.connect() as conn:
        def count(**kw):
            query = audit_query.Query(indexed=audit_query.EventFilter(tenant_id=tenant), **kw)
            return len(audit_query.search(conn, query).items)
        assert count(provider="us-b") == 3 and count(region="eu") == 2 and count(guardrail="pii") == 2


def test_a_rare_match_stops_at_the_read_budget_and_offers_to_continue(request_events, console_app):
    tenant = request_events(30, provider="common")
    with console_app.state.services.engine.connect() as conn:
        query = audit_query.Query(indexed=audit_query.EventFilter(tenant_id=tenant), provider="rare")
        page = audit_query.search(conn, query, budget=10)
    assert page.items == [] and page.next_before is not None and page.budget_hit


def test_audit_page_filters_and_links_to_older_events(signed_in, request_events):
    tenant = request_events(60, provider="eu-page")
    auditor = signed_in("auditor")
    html = auditor.get("/console/audit?provider=eu-page&kind=request").text
    assert len(_seqs(html)) == 50
    older = re.search(r'href="(/console/audit\?[^"]*before=\d+)" rel="next"', html).group(1).replace("&amp;", "&")
    assert "provider=eu-page" in older
    assert len(_seqs(auditor.get(older).text)) == 10
    assert tenant  # events of that tenant were the ones listed


def test_bad_search_input_is_explained_inline(signed_in):
    response = signed_in("auditor").get("/console/audit?since=yesterday&outcome=maybe&tenant=nope")
    assert response.status_code == 400
    for message in ("From must be a date and time", "Outcome is one of", "Choose one of your tenants."):
        assert message in response.text


def test_event_detail_shows_the_decision_record_and_a_verified_inclusion_proof(signed_in, request_events):
    request_events(1, provider="eu-detail", pii_status="flagged")
    auditor, admin = signed_in("auditor"), signed_in("admin")
    seq = _seqs(auditor.get("/console/audit?provider=eu-detail").text)[0]
    assert admin.post("/console/audit/checkpoint").status_code == 303
    page = auditor.get(f"/console/audit/events/{seq}?proof=1").text
    assert "Decision record" in page and "pill-flagged" in page
    assert "✔ Verified." in page and f"event {seq} is in the log" in page


def test_integrity_shows_the_witnesses_that_cosigned_the_latest_checkpoint(signed_in, console_app):
    from sluice.audit.storage.models import PublicationRow
    from sluice.audit.storage.tree import latest_checkpoint
    from sluice.gateway.database import transaction

    admin = signed_in("admin")
    assert admin.post("/console/audit/checkpoint").status_code == 303
    name = f"witness-{secrets.token_hex(3)}.test"
    with transaction(console_app.state.services.sessions) as session:
        size = latest_checkpoint(session.connection()).tree_size
        session.execute(PublicationRow.__table__.insert().values(
            tree_size=size, sink=f"witness+https://{name}", published_time_us=0, witness=name,
            cosignature=f"\u2014 {name} AAAA\n"))
    assert name in admin.get("/console/audit").text


def test_the_latest_checkpoint_and_the_public_key_download_and_check_each_other(signed_in):
    from sluice.audit.checkpoint import parse_checkpoint
    from sluice.audit.signing import Verifier

    assert signed_in("admin").post("/console/audit/checkpoint").status_code == 303
    auditor = signed_in("auditor")
    assert 'href="/console/audit/public-key"' in auditor.get("/console/audit").text
    key = auditor.get("/console/audit/public-key")
    note = auditor.get("/console/audit/checkpoint.txt")
    assert key.status_code == note.status_code == 200
    assert 'filename="audit-signing.pub"' in key.headers["content-disposition"]
    assert parse_checkpoint(note.text, Verifier.parse(key.text)).size >= 1
    for path in ("/console/audit/public-key", "/console/audit/checkpoint.txt"):
        assert signed_in("viewer").get(path).status_code == 403


def test_only_admin_signs_checkpoints(signed_in):
    assert signed_in("auditor").post("/console/audit/checkpoint").status_code == 403


def test_verification_replays_the_log_and_is_recorded(signed_in, audit_actions):
    auditor = signed_in("auditor")
    assert auditor.post("/console/audit/verify").status_code == 303
    for _ in range(100):
        if "audit.verified" in audit_actions():
            break
        time.sleep(0.1)
    assert "✔ intact" in auditor.get("/console/audit").text


def test_export_is_requested_watched_and_downloaded_as_a_bundle(signed_in, audit_actions):
    auditor = signed_in("auditor")
    assert auditor.post("/console/exports", {"format": "jsonl", "kind": "admin"}).status_code == 303
    assert audit_actions()[-1] == "audit.export_requested"
    for _ in range(100):
        page = auditor.get("/console/exports").text
        link = re.search(r'href="(/console/exports/exp_\w+/download)"', page)
        if link:
            break
        time.sleep(0.1)
    assert "auditor@console.test" in page and "kind: admin" in page
    response = auditor.get(link.group(1))
    assert response.status_code == 200 and response.headers["content-type"] == "application/zip"
    assert zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert audit_actions()[-1] == "audit.export_downloaded"
    downloads = auditor.get("/console/audit?kind=admin&action=audit.export_downloaded").text
    assert len(_seqs(downloads)) >= 1 and "auditor@console.test" in downloads


def test_export_form_explains_bad_filters(signed_in):
    response = signed_in("auditor").post("/console/exports", {"format": "pdf", "since": "2026-13-01T00:00"})
    assert response.status_code == 400
    assert "Choose JSON Lines, CSV or OCSF." in response.text and "From must be a date and time" in response.text


def test_unknown_event_and_export_are_404_pages(signed_in):
    auditor = signed_in("auditor")
    assert auditor.get("/console/audit/events/99999999").status_code == 404
    assert auditor.get("/console/audit/events/abc").status_code == 404
    assert auditor.get("/console/exports/exp_missing/download").status_code == 404


def test_tenant_bound_auditor_sees_only_their_tenants_events(console_app, request_events):
    from fastapi.testclient import TestClient

    from sluice.gateway.users.roles import Role
    from sluice.gateway.database import transaction
    from sluice.gateway.tenants.service import get_tenant
    from sluice.gateway.users.service import create_user
    from tests.console.conftest import PASSWORD, Console

    with transaction(console_app.state.services.sessions) as session:
        acme = get_tenant(session=session, ref="acme").id
        email = f"acme-auditor-{secrets.token_hex(3)}@console.test"
        create_user(session=session, email=email, password=PASSWORD, role=Role.AUDITOR, tenant_id=acme)
    request_events(2, tenant_id=acme, provider="scoped-own")
    request_events(2, provider="scoped-other")
    with TestClient(console_app) as client:
        auditor = Console(client, email)
        assert auditor.sign_in().status_code == 303
        assert len(_seqs(auditor.get("/console/audit?provider=scoped-own").text)) == 2
        assert _seqs(auditor.get("/console/audit?provider=scoped-other").text) == []
        # an event of another tenant is "not found", not "forbidden": its existence does not leak
        from sqlalchemy import select

        from sluice.audit.storage.models import EventRow
        with console_app.state.services.sessions() as session:
            foreign = session.scalar(select(EventRow.seq).where(EventRow.tenant_id != acme,
                                                                EventRow.kind == "request").limit(1))
        assert auditor.get(f"/console/audit/events/{foreign}").status_code == 404


def test_an_interrupted_stream_is_listed_on_the_audit_page_and_a_completed_one_is_not(signed_in, console_app):
    from datetime import datetime, timedelta, timezone

    from sluice.audit.storage.log import append_events
    from sluice.gateway.database import transaction
    from tests.audit.helpers import sample_pair

    started = datetime.now(timezone.utc) - timedelta(minutes=5)
    cut = sample_pair(1, tenant=f"ten_{secrets.token_hex(4)}")[0].model_copy(update={"time": started})
    done = [e.model_copy(update={"time": started}) for e in sample_pair(2, tenant=cut.tenant_id)]
    with transaction(console_app.state.services.sessions) as session:
        cut_seq, done_seq, _ = (a.seq for a in append_events(session.connection(), [cut, *done]))
    auditor = signed_in("auditor")
    listed = re.search(r'<ul aria-label="Interrupted streams">(.*?)</ul>', auditor.get("/console/audit").text, re.S)
    assert f"/console/audit/events/{cut_seq}\"" in listed.group(1)
    assert f"/console/audit/events/{done_seq}\"" not in listed.group(1)
    detail = auditor.get(f"/console/audit/events/{cut_seq}").text
    assert "Stream intent" in detail and "req-1" in detail
