"""Tenants: every signed-in user sees the tenants they belong to; admins create them."""

from __future__ import annotations

from fastapi import Request
from sqlalchemy import func, select

from sluice.gateway.console import forms, web
from sluice.gateway.console.signed_in import page_router
from sluice.gateway.errors import SluiceError
from sluice.gateway.keys.models import ApiKey
from sluice.gateway.tenants.service import create_tenant, list_tenants
from sluice.gateway.users.models import User

router = page_router("/console/tenants")


def _counts(session, model) -> dict[str, int]:
    return dict(session.execute(select(model.tenant_id, func.count()).group_by(model.tenant_id)).all())


def _page(request: Request, user: web.ConsoleUser, *, errors=None, values=None, status=200):
    with web.ctx_of(request).sessions() as session:
        tenants = [t for t in list_tenants(session=session) if user.principal.can_see_tenant(t.id)]
        keys = _counts(session, ApiKey)
        users = _counts(session, User)
    rows = [{"tenant": t, "keys": keys.get(t.id, 0), "users": users.get(t.id, 0)} for t in tenants]
    return web.render(request, "tenants.html", user, status=status, title="Tenants", active="tenants", rows=rows,
                      errors=errors or {}, values=values or {},
                      can_create=user.has() and user.deployment_wide)


@router.get("")
def index(request: Request):
    return _page(request, web.console_user(request))


@router.post("")
def create(request: Request, form: dict = web.FORM):
    user = web.guard(request, form, action="create tenants", deployment=True)
    errors = forms.FormErrors()
    name = forms.text(form, "name", errors, label="Name", required=True, max_len=63)
    display = forms.text(form, "display_name", errors, label="Display name", max_len=200)
    if not errors:
        try:
            with web.ctx_of(request).sessions() as session, session.begin():
                tenant = create_tenant(session=session, name=name, display_name=display)
                web.audit_event(request, user, session, action="tenant.created", target_type="tenant",
                                target_id=tenant.id, tenant_id=tenant.id, after={"name": tenant.name})
        except SluiceError as exc:
            forms.apply_service_error(errors, exc, fields=("name", "display_name"))
    if errors:
        return _page(request, user, errors=errors, values=form, status=400)
    return web.redirect("/console/tenants?done=tenant_created")
