"""Admin API: API keys (admin only). The secret appears once, in the create/rotate response.

Changes (PATCH), rotations and revocations are audited with the key's settings before and after.
"""

from __future__ import annotations

from datetime import timedelta

from fastapi import Body, Depends, Request

from sluice.gateway.admin.auth import client_address
from sluice.gateway.admin.key_schemas import BudgetOut, IssuedKeyOut, KeyIn, KeyOut, KeyPatch, RotateIn
from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.auth.deps import app_services, require_roles
from sluice.gateway.auth.gated import admin_router
from sluice.gateway.auth.principal import Principal
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import NotFound
from sluice.gateway.keys.lifecycle import UNSET, KeyChanges, key_budget, key_settings, rotate_key, update_key
from sluice.gateway.keys.models import ApiKey
from sluice.gateway.keys.presenters import audit_view, budget_out, key_out, money_to_micros
from sluice.gateway.keys.service import create_key, get_key, list_keys, revoke_key
from sluice.gateway.limits.service import BudgetLimits
from sluice.gateway.services import Services
from sluice.gateway.tenants.service import get_tenant

router = admin_router(prefix="/admin/api/keys", tags=["keys"])
BUDGET_FIELDS = ("budget_period", "budget_tokens", "budget_cost")


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
                            expires_at=body.expires_at, created_by=principal.email, rpm_limit=body.rpm_limit,
                            tpm_limit=body.tpm_limit, allowed_models=body.allowed_models,
                            budget=BudgetLimits(period=body.budget_period, tokens=body.budget_tokens,
                                                cost_micros=money_to_micros(body.budget_cost)))
        record_admin_action(session=session, actor=principal, action="key.created", target_type="api_key",
                            target_id=issued.record.id, tenant_id=tenant.id,
                            after={**audit_view(issued.record), **key_settings(issued.record)},
                            source_address=client_address(request))
        return {**key_out(issued.record), "key": issued.key}


def _owned_key(session, principal: Principal, key_id: str) -> ApiKey:
    return get_key(session=session, key_id=key_id[:64], tenant_id=principal.tenant_id)


def changes_from(body: KeyPatch, record: ApiKey) -> KeyChanges:
    """The PATCH body as a change: only the fields sent; budget fields merge with the key's budget."""
    sent = body.model_fields_set
    budget = UNSET
    if sent & set(BUDGET_FIELDS):
        budget = BudgetLimits(
            period=body.budget_period if "budget_period" in sent else record.budget_period,
            tokens=body.budget_tokens if "budget_tokens" in sent else record.budget_tokens,
            cost_micros=money_to_micros(body.budget_cost) if "budget_cost" in sent else record.budget_cost_micros)
    values = {name: getattr(body, name) for name in ("name", "expires_at", "rpm_limit", "tpm_limit", "allowed_models")
              if name in sent}
    if values.get("name", "") is None:
        values["name"] = ""
    return KeyChanges(**values, budget=budget)


@router.patch("/{key_id}", response_model=KeyOut)
def change(key_id: str, body: KeyPatch, request: Request, principal: Principal = Depends(require_roles()),
           ctx: Services = Depends(app_services)):
    with ctx.sessions() as session, session.begin():
        record = _owned_key(session, principal, key_id)
        before = key_settings(record)
        update_key(session=session, record=record, changes=changes_from(body, record))
        record_admin_action(session=session, actor=principal, action="key.changed", target_type="api_key",
                            target_id=record.id, tenant_id=record.tenant_id, before=before,
                            after=key_settings(record), source_address=client_address(request))
        return key_out(record)


@router.get("/{key_id}/budget", response_model=BudgetOut)
async def budget(key_id: str, principal: Principal = Depends(require_roles()),
                 ctx: Services = Depends(app_services)):
    """The key's own budget and what its lineage (the key and its rotated predecessors) used this period."""
    with ctx.sessions() as session:
        record = _owned_key(session, principal, key_id)
        own = key_budget(record)
        limits = BudgetLimits(period=record.budget_period, tokens=record.budget_tokens,
                              cost_micros=record.budget_cost_micros)
    usage = await ctx.budgets.usage([own] if own is not None else [])
    return budget_out(limits, usage, ctx.budgets.prices.currency)


@router.post("/{key_id}/revoke", response_model=KeyOut)
def revoke(key_id: str, request: Request, principal: Principal = Depends(require_roles()),
           ctx: Services = Depends(app_services)):
    with ctx.sessions() as session, session.begin():
        record = _owned_key(session, principal, key_id)
        before = audit_view(record)
        revoke_key(session=session, record=record)
        record_admin_action(session=session, actor=principal, action="key.revoked", target_type="api_key",
                            target_id=record.id, tenant_id=record.tenant_id, before=before,
                            after=audit_view(record), source_address=client_address(request))
        return key_out(record)


@router.post("/{key_id}/rotate", response_model=IssuedKeyOut, status_code=201)
def rotate(key_id: str, request: Request, body: RotateIn | None = Body(None),
           principal: Principal = Depends(require_roles()), ctx: Services = Depends(app_services)):
    """Issue a successor with the same settings; the old key keeps working until ``retires_at``."""
    seconds = body.overlap_seconds if body is not None and body.overlap_seconds is not None \
        else ctx.settings.key_rotation_overlap_s
    with ctx.sessions() as session, session.begin():
        record = _owned_key(session, principal, key_id)
        before = audit_view(record)
        issued = rotate_key(session=session, record=record, secret=ctx.settings.secret_bytes,
                            overlap=timedelta(seconds=seconds), created_by=principal.email)
        record_admin_action(session=session, actor=principal, action="key.rotated", target_type="api_key",
                            target_id=record.id, tenant_id=record.tenant_id, before=before,
                            after={**audit_view(record), "retires_at": record.retires_at.isoformat(),
                                   "replacement_id": issued.record.id, "replacement_prefix": issued.record.prefix},
                            source_address=client_address(request))
        return {**key_out(issued.record), "key": issued.key}
