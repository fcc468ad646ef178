"""Admin API: audit event search, one event, inclusion and consistency proofs, checkpoints, public key.

Roles: admin, auditor. A tenant-scoped user only ever sees their own tenant's events.
"""

from __future__ import annotations

from datetime import datetime

from fastapi import Depends, Query
from fastapi.responses import PlainTextResponse

from sluice.audit import runtime as audit_runtime
from sluice.audit import service
from sluice.audit.storage.tree import latest_checkpoint
from sluice.gateway.audit_api.common import AUDIT_READERS, audit_errors, ensure_visible, scoped_filter
from sluice.gateway.auth.deps import app_services, require_deployment_admin, require_roles
from sluice.gateway.auth.gated import admin_router
from sluice.gateway.auth.principal import Principal
from sluice.gateway.bounds import AuditSeq
from sluice.gateway.services import Services
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import NotFound

router = admin_router(prefix="/admin/api/audit", tags=["audit"])


@router.get("/events", summary="Search events, newest first (keyset pagination)")
def search_events(tenant_id: str | None = None, kind: str | None = None, model: str | None = None,
                  outcome: str | None = None, since: datetime | None = None, until: datetime | None = None,
                  before_seq: AuditSeq | None = Query(None, description="`next_before` of the previous page"),
                  limit: int = Query(50, ge=1, le=500), principal: Principal = Depends(AUDIT_READERS),
                  ctx: Services = Depends(app_services)) -> dict:
    flt = scoped_filter(principal, tenant_id=tenant_id, since=since, until=until, model=model, outcome=outcome,
                        kind=kind)
    with ctx.engine.connect() as conn:
        return service.search(conn, flt, before_seq=before_seq, limit=limit)


def _visible_event(conn, principal: Principal, seq: int) -> dict:
    with audit_errors():
        event = service.get_event(conn, seq)
    ensure_visible(principal, event["tenant_id"], f"event {seq}")
    return event


@router.get("/events/{seq}", summary="One event with its leaf hash")
def show_event(seq: AuditSeq, principal: Principal = Depends(AUDIT_READERS), ctx: Services = Depends(app_services)):
    with ctx.engine.connect() as conn:
        return _visible_event(conn, principal, seq)


@router.get("/events/{seq}/proof", summary="Inclusion proof of an event against a signed checkpoint")
def event_proof(seq: AuditSeq, tree_size: AuditSeq | None = None, principal: Principal = Depends(AUDIT_READERS),
                ctx: Services = Depends(app_services)):
    with ctx.engine.connect() as conn:
        _visible_event(conn, principal, seq)
        with audit_errors():
            return service.inclusion(conn, seq=seq, tree_size=tree_size)


@router.get("/checkpoints/latest", summary="The latest signed checkpoint")
def latest(principal: Principal = Depends(AUDIT_READERS), ctx: Services = Depends(app_services)):
    with ctx.engine.connect() as conn:
        row = latest_checkpoint(conn)
    if row is None:
        raise NotFound(ErrorCode.CHECKPOINT_NOT_FOUND, "no checkpoint has been signed yet")
    return service.checkpoint_view(row)


@router.post("/checkpoints", summary="Sign a checkpoint now (deployment-wide admin)")
def sign_now(principal: Principal = Depends(require_deployment_admin("sign audit checkpoints")),
             ctx: Services = Depends(app_services)):
    with audit_errors():
        return service.make_checkpoint(audit_runtime.get())


@router.get("/consistency", summary="Consistency proof between two checkpoints (by tree size)")
def consistency(first: AuditSeq, second: AuditSeq,
                principal: Principal = Depends(AUDIT_READERS), ctx: Services = Depends(app_services)):
    with ctx.engine.connect() as conn, audit_errors():
        return service.consistency(conn, first=first, second=second)


@router.get("/public-key", summary="The log's verifier key (for `sluice audit verify --public-key`)",
            response_class=PlainTextResponse)
def public_key(principal: Principal = Depends(AUDIT_READERS)):
    with audit_errors():
        return audit_runtime.get().signer().verifier.text() + "\n"
