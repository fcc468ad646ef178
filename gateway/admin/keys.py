"""Admin API: API keys (admin only). The secret appears once, in the create/rotate response."""

from __future__ import annotations

from datetime import timedelta

from fastapi import Depends, Request

from sluice.gateway.admin.auth import client_address
from sluice.gateway.admin.schemas import IssuedKeyOut, KeyIn, KeyOut
from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.auth.deps import app_services, require_roles
from sluice.gateway.auth.gated import admin_router
from sluice.gateway.auth.principal import Principal
from sluice.gateway.services import Services
from sluice.gateway.database import utcnow
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import NotFound
from sluice.gateway.keys.models import ApiKey
from sluice.gateway.keys.service import create_key, get_key, list_keys, revoke_key, rotate_key
from sluice.gateway.tenants.service import get_tenant

router = admin_router(prefix="/admin/api/keys", tags=["keys"])


def key_out(record: ApiKey) -> dict:
    return {"id": record.id, "tenant_id": record.tenant_id, "name": record.name, "prefix": record.prefix,
            "state": record.state(utcnow()), "created_at": record.created_at, "expires_at": record.expires_at,
            "last_used_at": record.last_used_at, "rpm_limit": record.rpm_limit, "tpm_limit": record.tpm_limit}


def _audit_view(record: ApiKey) -> dict:
    return {"prefix": record.prefix, "name": record.name, "state": record.state(utcnow())}


@router.get("", response_model=list[KeyOut])
def index(tenant_id: str | None = None, principal: Principal = Depends(require_roles()),
          ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        return [key_out(k) for k in list_keys(session=session, tenant_id=principal.scope(tenant_id))]


@router.post("", response_model=IssuedKeyOut, status_code=201)
def create(body: KeyIn, request: Request, principal: Principal = Depends(require_roles()),
           ctx: Services = Depends(app_services)):
    with ctx.sessions() as session, session.begin():
        tenant = get_tenant(session=session, ref=body.tenant_id)
        if not principal.can_see_tenant(tenant.id):
            raise NotFound(ErrorCode.TENANT_NOT_FOUND, f"no tenant {body.tenant_id!r}")
        issued = create_key(session=session, tenant=tenant, secret=ctx.settings.secret_bytes, name=body.name,
                            expires_in=timedelta(days=body.expires_in_days) if body.expires_in_days else None,
                            created_by=principal.email, rpm_limit=body.rpm_limit, tpm_limit=body.tpm_limit)
        record_admin_action(session=session, actor=principal, action="key.created", target_type="api_key",
                            target_id=issued.record.id, tenant_id=tenant.id, after=_audit_view(issued.record),
                            source_address=client_address(request))
        return {**key_out(issued.record), "key": issued.key}


def _owned_key(session, principal: Principal, key_id: str) -> ApiKey:
    return get_key(session=session, key_id=key_id, tenant_id=principal.tenant_id)


@router.post("/{key_id}/revoke", response_model=KeyOut)
def revoke(key_id: str, request: Request, principal: Principal = Depends(require_roles()),
           ctx: Services = Depends(app_services)):
    with ctx.sessions() as session, session.begin():
        record = _owned_key(session, principal, key_id)
        before = _audit_view(record)
        revoke_key(session=session, record=record)
        record_admin_action(session=session, actor=principal, action="key.revoked", target_type="api_key",
                            target_id=record.id, tenant_id=record.tenant_id, before=before,
                            after=_audit_view(record), source_address=client_address(request))
        return key_out(record)


@router.post("/{key_id}/rotate", response_model=IssuedKeyOut, status_code=201)
def rotate(key_id: str, request: Request, principal: Principal = Depends(require_roles()),
           ctx: Services = Depends(app_services)):
    with ctx.sessions() as session, session.begin():
        record = _owned_key(session, principal, key_id)
        issued = rotate_key(session=session, record=record, secret=ctx.settings.secret_bytes,
                            created_by=principal.email)
        record_admin_action(session=session, actor=principal, action="key.rotated", target_type="api_key",
                            target_id=record.id, tenant_id=record.tenant_id, before=_audit_view(record),
                            after={"replacement_id": issued.record.id, **_audit_view(issued.record)},
                            source_address=client_address(request))
        return {**key_out(issued.record), "key": issued.key}
