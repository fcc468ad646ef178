"""Admin API for adoption evaluations: suites, runs, reports, comparisons."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, Response

from sluice.gateway.admin.auth import client_address
from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.auth.deps import app_services, current_principal, require_roles
from sluice.gateway.auth.gated import admin_router
from sluice.gateway.auth.principal import Principal
from sluice.gateway.users.roles import Role
from sluice.gateway.services import Services
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import InvalidInput, NotFound
from sluice.gateway.evals import runs, suites
from sluice.gateway.evals.policy_pin import describe_policy_version
from sluice.gateway.evals.report import build_report, compare_reports, write_report_bundle
from sluice.gateway.evals.report_html import render_html
from sluice.gateway.evals.schemas import RunIn, SuiteImportIn, run_out, suite_out
from sluice.gateway.evals.suite_format import parse_suite, SuiteFormatError
from sluice.gateway.evals.tasks import start_run
from sluice.gateway.tenants.service import get_tenant

router = admin_router(prefix="/admin/api/evals", tags=["evaluations"])
RUNNERS = (Role.POLICY_AUTHOR, Role.POLICY_APPROVER)


def _tenant_for(principal: Principal, requested: str | None, session) -> str:
    """The tenant named (id or name), or the caller's own; another tenant's is "not found"."""
    ref = requested or principal.tenant_id
    if ref is None:
        raise InvalidInput(ErrorCode.TENANT_REQUIRED,
                           "name the tenant whose traffic the evaluation stands for",
                           param="tenant_id")
    tenant = get_tenant(session=session, ref=ref)
    if not principal.can_see_tenant(tenant.id):
        raise NotFound(ErrorCode.TENANT_NOT_FOUND, f"no tenant {ref!r}")
    return tenant.id


@router.get("/suites")
def list_suites(principal: Principal = Depends(current_principal), ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        return [suite_out(s) for s in suites.list_suites(session=session, tenant_id=principal.tenant_id)]


@router.get("/suites/{ref}/probes")
def suite_probes(ref: str, principal: Principal = Depends(current_principal), ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        suite = suites.get_suite(session=session, ref=ref, tenant_id=principal.tenant_id)
        return {"suite": suite_out(suite), "probes": [
            {"ordinal": p.ordinal, "category": p.category, "expected": p.expected, "messages": p.messages,
             "canary": p.canary, "leak_values": p.leak_values, "harmful": p.harmful}
            for p in suites.suite_probes(session=session, suite_id=suite.id)]}


@router.post("/suites", status_code=201)
def import_suite(body: SuiteImportIn, request: Request, principal: Principal = Depends(require_roles(*RUNNERS)),
                 ctx: Services = Depends(app_services)):
    with ctx.sessions() as session, session.begin():
        tenant_id = _tenant_for(principal, body.tenant_id, session)
        suite = suites.import_suite(session=session, name=body.name, text=body.content, fmt=body.format,
                                    tenant_id=tenant_id, created_by=principal.email, description=body.description)
        record_admin_action(session=session, actor=principal, action="eval.suite_imported", target_type="eval_suite",
                            target_id=suite.id, tenant_id=tenant_id,
                            after={"name": suite.name, "version": suite.version, "probes": suite.probe_count},
                            source_address=client_address(request))
        return suite_out(suite)


@router.post("/suites/validate")
def validate_suite(body: SuiteImportIn, _: Principal = Depends(current_principal)) -> dict:
    """Check a suite file without storing it: every problem with its line and field."""
    try:
        probes = parse_suite(body.content, body.format)
    except SuiteFormatError as exc:
        return {"valid": False, "problems": [{"line": p.line, "field": p.field, "message": p.message}
                                             for p in exc.problems]}
    return {"valid": True, "probes": len(probes), "problems": []}


@router.get("/runs")
def list_runs(principal: Principal = Depends(current_principal), ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        return [run_out(r) for r in runs.list_runs(session=session, tenant_id=principal.tenant_id)]


@router.post("/runs", status_code=202)
async def create_run(body: RunIn, request: Request, principal: Principal = Depends(require_roles(*RUNNERS)),
                     ctx: Services = Depends(app_services)):
    with ctx.sessions() as session, session.begin():
        tenant_id = _tenant_for(principal, body.tenant_id, session)
        suite = suites.get_suite(session=session, ref=body.suite, tenant_id=tenant_id)
        label = describe_policy_version(session=session, version_id=body.policy, tenant_id=tenant_id) \
            if body.policy else ""
        run = runs.create_run(session=session, suite=suite, tenant_id=tenant_id, provider=body.provider,
                              model=body.model, policy_ref=body.policy, policy_label=label,
                              created_by=principal.email, concurrency=body.concurrency,
                              rate_per_minute=body.rate_per_minute, max_tokens=body.max_tokens)
        record_admin_action(session=session, actor=principal, action="eval.run_started", target_type="eval_run",
                            target_id=run.id, tenant_id=tenant_id,
                            after={"suite": f"{suite.name}@{suite.version}", "provider": run.provider,
                                   "model": run.model, "policy": label or "active"},
                            source_address=client_address(request))
        out = run_out(run)
    start_run(ctx, out["id"])
    return out


@router.get("/runs/{run_id}")
def show_run(run_id: str, principal: Principal = Depends(current_principal), ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        return run_out(runs.get_run(session=session, run_id=run_id, tenant_id=principal.tenant_id))


@router.post("/runs/{run_id}/cancel")
def cancel(run_id: str, request: Request, principal: Principal = Depends(require_roles(*RUNNERS)),
           ctx: Services = Depends(app_services)):
    with ctx.sessions() as session, session.begin():
        run = runs.cancel_run(session=session, run=runs.get_run(session=session, run_id=run_id,
                                                                tenant_id=principal.tenant_id))
        record_admin_action(session=session, actor=principal, action="eval.run_cancelled", target_type="eval_run",
                            target_id=run.id, tenant_id=run.tenant_id, source_address=client_address(request))
        return run_out(run)


@router.get("/runs/{run_id}/report")
def report(run_id: str, format: str = "json", principal: Principal = Depends(current_principal),
           ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        document = build_report(session=session, run_id=run_id, tenant_id=principal.tenant_id)
    if format == "html":
        return HTMLResponse(render_html(document))
    if format != "json":
        raise InvalidInput(ErrorCode.INVALID_FORMAT, "format is json or html", param="format")
    return document


@router.get("/runs/{run_id}/bundle")
def bundle(run_id: str, request: Request, principal: Principal = Depends(current_principal),
           ctx: Services = Depends(app_services)):
    """The signed report bundle (JSON + HTML), verifiable offline with ``sluice audit verify``."""
    with ctx.sessions() as session, session.begin():
        document = build_report(session=session, run_id=run_id, tenant_id=principal.tenant_id)
        record_admin_action(session=session, actor=principal, action="eval.report_downloaded",
                            target_type="eval_run", target_id=run_id, tenant_id=document["run"]["tenant_id"],
                            source_address=client_address(request))
    signer = ctx.audit.signer()
    with tempfile.TemporaryDirectory() as tmp:
        path = write_report_bundle(Path(tmp) / "report.zip", document, signer)
        data = path.read_bytes()
    return Response(data, media_type="application/zip",
                    headers={"content-disposition": f'attachment; filename="sluice-eval-{run_id}.zip"'})


@router.get("/compare")
def compare(a: str, b: str, principal: Principal = Depends(current_principal), ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        first = build_report(session=session, run_id=a, tenant_id=principal.tenant_id)
        second = build_report(session=session, run_id=b, tenant_id=principal.tenant_id)
    return compare_reports(first, second)
