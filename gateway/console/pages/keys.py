"""API keys: list, create, rotate, revoke (admin). Every form redirects (post/redirect/get); a new key's
secret is shown exactly once, on the page the form redirects to, from a short-lived server-side flash."""

from __future__ import annotations

from datetime import timedelta

from fastapi import Request

from sluice.gateway.console import forms, web
from sluice.gateway.console.flash import put_flash, take_flash
from sluice.gateway.console.key_form import PERIOD_OPTIONS, SETTING_FIELDS, read_budget, read_key_settings, usage_of
from sluice.gateway.console.signed_in import page_router
from sluice.gateway.database import utcnow
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import SluiceError
from sluice.gateway.keys.lifecycle import key_budget, key_settings, rotate_key
from sluice.gateway.keys.presenters import audit_view
from sluice.gateway.keys.service import create_key, get_key, list_keys, revoke_key
from sluice.gateway.limits.service import get_tenant_limits, set_tenant_budget, tenant_budget
from sluice.gateway.tenants.service import get_tenant, list_tenants

router = page_router("/console/keys")
budgets_router = page_router("/console/budgets")
FIELDS = ("tenant", *SETTING_FIELDS)


def _page(request: Request, user: web.ConsoleUser, *, errors=None, values=None, status=200):
    ctx = web.ctx_of(request)
    with ctx.sessions() as session, session.begin():
        tenants = [t for t in list_tenants(session=session) if user.principal.can_see_tenant(t.id)]
        keys = list_keys(session=session, tenant_id=user.tenant_id)
        issued = take_flash(session=session, session_id=user.principal.session_id,
                            flash_id=request.query_params.get("flash"), secret=ctx.settings.secret_bytes)
        budgets = [b for b in (tenant_budget(session=session, tenant=t) for t in tenants) if b is not None]
    now = utcnow()
    live = {k.id: key_budget(k) for k in keys if k.state(now) in ("active", "rotating")}
    # one read for the tenants' and the keys' counters
    usage, usage_error = usage_of(ctx.budgets, budgets + [b for b in live.values() if b is not None])
    tenant_usage = [u for u in usage if u.budget.scope == "tenant"]
    key_usage = {}
    for u in usage:
        if u.budget.scope == "key":
            key_usage.setdefault(u.budget.subject, []).append(u)
    names = {t.id: t.name for t in tenants}
    rows = [{"record": k, "tenant": names.get(k.tenant_id, k.tenant_id), "state": k.state(now),
             "usage": key_usage.get(k.budget_subject, []) if k.id in live else []} for k in keys]
    return web.render(request, "keys.html", user, status=status, title="API keys", active="keys", rows=rows,
                      tenant_options=[(t.name, t.display_name or t.name) for t in tenants],
                      errors=errors or {}, values=values or {}, issued=issued, tenant_usage=tenant_usage,
                      usage_error=usage_error, currency=ctx.budgets.prices.currency, period_options=PERIOD_OPTIONS,
                      default_overlap_hours=round(ctx.settings.key_rotation_overlap_s / 3600, 2))


@router.get("")
def index(request: Request):
    user = web.console_user(request)
    web.require(user, action="manage API keys")
    return _page(request, user)


def _show_once(request: Request, user: web.ConsoleUser, session, issued, action: str) -> str:
    """Store the new secret for the next page load only; returns where to redirect."""
    flash_id = put_flash(session=session, session_id=user.principal.session_id, secret=web.ctx_of(request).settings
                         .secret_bytes, payload={"key": issued.key, "prefix": issued.record.prefix,
                                                 "name": issued.record.name, "action": action})
    return f"/console/keys?flash={flash_id}"


@router.post("")
def create(request: Request, form: dict = web.FORM):
    user = web.guard(request, form, action="create API keys")
    errors = forms.FormErrors()
    tenant_ref = forms.text(form, "tenant", errors, label="Tenant", required=True, max_len=63)
    days = forms.optional_int(form, "expires_in_days", errors, label="Expiry (days)", minimum=1, maximum=3650)
    settings = read_key_settings(form, errors)
    if errors:
        return _page(request, user, errors=errors, values=form, status=400)
    ctx = web.ctx_of(request)
    try:
        with ctx.sessions() as session, session.begin():
            tenant = get_tenant(session=session, ref=tenant_ref)
            if not user.principal.can_see_tenant(tenant.id):
                raise SluiceError(ErrorCode.TENANT_NOT_FOUND, "choose one of your tenants", param="tenant")
            issued = create_key(session=session, tenant=tenant, secret=ctx.settings.secret_bytes,
                                name=settings.name, expires_in=timedelta(days=days) if days else None,
                                created_by=user.email, rpm_limit=settings.rpm_limit, tpm_limit=settings.tpm_limit,
                                allowed_models=settings.allowed_models, budget=settings.budget)
            web.audit_event(request, user, session, action="key.created", target_type="api_key",
                            target_id=issued.record.id, tenant_id=tenant.id,
                            after={**audit_view(issued.record), **key_settings(issued.record)})
            target = _show_once(request, user, session, issued, "created")
    except SluiceError as exc:
        forms.apply_service_error(errors, exc, fields=FIELDS)
        return _page(request, user, errors=errors, values=form, status=400)
    return web.redirect(target)


@router.post("/{key_id}/rotate")
def rotate(request: Request, key_id: str, form: dict = web.FORM):
    user = web.guard(request, form, action="rotate API keys")
    ctx = web.ctx_of(request)
    errors = forms.FormErrors()
    hours = forms.optional_float(form, "overlap_hours", errors, label="Overlap (hours)", maximum=720)
    if errors:
        return _page(request, user, errors={"_form": errors["overlap_hours"]}, status=400)
    overlap = timedelta(hours=hours) if hours is not None else timedelta(seconds=ctx.settings.key_rotation_overlap_s)
    try:
        with ctx.sessions() as session, session.begin():
            record = get_key(session=session, key_id=key_id[:64], tenant_id=user.tenant_id)
            before = audit_view(record)
            issued = rotate_key(session=session, record=record, secret=ctx.settings.secret_bytes, overlap=overlap,
                                created_by=user.email)
            web.audit_event(request, user, session, action="key.rotated", target_type="api_key",
                            target_id=record.id, tenant_id=record.tenant_id, before=before,
                            after={**audit_view(record), "retires_at": record.retires_at.isoformat(),
                                   "replacement_id": issued.record.id,
                                   "replacement_prefix": issued.record.prefix})
            target = _show_once(request, user, session, issued, "rotated")
    except SluiceError as exc:
        return _page(request, user, errors={"_form": web.sentence(exc.message)}, status=exc.status)
    return web.redirect(target)


@router.post("/{key_id}/revoke")
def revoke(request: Request, key_id: str, form: dict = web.FORM):
    user = web.guard(request, form, action="revoke API keys")
    ctx = web.ctx_of(request)
    try:
        with ctx.sessions() as session, session.begin():
            record = get_key(session=session, key_id=key_id[:64], tenant_id=user.tenant_id)
            before = audit_view(record)
            revoke_key(session=session, record=record)
            web.audit_event(request, user, session, action="key.revoked", target_type="api_key",
                            target_id=record.id, tenant_id=record.tenant_id, before=before,
                            after=audit_view(record))
    except SluiceError as exc:
        return _page(request, user, errors={"_form": web.sentence(exc.message)}, status=exc.status)
    return web.redirect("/console/keys?done=key_revoked")


@budgets_router.post("")
def set_budget(request: Request, form: dict = web.FORM):
    """A tenant's budget over all of its keys (every limit empty: no budget)."""
    user = web.guard(request, form, action="set tenant budgets", deployment=True)
    errors = forms.FormErrors()
    tenant_ref = forms.text(form, "tenant", errors, label="Tenant", required=True, max_len=63)
    limits = read_budget(form, errors, prefix="tenant_budget_")
    ctx = web.ctx_of(request)
    if not errors:
        try:
            with ctx.sessions() as session, session.begin():
                tenant = get_tenant(session=session, ref=tenant_ref)
                if not user.principal.can_see_tenant(tenant.id):
                    raise SluiceError(ErrorCode.TENANT_NOT_FOUND, "choose one of your tenants", param="tenant")
                before = get_tenant_limits(session=session, tenant=tenant)
                after = set_tenant_budget(session=session, tenant=tenant, limits=limits, updated_by=user.email)
                web.audit_event(request, user, session, action="tenant.budget_changed", target_type="tenant",
                                target_id=tenant.id, tenant_id=tenant.id, before=before.__dict__,
                                after=after.__dict__)
        except SluiceError as exc:
            errors.add("_form", web.sentence(exc.message))
    if errors:
        return _page(request, user, errors=errors, values=form, status=400)
    return web.redirect("/console/keys?done=budget_changed")
