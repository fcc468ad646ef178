"""Console users (admin): list, create with a role, disable, enable, unlock. Tenant admins manage their tenant only."""

from __future__ import annotations

from fastapi import Request

from sluice.gateway.users.roles import Role
from sluice.gateway.console import forms, web
from sluice.gateway.console.signed_in import page_router
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import SluiceError
from sluice.gateway.tenants.service import get_tenant, list_tenants
from sluice.gateway.users.account_state import Change, change_account_by_id
from sluice.gateway.users.service import create_user, list_users, locked_user_ids

router = page_router("/console/users")
FIELDS = ("email", "password", "role", "tenant")
ROLE_HELP = {
    Role.ADMIN: "everything, including keys, users and providers",
    Role.POLICY_AUTHOR: "writes policy drafts and submits them for review",
    Role.POLICY_APPROVER: "approves or rejects drafts written by someone else",
    Role.AUDITOR: "reads the audit log and exports it",
    Role.VIEWER: "reads the dashboard, policies and providers",
}


def _page(request: Request, user: web.ConsoleUser, *, errors=None, values=None, status=200):
    with web.ctx_of(request).sessions() as session:
        users = list_users(session=session, tenant_id=user.tenant_id)
        locked = locked_user_ids(session=session, users=users, secret=web.ctx_of(request).settings.secret_bytes)
        tenants = [t for t in list_tenants(session=session) if user.principal.can_see_tenant(t.id)]
    names = {t.id: t.name for t in tenants}
    tenant_options = ([] if user.tenant_id else [("", "All tenants (deployment-wide)")]) + \
        [(t.name, t.display_name or t.name) for t in tenants]
    return web.render(request, "users.html", user, status=status, title="Users", active="users", users=users, locked=locked,
                      tenant_names=names, tenant_options=tenant_options,
                      role_options=[(r.value, f"{r.value.replace('_', ' ')} — {ROLE_HELP[r]}") for r in Role],
                      errors=errors or {}, values=values or {})


@router.get("")
def index(request: Request):
    user = web.console_user(request)
    web.require(user, action="manage users")
    return _page(request, user)


@router.post("")
def create(request: Request, form: dict = web.FORM):
    user = web.guard(request, form, action="create users")
    errors = forms.FormErrors()
    email = forms.text(form, "email", errors, label="E-mail", required=True, max_len=254)
    password = form.get("password", "")
    if not password:
        errors.add("password", "Password is required.")
    elif len(password) > 1024:
        errors.add("password", "Password must be at most 1024 characters.")
    role = forms.text(form, "role", errors, label="Role", required=True, max_len=32)
    tenant_ref = forms.text(form, "tenant", errors, label="Tenant", max_len=63)
    if not errors:
        try:
            with web.ctx_of(request).sessions() as session, session.begin():
                tenant_id = get_tenant(session=session, ref=tenant_ref).id if tenant_ref else None
                if user.tenant_id is not None and tenant_id != user.tenant_id:
                    raise SluiceError(ErrorCode.TENANT_NOT_FOUND,
                                      "choose one of your tenants: you manage only your own tenant's users",
                                      param="tenant")
                created = create_user(session=session, email=email, password=password, role=role,
                                      tenant_id=tenant_id)
                web.audit_event(request, user, session, action="user.created", target_type="user",
                                target_id=created.id, tenant_id=tenant_id,
                                after={"email": created.email, "role": created.role, "tenant_id": tenant_id})
        except SluiceError as exc:
            forms.apply_service_error(errors, exc, fields=FIELDS)
    if errors:
        form.pop("password", None)
        return _page(request, user, errors=errors, values=form, status=400)
    return web.redirect("/console/users?done=user_created")


def _change(request: Request, user_id: str, change: Change, form: dict):
    user = web.guard(request, form, action=f"{change} users")
    ctx = web.ctx_of(request)
    try:
        with ctx.sessions() as session, session.begin():
            done = change_account_by_id(session=session, user_id=user_id, change=change,
                                        secret=ctx.settings.secret_bytes, actor_id=user.principal.user_id,
                                        actor_tenant_id=user.tenant_id)
            web.audit_event(request, user, session, action=done.audit_action, target_type="user",
                            target_id=done.user.id, tenant_id=done.user.tenant_id, before=done.before,
                            after=done.after)
    except SluiceError as exc:
        return _page(request, user, errors={"_form": web.sentence(exc.message)}, status=exc.status)
    return web.redirect(f"/console/users?done={done.audit_action.replace('.', '_')}")


@router.post("/{user_id}/disable")
def disable(request: Request, user_id: str, form: dict = web.FORM):
    return _change(request, user_id, "disable", form)


@router.post("/{user_id}/enable")
def enable(request: Request, user_id: str, form: dict = web.FORM):
    return _change(request, user_id, "enable", form)


@router.post("/{user_id}/unlock")
def unlock(request: Request, user_id: str, form: dict = web.FORM):
    return _change(request, user_id, "unlock", form)
