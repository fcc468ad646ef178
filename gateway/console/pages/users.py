"""Console users (admin): list, invite with a role, reset (a new invitation), change role, reset the
second factor, disable, enable, unlock. Tenant admins manage their tenant only. Nobody here chooses
another person's password: an invitation link is shown once, to hand to the account's owner."""

from __future__ import annotations

from datetime import datetime, timedelta

from fastapi import Request

from sluice.gateway.console import forms, web
from sluice.gateway.console.flash import put_flash, take_flash
from sluice.gateway.console.signed_in import page_router
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import SluiceError
from sluice.gateway.tenants.service import get_tenant, list_tenants
from sluice.gateway.users import lifecycle
from sluice.gateway.users.account_state import Change, change_account_by_id
from sluice.gateway.users.invitations import IssuedInvitation
from sluice.gateway.users.roles import Role
from sluice.gateway.users.service import list_users, locked_user_ids

router = page_router("/console/users")
FIELDS = ("email", "role", "tenant")
ROLE_HELP = {
    Role.ADMIN: "everything, including keys, users and providers",
    Role.POLICY_AUTHOR: "writes policy drafts and submits them for review",
    Role.POLICY_APPROVER: "approves or rejects drafts written by someone else",
    Role.AUDITOR: "reads the audit log and exports it",
    Role.VIEWER: "reads the dashboard, policies and providers",
}


def _page(request: Request, user: web.ConsoleUser, *, errors=None, values=None, status=200):
    ctx = web.ctx_of(request)
    with ctx.sessions() as session, session.begin():
        invitation = take_flash(session=session, session_id=user.principal.session_id,
                                flash_id=request.query_params.get("flash"), secret=ctx.settings.secret_bytes)
        if invitation is not None:
            invitation["expires_at"] = datetime.fromisoformat(invitation["expires_at"])
        users = list_users(session=session, tenant_id=user.tenant_id)
        locked = locked_user_ids(session=session, users=users, secret=web.ctx_of(request).settings.secret_bytes)
        tenants = [t for t in list_tenants(session=session) if user.principal.can_see_tenant(t.id)]
    names = {t.id: t.name for t in tenants}
    tenant_options = ([] if user.tenant_id else [("", "All tenants (deployment-wide)")]) + \
        [(t.name, t.display_name or t.name) for t in tenants]
    return web.render(request, "users.html", user, status=status, title="Users", active="users", users=users, locked=locked,
                      tenant_names=names, tenant_options=tenant_options, roles=[r.value for r in Role],
                      role_options=[(r.value, f"{r.value.replace('_', ' ')} — {ROLE_HELP[r]}") for r in Role],
                      errors=errors or {}, values=values or {}, invitation=invitation)


def _audit(request: Request, user: web.ConsoleUser) -> lifecycle.AuditContext:
    return lifecycle.AuditContext(actor=user.principal, actor_tenant_id=user.tenant_id,
                                  source_address=web.client_address(request), via="console")


def _shown(request: Request, user: web.ConsoleUser, session, issued: IssuedInvitation, what: str) -> str:
    """Store the one-time link for the next page load only (post/redirect/get); returns where to go."""
    settings = web.ctx_of(request).settings
    base = settings.public_url or str(request.base_url)
    payload = {"what": what, "email": issued.user.email, "url": issued.link(base),
               "expires_at": issued.record.expires_at.isoformat()}
    flash_id = put_flash(session=session, session_id=user.principal.session_id, payload=payload,
                         secret=settings.secret_bytes)
    return f"/console/users?flash={flash_id}#invitation"


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
    role = forms.text(form, "role", errors, label="Role", required=True, max_len=32)
    tenant_ref = forms.text(form, "tenant", errors, label="Tenant", max_len=63)
    ctx = web.ctx_of(request)
    if not errors:
        try:
            with ctx.sessions() as session, session.begin():
                tenant_id = get_tenant(session=session, ref=tenant_ref).id if tenant_ref else None
                if user.tenant_id is not None and tenant_id != user.tenant_id:
                    raise SluiceError(ErrorCode.TENANT_NOT_FOUND,
                                      "choose one of your tenants: you manage only your own tenant's users",
                                      param="tenant")
                issued = lifecycle.invite(session=session, audit=_audit(request, user), email=email, role=role,
                                          tenant_id=tenant_id, secret=ctx.settings.secret_bytes,
                                          ttl=timedelta(seconds=ctx.settings.invitation_ttl_s))
                shown = _shown(request, user, session, issued, "invited")
        except SluiceError as exc:
            forms.apply_service_error(errors, exc, fields=FIELDS)
    if errors:
        return _page(request, user, errors=errors, values=form, status=400)
    return web.redirect(shown)


def _act(request: Request, user_id: str, form: dict, action: str, apply):
    """Run one lifecycle action on an account the caller may see; re-render the page on a refusal."""
    user = web.guard(request, form, action=action)
    ctx = web.ctx_of(request)
    try:
        with ctx.sessions() as session, session.begin():
            target = lifecycle.scoped_user(session=session, user_id=user_id, actor_tenant_id=user.tenant_id)
            return user, apply(session, _audit(request, user), target)
    except SluiceError as exc:
        return user, exc


def _finish(request: Request, user: web.ConsoleUser, done, then):
    if isinstance(done, SluiceError):
        return _page(request, user, errors={"_form": web.sentence(done.message)}, status=done.status)
    return then(done)


@router.post("/{user_id}/reset")
def reset(request: Request, user_id: str, form: dict = web.FORM):
    settings = web.ctx_of(request).settings
    user = web.console_user(request)
    user, done = _act(request, user_id, form, "reset users", lambda session, audit, target: _shown(
        request, user, session, lifecycle.reset(session=session, audit=audit, user=target,
                                                secret=settings.secret_bytes,
                                                ttl=timedelta(seconds=settings.invitation_ttl_s)), "reset"))
    return _finish(request, user, done, web.redirect)


@router.post("/{user_id}/role")
def set_role(request: Request, user_id: str, form: dict = web.FORM):
    role = form.get("role", "")[:32]
    user, done = _act(request, user_id, form, "change roles", lambda session, audit, target: lifecycle.set_role(
        session=session, audit=audit, user=target, role=role))
    return _finish(request, user, done, lambda _: web.redirect("/console/users?done=user_role_changed"))


@router.post("/{user_id}/totp/reset")
def reset_totp(request: Request, user_id: str, form: dict = web.FORM):
    user, done = _act(request, user_id, form, "reset second factors", lambda session, audit, target:
                      lifecycle.reset_second_factor(session=session, audit=audit, user=target))
    return _finish(request, user, done, lambda _: web.redirect("/console/users?done=user_totp_reset"))


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
