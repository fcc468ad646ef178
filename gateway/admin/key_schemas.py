"""Request and response bodies of the admin API for API keys and budgets.

Money goes in and out in the price table's currency units (``12.5`` is 12.50 USD); it is stored as
whole micro-units (millionths), so more than six decimals are rounded.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, conint, confloat

from sluice.gateway.bounds import PerMinute

BudgetTokens = conint(ge=0, le=10**15)
BudgetMoney = confloat(ge=0, le=10**9, allow_inf_nan=False)
Period = Literal["daily", "monthly"]
ModelList = list[str] | None


class KeyBudgetFields(BaseModel):
    budget_period: Period | None = Field(None, description="When the key's budget resets: daily or monthly (UTC)")
    budget_tokens: BudgetTokens | None = Field(None, description="Tokens (input + output) per period")
    budget_cost: BudgetMoney | None = Field(None, description="Money per period, priced by the price table")


class KeyIn(KeyBudgetFields):
    tenant_id: str
    name: str = Field("", max_length=200)
    expires_in_days: int | None = Field(None, ge=1, le=3650)
    expires_at: datetime | None = Field(None, description="Instead of expires_in_days: an exact time")
    rpm_limit: PerMinute | None = None
    tpm_limit: PerMinute | None = None
    allowed_models: ModelList = Field(None, max_length=200, description="Models the key may use; null: all")


class KeyPatch(KeyBudgetFields):
    """Only the fields sent are changed; ``null`` clears a limit, the expiry, the allow-list or the budget."""

    name: str | None = Field(None, max_length=200)
    expires_at: datetime | None = None
    rpm_limit: PerMinute | None = None
    tpm_limit: PerMinute | None = None
    allowed_models: ModelList = Field(None, max_length=200)


class RotateIn(BaseModel):
    overlap_seconds: conint(ge=0, le=30 * 86400) | None = Field(
        None, description="How long the old key keeps working (default SLUICE_KEY_ROTATION_OVERLAP_S)")


class KeyOut(BaseModel):
    id: str
    tenant_id: str
    name: str
    prefix: str
    state: str
    created_at: datetime
    expires_at: datetime | None
    last_used_at: datetime | None
    rpm_limit: int | None
    tpm_limit: int | None
    allowed_models: list[str] | None = None
    budget_period: str | None = None
    budget_tokens: int | None = None
    budget_cost: float | None = None
    replaced_by_id: str | None = None
    retires_at: datetime | None = None


class IssuedKeyOut(KeyOut):
    key: str = Field(description="The secret key. Shown once; store it now.")


class BudgetIn(BaseModel):
    period: Period | None = None
    tokens: BudgetTokens | None = None
    cost: BudgetMoney | None = None


class BudgetUsageOut(BaseModel):
    scope: str
    label: str
    period: str
    dimension: Literal["tokens", "cost"]
    used: float
    limit: float
    resets_at: datetime


class BudgetOut(BaseModel):
    period: str | None
    tokens: int | None
    cost: float | None
    currency: str
    usage: list[BudgetUsageOut]
