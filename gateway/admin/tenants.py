"""Admin API: tenants (admin creates; everyone signed in may list what they can see)."""

from __future__ import annotations

from fastapi import Depends, Request

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.admin.auth import client_address
from sluice.gateway.admin.schemas import TenantIn, TenantOut
from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.auth.deps import app_services, current_principal, require_deployment_admin
from sluice.gateway.auth.gated import admin_router
from sluice.gateway.auth.principal import Principal
from sluice.gateway.errors import NotFound
from sluice.gateway.services import Services
from sluice.gateway.tenants.service import create_tenant, get_tenant, list_tenants

router = admin_router(prefix="/admin/api/tenants", tags=["tenants"])


@router.get("", response_model=list[TenantOut])
def index(principal: Principal = Depends(current_principal), ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        return [TenantOut.model_validate(t) for t in list_tenants(session=session) if principal.can_see_tenant(t.id)]


@router.post("", response_model=TenantOut, status_code=201)
def create(body: TenantIn, request: Request, principal: Principal = Depends(require_deployment_admin()),
           ctx: Services = Depends(app_services)):
    with ctx.sessions() as session, session.begin():
        tenant = create_tenant(session=session, name=body.name, display_name=body.display_name)
        record_admin_action(session=session, actor=principal, action="tenant.created", target_type="tenant",
                            target_id=tenant.id, tenant_id=tenant.id, after={"name": tenant.name},
                            source_address=client_address(request))
        return TenantOut.model_validate(tenant)


@router.get("/{tenant_id}", response_model=TenantOut)
def show(tenant_id: str, principal: Principal = Depends(current_principal), ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        tenant = get_tenant(session=session, ref=tenant_id)
        if not principal.can_see_tenant(tenant.id):
            raise NotFound(ErrorCode.TENANT_NOT_FOUND, f"no tenant {tenant_id!r}")
        return TenantOut.model_validate(tenant)
