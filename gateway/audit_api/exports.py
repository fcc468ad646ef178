"""Admin API: export jobs (request, status and progress, download). Roles: admin, auditor.

Requesting an export and every download are themselves audit events. Without a broker the job runs
in-process after the response; with one it goes to a Celery worker.
"""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import BackgroundTasks, Depends, Request
from fastapi.responses import FileResponse

from sluice.audit import runtime as audit_runtime
from sluice.audit import service
from sluice.audit.tasks import export_task
from sluice.gateway.admin.auth import client_address
from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.audit_api.common import AUDIT_READERS, audit_errors, ensure_visible, scoped_filter
from sluice.gateway.audit_api.schemas import ExportIn, ExportOut
from sluice.gateway.auth.deps import app_services
from sluice.gateway.auth.gated import admin_router
from sluice.gateway.auth.principal import Principal
from sluice.gateway.services import Services
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Conflict, NotFound

log = logging.getLogger("sluice.audit")

router = admin_router(prefix="/admin/api/audit/exports", tags=["audit"])


def _run_in_process(export_id: str) -> None:
    try:
        service.run_export_job(audit_runtime.get(), export_id)
    except Exception as exc:  # noqa: BLE001 - recorded on the job as "failed"
        log.error("export failed", extra={"export_id": export_id, "error_type": type(exc).__name__})


def _dispatch(ctx: Services, background: BackgroundTasks, export_id: str) -> None:
    if ctx.settings.broker_url is None:
        background.add_task(_run_in_process, export_id)
        return
    ctx.celery.send_task(export_task.name, args=[export_id])


def _job(ctx: Services, principal: Principal, export_id: str):
    with ctx.engine.connect() as conn:
        job = service.export_job(conn, export_id)
    if job is None:
        raise NotFound(ErrorCode.EXPORT_NOT_FOUND, f"export {export_id} does not exist")
    ensure_visible(principal, job.tenant_id, f"export {export_id}")
    return job


@router.post("", response_model=ExportOut, status_code=202, summary="Request an export bundle")
def request_export(body: ExportIn, request: Request, background: BackgroundTasks,
                   principal: Principal = Depends(AUDIT_READERS), ctx: Services = Depends(app_services)):
    flt = scoped_filter(principal, tenant_id=body.tenant_id, since=body.since, until=body.until, model=body.model,
                        outcome=body.outcome, kind=body.kind)
    with ctx.sessions() as session, session.begin():
        export_id = service.create_export_job(session.connection(), flt=flt, fmt=body.format,
                                              requested_by=principal.email)
        record_admin_action(session=session, actor=principal, action="audit.export_requested",
                            target_type="audit_export", target_id=export_id, tenant_id=flt.tenant_id,
                            after={"filters": flt.to_dict(), "format": body.format},
                            source_address=client_address(request))
    with audit_errors():
        _dispatch(ctx, background, export_id)
    return service.export_view(_job(ctx, principal, export_id))


@router.get("", response_model=list[ExportOut], summary="Export jobs the caller can see")
def list_exports(principal: Principal = Depends(AUDIT_READERS), ctx: Services = Depends(app_services)):
    with ctx.engine.connect() as conn:
        return service.list_export_jobs(conn, tenant_id=principal.tenant_id)


@router.get("/{export_id}", response_model=ExportOut, summary="Status and progress of an export")
def show_export(export_id: str, principal: Principal = Depends(AUDIT_READERS),
                ctx: Services = Depends(app_services)):
    return service.export_view(_job(ctx, principal, export_id))


@router.get("/{export_id}/download", summary="Download a finished export bundle (.zip)",
            response_class=FileResponse)
def download_export(export_id: str, request: Request, principal: Principal = Depends(AUDIT_READERS),
                    ctx: Services = Depends(app_services)):
    job = _job(ctx, principal, export_id)
    if job.status != "done" or not job.path or not Path(job.path).is_file():
        raise Conflict(ErrorCode.EXPORT_NOT_READY,
                       f"export {export_id} is {job.status}; download it once it is done")
    with ctx.sessions() as session, session.begin():
        record_admin_action(session=session, actor=principal, action="audit.export_downloaded",
                            target_type="audit_export", target_id=export_id, tenant_id=job.tenant_id,
                            after={"sha256": job.sha256}, source_address=client_address(request))
    return FileResponse(job.path, media_type="application/zip", filename=f"sluice-audit-{export_id}.zip")
