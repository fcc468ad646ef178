"""Reading a key's settings from a console form (creation and the edit page share the fields)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import anyio.from_thread

from sluice.gateway.console import forms
from sluice.gateway.keys.presenters import money_to_micros
from sluice.gateway.limits.budgets import Budget, BudgetGuard, BudgetUsage
from sluice.gateway.limits.periods import PERIODS
from sluice.gateway.limits.service import BudgetLimits

SETTING_FIELDS = ("name", "rpm_limit", "tpm_limit", "allowed_models", "budget_period", "budget_tokens",
                  "budget_cost", "expires_on", "expires_in_days", "overlap_hours")
PERIOD_OPTIONS = [(p, p.capitalize()) for p in PERIODS]


@dataclass
class KeySettingsForm:
    name: str
    rpm_limit: int | None
    tpm_limit: int | None
    allowed_models: list[str] | None
    budget: BudgetLimits


def read_budget(form: dict[str, str], errors: forms.FormErrors, *, prefix: str = "budget_") -> BudgetLimits:
    tokens = forms.optional_int(form, f"{prefix}tokens", errors, label="Token budget", maximum=10**15)
    cost = forms.optional_float(form, f"{prefix}cost", errors, label="Money budget", maximum=1e9)
    period = form.get(f"{prefix}period", "").strip() or None
    if (tokens is not None or cost is not None) and period not in PERIODS:
        errors.add(f"{prefix}period", "Choose when the budget resets: daily or monthly.")
    return BudgetLimits(period=period, tokens=tokens, cost_micros=money_to_micros(cost))


def read_key_settings(form: dict[str, str], errors: forms.FormErrors) -> KeySettingsForm:
    models = forms.word_list(form, "allowed_models")
    return KeySettingsForm(
        name=forms.text(form, "name", errors, label="Name", max_len=200),
        rpm_limit=forms.optional_int(form, "rpm_limit", errors, label="Requests per minute"),
        tpm_limit=forms.optional_int(form, "tpm_limit", errors, label="Tokens per minute"),
        allowed_models=models or None,
        budget=read_budget(form, errors))


def read_date(form: dict[str, str], name: str, errors: forms.FormErrors, *, label: str) -> datetime | None:
    """A ``YYYY-MM-DD`` date as midnight UTC at the start of that day; empty: None."""
    raw = form.get(name, "").strip()
    if not raw:
        return None
    try:
        return datetime.strptime(raw[:10], "%Y-%m-%d").replace(tzinfo=timezone.utc)
    except ValueError:
        errors.add(name, f"{label} must be a date (YYYY-MM-DD).")
        return None


def usage_of(guard: BudgetGuard, budgets: list[Budget]) -> tuple[list[BudgetUsage], str | None]:
    """Budget usage for a page (which runs in a worker thread); the store being down is said, not raised."""
    if not budgets:
        return [], None
    try:
        return anyio.from_thread.run(guard.usage, budgets), None
    except Exception:  # noqa: BLE001 - Redis unavailable: the page still renders, without the bars
        return [], "Budget usage cannot be read right now (the rate-limit store is unavailable)."
