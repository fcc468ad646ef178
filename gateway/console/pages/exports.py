"""Audit exports: request one (filters, format), watch its progress, download the signed bundle, and
see who exported what (admin, auditor). Requests and downloads are audit events themselves."""

from __future__ import annotations

from pathlib import Path

from fastapi import BackgroundTasks, Request
from fastapi.responses import FileResponse

from sluice.audit import service
from sluice.audit.errors import AuditError
from sluice.audit.export.formats import get_format
from sluice.gateway.audit_api.exports import _dispatch as dispatch_export
from sluice.gateway.users.roles import Role
from sluice.gateway.console import audit_query, forms, web
from sluice.gateway.console.signed_in import page_router
from sluice.gateway.tenants.service import list_tenants

router = page_router("/console/exports")
READERS = (Role.AUDITOR,)
FORMATS = (("jsonl", "JSON Lines"), ("csv", "CSV"), ("ocsf", "OCSF (for SIEMs)"))


def _page(request: Request, user: web.ConsoleUser, *, errors=None, values=None, status=200):
    ctx = web.ctx_of(request)
    with ctx.sessions() as session:
        tenants = [t for t in list_tenants(session=session) if user.principal.can_see_tenant(t.id)]
    with ctx.engine.connect() as conn:
        jobs = service.list_export_jobs(conn, tenant_id=user.tenant_id)
    names = {t.id: t.name for t in tenants}
    busy = any(job["status"] in ("queued", "running") for job in jobs)
    return web.render(request, "exports.html", user, status=status, title="Exports", active="exports", jobs=jobs,
                      busy=busy, tenant_names=names, formats=FORMATS, errors=errors or {}, values=values or {},
                      tenant_options=[(t.name, t.display_name or t.name) for t in tenants])


@router.get("")
def index(request: Request):
    user = web.console_user(request)
    web.require(user, *READERS, action="export the audit log")
    return _page(request, user)


@router.post("")
def request_export(request: Request, background: BackgroundTasks, form: dict = web.FORM):
    user = web.guard(request, form, *READERS, action="export the audit log")
    errors = forms.FormErrors()
    fmt = form.get("format", "jsonl")
    if fmt not in dict(FORMATS):
        errors.add("format", "Choose JSON Lines, CSV or OCSF.")
    ctx = web.ctx_of(request)
    with ctx.sessions() as session:
        by_name = {t.name: t.id for t in list_tenants(session=session) if user.principal.can_see_tenant(t.id)}
    tenant_ref = form.get("tenant", "")
    if tenant_ref and tenant_ref not in by_name:
        errors.add(user.tenant_field("tenant"), "Choose one of your tenants.")
    query = audit_query.parse({k: form.get(k, "") for k in ("since", "until", "model", "outcome", "kind")},
                              tenant_id=user.tenant_id or by_name.get(tenant_ref), errors=errors)
    if errors:
        return _page(request, user, errors=errors, values=form, status=400)
    flt = query.indexed
    try:
        get_format(fmt)
        with ctx.sessions() as session, session.begin():
            export_id = service.create_export_job(session.connection(), flt=flt, fmt=fmt, requested_by=user.email)
            web.audit_event(request, user, session, action="audit.export_requested",
                            target_type="audit_export", target_id=export_id, tenant_id=flt.tenant_id,
                            after={"filters": flt.to_dict(), "format": fmt})
        dispatch_export(ctx, background, export_id)
    except (AuditError, KeyError, ValueError) as exc:
        errors.add("_form", f"The export could not be started: {getattr(exc, 'message', str(exc))}")
        return _page(request, user, errors=errors, values=form, status=503)
    return web.redirect("/console/exports?done=export_requested")


@router.get("/{export_id}/download")
def download(request: Request, export_id: str):
    user = web.console_user(request)
    web.require(user, *READERS, action="download audit exports")
    ctx = web.ctx_of(request)
    with ctx.engine.connect() as conn:
        job = service.export_job(conn, export_id[:64])
    visible = job is not None and (user.tenant_id is None or job.tenant_id == user.tenant_id)
    if not visible:
        return web.render(request, "error.html", user, status=404, title="Export not found",
                          message="There is no such export that you can see.")
    if job.status != "done" or not job.path or not Path(job.path).is_file():
        return web.render(request, "error.html", user, status=409, title="Export not ready",
                          message=f"This export is {job.status}; download it once it is done.")
    with ctx.sessions() as session, session.begin():
        web.audit_event(request, user, session, action="audit.export_downloaded", target_type="audit_export",
                        target_id=job.id, tenant_id=job.tenant_id, after={"sha256": job.sha256})
    return FileResponse(job.path, media_type="application/zip", filename=f"sluice-audit-{job.id}.zip",
                        headers={"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"})
