"""Admin API: providers (deployment-wide administrators change them; every signed-in user may read).

A provider serves every tenant, so an administrator limited to one tenant may not create, change or
remove one: pointing a shared provider elsewhere would send every tenant's traffic there.
"""

from __future__ import annotations

from fastapi import Depends, Request

from sluice.gateway.admin.auth import client_address
from sluice.gateway.admin.schemas import ProviderIn, ProviderPatch
from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.auth.deps import app_services, current_principal, require_deployment_admin
from sluice.gateway.auth.gated import admin_router
from sluice.gateway.auth.principal import Principal
from sluice.gateway.services import Services
from sluice.gateway.providers.service import create_provider, delete_provider, get_provider, list_providers, snapshot, update_provider

router = admin_router(prefix="/admin/api/providers", tags=["providers"])


@router.get("")
def index(_: Principal = Depends(current_principal), ctx: Services = Depends(app_services)) -> list[dict]:
    with ctx.sessions() as session:
        return [snapshot(p) for p in list_providers(session=session)]


@router.post("", status_code=201)
def create(body: ProviderIn, request: Request, principal: Principal = Depends(require_deployment_admin()),
           ctx: Services = Depends(app_services)) -> dict:
    values = body.model_dump()
    with ctx.sessions() as session, session.begin():
        provider = create_provider(session=session, secret=ctx.settings.secret_bytes, **values)
        after = snapshot(provider)
        record_admin_action(session=session, actor=principal, action="provider.created", target_type="provider",
                            target_id=provider.id, after=after, source_address=client_address(request))
    return after


@router.patch("/{ref}")
def update(ref: str, body: ProviderPatch, request: Request, principal: Principal = Depends(require_deployment_admin()),
           ctx: Services = Depends(app_services)) -> dict:
    with ctx.sessions() as session, session.begin():
        provider = get_provider(session=session, ref=ref)
        before = snapshot(provider)
        update_provider(session=session, provider=provider, secret=ctx.settings.secret_bytes,
                        changes=body.model_dump(exclude_unset=True))
        after = snapshot(provider)
        record_admin_action(session=session, actor=principal, action="provider.changed", target_type="provider",
                            target_id=provider.id, before=before, after=after, source_address=client_address(request))
    return after


@router.delete("/{ref}", status_code=204)
def delete(ref: str, request: Request, principal: Principal = Depends(require_deployment_admin()),
           ctx: Services = Depends(app_services)) -> None:
    with ctx.sessions() as session, session.begin():
        provider = get_provider(session=session, ref=ref)
        before = snapshot(provider)
        delete_provider(session=session, provider=provider)
        record_admin_action(session=session, actor=principal, action="provider.deleted", target_type="provider",
                            target_id=before["id"], before=before, source_address=client_address(request))
