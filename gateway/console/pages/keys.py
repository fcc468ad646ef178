"""API keys: list, create, rotate, revoke (admin). A new key's secret is shown exactly once."""

from __future__ import annotations

from datetime import timedelta

from fastapi import Request

from sluice.gateway.console import forms, web
from sluice.gateway.console.signed_in import page_router
from sluice.gateway.database import utcnow
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import SluiceError
from sluice.gateway.keys.service import create_key, get_key, list_keys, revoke_key, rotate_key
from sluice.gateway.tenants.service import get_tenant, list_tenants

router = page_router("/console/keys")
FIELDS = ("tenant", "name", "expires_in_days", "rpm_limit", "tpm_limit")


def _audit_view(record) -> dict:
    return {"prefix": record.prefix, "name": record.name, "state": record.state(utcnow())}


def _page(request: Request, user: web.ConsoleUser, *, errors=None, values=None, issued=None, status=200):
    ctx = web.ctx_of(request)
    with ctx.sessions() as session:
        tenants = [t for t in list_tenants(session=session) if user.principal.can_see_tenant(t.id)]
        keys = list_keys(session=session, tenant_id=user.tenant_id)
    names = {t.id: t.name for t in tenants}
    rows = [{"record": k, "tenant": names.get(k.tenant_id, k.tenant_id), "state": k.state(utcnow())} for k in keys]
    return web.render(request, "keys.html", user, status=status, title="API keys", active="keys", rows=rows,
                      tenant_options=[(t.name, t.display_name or t.name) for t in tenants],
                      errors=errors or {}, values=values or {}, issued=issued)


@router.get("")
def index(request: Request):
    user = web.console_user(request)
    web.require(user, action="manage API keys")
    return _page(request, user)


@router.post("")
def create(request: Request, form: dict = web.FORM):
    user = web.guard(request, form, action="create API keys")
    errors = forms.FormErrors()
    tenant_ref = forms.text(form, "tenant", errors, label="Tenant", required=True, max_len=63)
    name = forms.text(form, "name", errors, label="Name", max_len=200)
    days = forms.optional_int(form, "expires_in_days", errors, label="Expiry (days)", minimum=1, maximum=3650)
    rpm = forms.optional_int(form, "rpm_limit", errors, label="Requests per minute")
    tpm = forms.optional_int(form, "tpm_limit", errors, label="Tokens per minute")
    if errors:
        return _page(request, user, errors=errors, values=form, status=400)
    ctx = web.ctx_of(request)
    try:
        with ctx.sessions() as session, session.begin():
            tenant = get_tenant(session=session, ref=tenant_ref)
            if not user.principal.can_see_tenant(tenant.id):
                raise SluiceError(ErrorCode.TENANT_NOT_FOUND, "choose one of your tenants", param="tenant")
            issued = create_key(session=session, tenant=tenant, secret=ctx.settings.secret_bytes, name=name,
                                expires_in=timedelta(days=days) if days else None, created_by=user.email,
                                rpm_limit=rpm, tpm_limit=tpm)
            web.audit_event(request, user, session, action="key.created", target_type="api_key",
                            target_id=issued.record.id, tenant_id=tenant.id, after=_audit_view(issued.record))
    except SluiceError as exc:
        forms.apply_service_error(errors, exc, fields=FIELDS)
        return _page(request, user, errors=errors, values=form, status=400)
    return _page(request, user, issued={"key": issued.key, "prefix": issued.record.prefix, "name": name,
                                        "action": "created"}, status=201)


@router.post("/{key_id}/rotate")
def rotate(request: Request, key_id: str, form: dict = web.FORM):
    user = web.guard(request, form, action="rotate API keys")
    ctx = web.ctx_of(request)
    try:
        with ctx.sessions() as session, session.begin():
            record = get_key(session=session, key_id=key_id[:64], tenant_id=user.tenant_id)
            issued = rotate_key(session=session, record=record, secret=ctx.settings.secret_bytes,
                                created_by=user.email)
            web.audit_event(request, user, session, action="key.rotated", target_type="api_key",
                            target_id=record.id, tenant_id=record.tenant_id, before=_audit_view(record),
                            after={"replacement_id": issued.record.id, **_audit_view(issued.record)})
    except SluiceError as exc:
        return _page(request, user, errors={"_form": web.sentence(exc.message)}, status=exc.status)
    return _page(request, user, issued={"key": issued.key, "prefix": issued.record.prefix,
                                        "name": issued.record.name, "action": "rotated"}, status=201)


@router.post("/{key_id}/revoke")
def revoke(request: Request, key_id: str, form: dict = web.FORM):
    user = web.guard(request, form, action="revoke API keys")
    ctx = web.ctx_of(request)
    try:
        with ctx.sessions() as session, session.begin():
            record = get_key(session=session, key_id=key_id[:64], tenant_id=user.tenant_id)
            before = _audit_view(record)
            revoke_key(session=session, record=record)
            web.audit_event(request, user, session, action="key.revoked", target_type="api_key",
                            target_id=record.id, tenant_id=record.tenant_id, before=before,
                            after=_audit_view(record))
    except SluiceError as exc:
        return _page(request, user, errors={"_form": web.sentence(exc.message)}, status=exc.status)
    return web.redirect("/console/keys?done=key_revoked")
