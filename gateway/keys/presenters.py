"""API keys and budgets as the admin API, the CLI and the console show them (never the secret)."""

from __future__ import annotations

from datetime import datetime

from sluice.gateway.database import utcnow
from sluice.gateway.keys.models import ApiKey
from sluice.gateway.limits.budgets import COST, BudgetUsage
from sluice.gateway.limits.service import BudgetLimits

MICROS = 1_000_000


def money_to_micros(amount: float | None) -> int | None:
    return None if amount is None else round(amount * MICROS)


def micros_to_money(micros: int | None) -> float | None:
    return None if micros is None else micros / MICROS


def key_out(record: ApiKey, now: datetime | None = None) -> dict:
    return {"id": record.id, "tenant_id": record.tenant_id, "name": record.name, "prefix": record.prefix,
            "state": record.state(now or utcnow()), "created_at": record.created_at,
            "expires_at": record.expires_at, "last_used_at": record.last_used_at, "rpm_limit": record.rpm_limit,
            "tpm_limit": record.tpm_limit, "allowed_models": record.allowed_models,
            "budget_period": record.budget_period, "budget_tokens": record.budget_tokens,
            "budget_cost": micros_to_money(record.budget_cost_micros), "replaced_by_id": record.replaced_by_id,
            "retires_at": record.retires_at}


def audit_view(record: ApiKey) -> dict:
    """What the audit log says of a key next to an action (no secret, no hash)."""
    return {"prefix": record.prefix, "name": record.name, "state": record.state(utcnow())}


def budget_out(limits: BudgetLimits, usage: list[BudgetUsage], currency: str) -> dict:
    return {"period": limits.period, "tokens": limits.tokens, "cost": micros_to_money(limits.cost_micros),
            "currency": currency, "usage": [usage_out(u) for u in usage]}


def usage_out(u: BudgetUsage) -> dict:
    scale = (lambda v: v / MICROS) if u.dim == COST else (lambda v: v)
    return {"scope": u.budget.scope, "label": u.budget.label, "period": u.budget.period, "dimension": u.dim,
            "used": scale(u.used), "limit": scale(u.limit), "resets_at": u.resets_at}
