"""Budgets as stored: validating limits, and a tenant's budget (``tenant_budgets``). A key's own budget
is columns of the key (:mod:`sluice.gateway.keys.service`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import InvalidInput
from sluice.gateway.limits.budgets import Budget
from sluice.gateway.limits.models import TenantBudget
from sluice.gateway.limits.periods import PERIODS
from sluice.gateway.tenants.models import Tenant

MAX_BUDGET = 10**15  # tokens or micro-units; far beyond any real budget, within a signed 64-bit counter


@dataclass(frozen=True)
class BudgetLimits:
    """A budget as an administrator sets it; ``cost_micros`` in millionths of the price table's currency."""

    period: str | None = None
    tokens: int | None = None
    cost_micros: int | None = None

    @property
    def empty(self) -> bool:
        return self.tokens is None and self.cost_micros is None


def checked_limits(limits: BudgetLimits) -> BudgetLimits:
    """``limits`` validated (``invalid_budget``); an empty budget has no period."""
    for value, param in ((limits.tokens, "budget_tokens"), (limits.cost_micros, "budget_cost")):
        if value is not None and not 0 <= value <= MAX_BUDGET:
            raise InvalidInput(ErrorCode.INVALID_BUDGET, f"{param} must be between 0 and {MAX_BUDGET}", param=param)
    if limits.empty:
        return BudgetLimits()
    if limits.period not in PERIODS:
        raise InvalidInput(ErrorCode.INVALID_BUDGET, "a budget's period is 'daily' or 'monthly'",
                           param="budget_period")
    return limits


def tenant_budget(*, session: Session, tenant: Tenant) -> Budget | None:
    row = session.get(TenantBudget, tenant.id)
    if row is None or (row.tokens is None and row.cost_micros is None):
        return None
    return Budget(scope="tenant", subject=tenant.id, tenant_id=tenant.id, period=row.period, tokens=row.tokens,
                  cost_micros=row.cost_micros, label=f"tenant '{tenant.name}'")


def get_tenant_limits(*, session: Session, tenant: Tenant) -> BudgetLimits:
    row = session.get(TenantBudget, tenant.id)
    if row is None:
        return BudgetLimits()
    return BudgetLimits(period=row.period, tokens=row.tokens, cost_micros=row.cost_micros)


def set_tenant_budget(*, session: Session, tenant: Tenant, limits: BudgetLimits,
                      updated_by: str | None = None) -> BudgetLimits:
    """Set (or, with no limits, remove) a tenant's budget; returns what is now in force."""
    limits = checked_limits(limits)
    row = session.get(TenantBudget, tenant.id)
    if limits.empty:
        if row is not None:
            session.delete(row)
            session.flush()
        return limits
    if row is None:
        row = TenantBudget(tenant_id=tenant.id, period=limits.period)
        session.add(row)
    row.period, row.tokens, row.cost_micros, row.updated_by = (limits.period, limits.tokens, limits.cost_micros,
                                                               updated_by)
    session.flush()
    return limits
