"""Policies: the list per tenant, creating a policy, and the policy page (editor, review, history)."""

from __future__ import annotations

from fastapi import Request, Response

from sluice.gateway.console import forms, policy_view, web
from sluice.gateway.console.signed_in import page_router
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import SluiceError
from sluice.gateway.policies import queries, service
from sluice.gateway.policies.events import audit
from sluice.gateway.policies.presenters import policy_out
from sluice.gateway.tenants.service import get_tenant, list_tenants
from sluice.policy.loader import default_policy_text, render_json_schema

router = page_router("/console/policies")


def _list(request: Request, user: web.ConsoleUser, *, tenant: str = "", errors=None, values=None, status=200):
    with web.ctx_of(request).sessions() as session:
        tenants = [t for t in list_tenants(session=session) if user.principal.can_see_tenant(t.id)]
        by_name = {t.name: t.id for t in tenants}
        names = {t.id: t.display_name or t.name for t in tenants}
        policies = queries.list_policies(session=session, principal=user.principal,
                                         tenant_id=by_name.get(tenant))
        rows = [{**policy_out(session, p), "tenant": names.get(p.tenant_id, "Deployment default")}
                for p in policies]
    if tenant and tenant in by_name:
        rows = [r for r in rows if r["tenant_id"] in (by_name[tenant], None)]
    tenant_options = [(t.name, t.display_name or t.name) for t in tenants]
    create_options = ([] if user.tenant_id else [("", "Deployment default (all tenants)")]) + tenant_options
    return web.render(request, "policies.html", user, status=status, title="Policies", active="policies",
                      rows=rows, tenant=tenant, tenant_options=tenant_options, create_options=create_options,
                      can_create=user.has(*policy_view.AUTHORS), errors=errors or {}, values=values or {})


@router.get("")
def index(request: Request, tenant: str = ""):
    return _list(request, web.console_user(request), tenant=tenant[:63])


@router.post("")
def create(request: Request, form: dict = web.FORM):
    user = web.guard(request, form, *policy_view.AUTHORS, action="create policies")
    errors = forms.FormErrors()
    name = forms.text(form, "name", errors, label="Name", required=True, max_len=120)
    tenant_ref = forms.text(form, "tenant", errors, label="Tenant", max_len=63)
    if errors:
        return _list(request, user, errors=errors, values=form, status=400)
    try:
        with web.ctx_of(request).sessions() as session, session.begin():
            tenant_id = get_tenant(session=session, ref=tenant_ref).id if tenant_ref else None
            if tenant_id is not None and not user.principal.can_see_tenant(tenant_id):
                raise SluiceError(ErrorCode.TENANT_NOT_FOUND, "choose one of your tenants", param="tenant")
            policy, draft = service.create_policy(session=session, actor=user.principal, tenant_id=tenant_id,
                                                  name=name, source=default_policy_text())
            audit(session, principal=user.principal, request=request, action="created", policy=policy,
                  version=draft, after={"name": policy.name, "version": draft.number,
                                        "content_hash": draft.content_hash, "via": "console"})
    except SluiceError as exc:
        forms.apply_service_error(errors, exc, fields=("name", "tenant"))
        return _list(request, user, errors=errors, values=form, status=exc.status if exc.status != 404 else 400)
    return web.redirect(f"/console/policies/{policy.id}?done=policy_created")


@router.get("/schema.json")
def schema_file(request: Request):
    """The JSON Schema of policy documents, as a file (editors and CI validate drafts against it)."""
    web.console_user(request)
    response = Response(render_json_schema(), media_type="application/schema+json")
    response.headers.update({**web.SECURITY_HEADERS,
                             "Content-Disposition": 'attachment; filename="policy.schema.json"'})
    return response


@router.get("/{policy_id}")
def show(request: Request, policy_id: str):
    return policy_view.render_detail(request, web.console_user(request), policy_id)
