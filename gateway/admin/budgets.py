"""Admin API: tenants' budgets (tokens and money per period, over all of a tenant's keys) and the price
table money budgets are counted with."""

from __future__ import annotations

from fastapi import Depends, Request

from sluice.gateway.admin.auth import client_address
from sluice.gateway.admin.key_schemas import BudgetIn, BudgetOut
from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.auth.deps import app_services, require_deployment_admin, require_roles
from sluice.gateway.auth.gated import admin_router
from sluice.gateway.auth.principal import Principal
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import NotFound
from sluice.gateway.keys.presenters import budget_out, money_to_micros
from sluice.gateway.limits.service import BudgetLimits, get_tenant_limits, set_tenant_budget, tenant_budget
from sluice.gateway.services import Services
from sluice.gateway.tenants.service import get_tenant

router = admin_router(prefix="/admin/api/budgets", tags=["budgets"])


def _tenant(session, principal: Principal, ref: str):
    tenant = get_tenant(session=session, ref=ref[:63])
    if not principal.can_see_tenant(tenant.id):
        raise NotFound(ErrorCode.TENANT_NOT_FOUND, f"no tenant {ref[:63]!r}")
    return tenant


@router.get("/prices")
async def prices(principal: Principal = Depends(require_roles()), ctx: Services = Depends(app_services)) -> dict:
    """The price table (per 1M input and output tokens), from ``SLUICE_PRICES_FILE``."""
    return ctx.budgets.prices.as_dict()


@router.get("/tenants/{tenant}", response_model=BudgetOut)
async def show(tenant: str, principal: Principal = Depends(require_roles()), ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        row = _tenant(session, principal, tenant)
        limits, budget = get_tenant_limits(session=session, tenant=row), tenant_budget(session=session, tenant=row)
    usage = await ctx.budgets.usage([budget] if budget is not None else [])
    return budget_out(limits, usage, ctx.budgets.prices.currency)


@router.put("/tenants/{tenant}", response_model=BudgetOut)
async def put(tenant: str, body: BudgetIn, request: Request,
              principal: Principal = Depends(require_deployment_admin()), ctx: Services = Depends(app_services)):
    """Set the tenant's budget (all limits null: remove it). Only a deployment-wide administrator may: a
    tenant's own administrators cannot lift the limit set on them. Applies within ``SLUICE_KEY_CACHE_TTL_S``."""
    with ctx.sessions() as session, session.begin():
        row = _tenant(session, principal, tenant)
        before = get_tenant_limits(session=session, tenant=row)
        limits = set_tenant_budget(session=session, tenant=row, updated_by=principal.email,
                                   limits=BudgetLimits(period=body.period, tokens=body.tokens,
                                                       cost_micros=money_to_micros(body.cost)))
        record_admin_action(session=session, actor=principal, action="tenant.budget_changed", target_type="tenant",
                            target_id=row.id, tenant_id=row.id, before=before.__dict__, after=limits.__dict__,
                            source_address=client_address(request))
        budget = tenant_budget(session=session, tenant=row)
    usage = await ctx.budgets.usage([budget] if budget is not None else [])
    return budget_out(limits, usage, ctx.budgets.prices.currency)
