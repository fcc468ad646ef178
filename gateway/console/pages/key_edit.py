"""One API key: change its name, limits, expiry, model allow-list and budget, with its budget usage
beside its tenant's. The form redirects (post/redirect/get)."""

from __future__ import annotations

from fastapi import Request

from sluice.gateway.console import forms, web
from sluice.gateway.console.key_form import PERIOD_OPTIONS, SETTING_FIELDS, read_date, read_key_settings, usage_of
from sluice.gateway.console.signed_in import page_router
from sluice.gateway.database import utcnow
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import SluiceError
from sluice.gateway.keys.lifecycle import UNSET, KeyChanges, budgets_of_key, key_settings, update_key
from sluice.gateway.keys.presenters import micros_to_money
from sluice.gateway.keys.service import get_key
from sluice.gateway.tenants.models import Tenant

router = page_router("/console/keys")


def _values(record) -> dict:
    return {"name": record.name, "rpm_limit": record.rpm_limit, "tpm_limit": record.tpm_limit,
            "allowed_models": "\n".join(record.allowed_models or []),
            "expires_on": record.expires_at.strftime("%Y-%m-%d") if record.expires_at else "",
            "budget_period": record.budget_period or "", "budget_tokens": record.budget_tokens,
            "budget_cost": micros_to_money(record.budget_cost_micros)}


def _page(request: Request, user: web.ConsoleUser, key_id: str, *, errors=None, values=None, status=200):
    ctx = web.ctx_of(request)
    with ctx.sessions() as session:
        record = get_key(session=session, key_id=key_id[:64], tenant_id=user.tenant_id)
        tenant = session.get(Tenant, record.tenant_id)
        budgets = list(budgets_of_key(session=session, record=record, tenant=tenant))
        values = values if values is not None else _values(record)
        state = record.state(utcnow())
    usage, usage_error = usage_of(ctx.budgets, budgets)
    return web.render(request, "key_edit.html", user, status=status, title=f"API key {record.prefix}",
                      active="keys", key=record, tenant=tenant, state=state, errors=errors or {}, values=values,
                      usage=usage, usage_error=usage_error, currency=ctx.budgets.prices.currency,
                      period_options=PERIOD_OPTIONS,
                      default_overlap_hours=round(ctx.settings.key_rotation_overlap_s / 3600, 2))


@router.get("/{key_id}")
def show(request: Request, key_id: str):
    user = web.console_user(request)
    web.require(user, action="manage API keys")
    try:
        return _page(request, user, key_id)
    except SluiceError as exc:
        return web.render(request, "error.html", user, status=exc.status, title="Not found",
                          message=web.sentence(exc.message))


@router.post("/{key_id}/edit")
def edit(request: Request, key_id: str, form: dict = web.FORM):
    user = web.guard(request, form, action="change API keys")
    errors = forms.FormErrors()
    settings = read_key_settings(form, errors)
    expires_at = read_date(form, "expires_on", errors, label="Expiry date")
    if errors:
        return _page(request, user, key_id, errors=errors, values=form, status=400)
    ctx = web.ctx_of(request)
    try:
        with ctx.sessions() as session, session.begin():
            record = get_key(session=session, key_id=key_id[:64], tenant_id=user.tenant_id)
            before = key_settings(record)
            if expires_at is not None and record.expires_at is not None \
                    and expires_at.date() == record.expires_at.date():
                expires_at = UNSET  # the same day as before: keep the exact time the API may have set
            update_key(session=session, record=record, changes=KeyChanges(
                name=settings.name, expires_at=expires_at, rpm_limit=settings.rpm_limit,
                tpm_limit=settings.tpm_limit, allowed_models=settings.allowed_models, budget=settings.budget))
            web.audit_event(request, user, session, action="key.changed", target_type="api_key",
                            target_id=record.id, tenant_id=record.tenant_id, before=before,
                            after=key_settings(record))
    except SluiceError as exc:
        if exc.code == ErrorCode.KEY_NOT_FOUND:
            raise web.Denied(user, web.sentence(exc.message), status=404) from None
        field = {"expires_at": "expires_on"}.get(exc.param, exc.param)
        errors.add(field if field in SETTING_FIELDS else "_form", web.sentence(exc.message))
        return _page(request, user, key_id, errors=errors, values=form, status=400)
    return web.redirect(f"/console/keys/{record.id}?done=key_changed")
