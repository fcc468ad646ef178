"""Changing an API key after it was issued: its name, limits, expiry, model allow-list and budget, and
rotation with an overlap (the successor is issued at once; the old key works until the overlap ends).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from sluice.gateway.database import utcnow
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Conflict, InvalidInput
from sluice.gateway.keys.models import ApiKey
from sluice.gateway.keys.service import (IssuedKey, apply_budget, checked_expiry, checked_models,
                                         checked_rate_limit, create_key)
from sluice.gateway.limits.budgets import Budget
from sluice.gateway.limits.service import BudgetLimits, tenant_budget
from sluice.gateway.tenants.models import Tenant

MAX_OVERLAP = timedelta(days=30)


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()  # a field of KeyChanges that the change leaves as it is


@dataclass(frozen=True)
class KeyChanges:
    """What a change sets; fields left UNSET keep their value, None clears where that means something."""

    name: str = UNSET
    expires_at: datetime | None = UNSET
    rpm_limit: int | None = UNSET
    tpm_limit: int | None = UNSET
    allowed_models: list[str] | None = UNSET
    budget: BudgetLimits = UNSET


def key_settings(record: ApiKey) -> dict:
    """Everything an administrator can change, as the audit log records it before and after a change."""
    return {"name": record.name, "expires_at": record.expires_at.isoformat() if record.expires_at else None,
            "rpm_limit": record.rpm_limit, "tpm_limit": record.tpm_limit, "allowed_models": record.allowed_models,
            "budget_period": record.budget_period, "budget_tokens": record.budget_tokens,
            "budget_cost_micros": record.budget_cost_micros}


def _require_changeable(record: ApiKey, now: datetime, action: str) -> None:
    state = record.state(now)
    if state not in ("active", "rotating") or (action == "rotate" and state == "rotating"):
        hint = " rotate its successor instead" if state == "rotating" else " issue a new key instead"
        raise Conflict(ErrorCode.KEY_NOT_ACTIVE, f"the key is {state}, so it cannot be {action}d;{hint}")


def update_key(*, session: Session, record: ApiKey, changes: KeyChanges) -> ApiKey:
    """Apply ``changes`` to an active key (validated as at creation). Takes effect on /v1 within the key
    cache's lifetime (``SLUICE_KEY_CACHE_TTL_S``)."""
    now = utcnow()
    _require_changeable(record, now, "change")
    given = {f.name: getattr(changes, f.name) for f in fields(changes) if getattr(changes, f.name) is not UNSET}
    if "name" in given:
        if not isinstance(given["name"], str) or len(given["name"]) > 200:
            raise InvalidInput(ErrorCode.INVALID_REQUEST, "name is at most 200 characters", param="name")
        record.name = given["name"]
    if "expires_at" in given:
        record.expires_at = checked_expiry(given["expires_at"], now)
    for param in ("rpm_limit", "tpm_limit"):
        if param in given:
            setattr(record, param, checked_rate_limit(given[param], param))
    if "allowed_models" in given:
        record.allowed_models = checked_models(given["allowed_models"])
    if "budget" in given:
        apply_budget(record, given["budget"])
    session.flush()
    return record


def rotate_key(*, session: Session, record: ApiKey, secret: bytes, overlap: timedelta,
               created_by: str | None = None) -> IssuedKey:
    """Issue a successor with the same tenant, name, expiry, limits, allow-list and budget (the budget's
    counters are shared: a rotation does not refill it). The old key keeps working for ``overlap``
    (0: it stops at once), then is refused with ``api_key_rotated``."""
    if not timedelta(0) <= overlap <= MAX_OVERLAP:
        raise InvalidInput(ErrorCode.INVALID_OVERLAP, "the overlap is 0 seconds to 30 days", param="overlap_seconds")
    now = utcnow()
    _require_changeable(record, now, "rotate")
    issued = create_key(
        session=session, tenant=session.get(Tenant, record.tenant_id), secret=secret, name=record.name,
        expires_at=record.expires_at, created_by=created_by, rpm_limit=record.rpm_limit,
        tpm_limit=record.tpm_limit, allowed_models=record.allowed_models, lineage_id=record.budget_subject,
        budget=BudgetLimits(period=record.budget_period, tokens=record.budget_tokens,
                            cost_micros=record.budget_cost_micros),
    )
    record.replaced_by_id = issued.record.id
    record.retires_at = now + overlap
    session.flush()
    return issued


def key_label(record: ApiKey) -> str:
    return f"API key '{record.name}' ({record.prefix})" if record.name else f"API key {record.prefix}"


def key_budget(record: ApiKey) -> Budget | None:
    if record.budget_period is None or (record.budget_tokens is None and record.budget_cost_micros is None):
        return None
    return Budget(scope="key", subject=record.budget_subject, tenant_id=record.tenant_id,
                  period=record.budget_period, tokens=record.budget_tokens, cost_micros=record.budget_cost_micros,
                  label=key_label(record))


def budgets_of_key(*, session: Session, record: ApiKey, tenant: Tenant) -> tuple[Budget, ...]:
    """Every budget a request with this key draws on: the key's (lineage's) own, then its tenant's."""
    return tuple(b for b in (key_budget(record), tenant_budget(session=session, tenant=tenant)) if b is not None)
