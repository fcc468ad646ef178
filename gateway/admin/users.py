"""Admin API: users (admin only; a tenant admin manages users of their tenant only): invite,
reset, change role, reset the second factor, disable, enable, unlock.

Nobody here chooses a password for someone else: creating an account or resetting one answers
with a one-time invitation link for its owner."""

from __future__ import annotations

from datetime import timedelta

from fastapi import Depends, Request

from sluice.gateway.admin.auth import client_address
from sluice.gateway.admin.schemas import InvitationOut, RoleIn, UserIn, UserOut
from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.auth.deps import app_services, require_roles
from sluice.gateway.auth.gated import admin_router
from sluice.gateway.auth.principal import Principal
from sluice.gateway.services import Services
from sluice.gateway.users import lifecycle
from sluice.gateway.users.account_state import Change, change_account_by_id
from sluice.gateway.users.invitations import IssuedInvitation
from sluice.gateway.users.models import User
from sluice.gateway.users.service import list_users, locked_user_ids

router = admin_router(prefix="/admin/api/users", tags=["users"])


def _out(session, users: list[User], secret: bytes) -> list[UserOut]:
    locked = locked_user_ids(session=session, users=users, secret=secret)
    return [UserOut.model_validate(u).model_copy(update={"locked": u.id in locked}) for u in users]


def _audit(request: Request, principal: Principal) -> lifecycle.AuditContext:
    return lifecycle.AuditContext(actor=principal, actor_tenant_id=principal.tenant_id,
                                  source_address=client_address(request))


def _invitation(issued: IssuedInvitation, request: Request, ctx: Services) -> InvitationOut:
    base = ctx.settings.public_url or str(request.base_url)
    return InvitationOut(user=UserOut.model_validate(issued.user), invitation_url=issued.link(base),
                         expires_at=issued.record.expires_at)


@router.get("", response_model=list[UserOut])
def index(principal: Principal = Depends(require_roles()), ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        return _out(session, list_users(session=session, tenant_id=principal.tenant_id), ctx.settings.secret_bytes)


@router.post("", response_model=InvitationOut, status_code=201)
def create(body: UserIn, request: Request, principal: Principal = Depends(require_roles()),
           ctx: Services = Depends(app_services)):
    """Create an account and answer with its one-time invitation link: its owner sets the password."""
    s = ctx.settings
    with ctx.sessions() as session, session.begin():
        issued = lifecycle.invite(session=session, audit=_audit(request, principal), email=body.email,
                                  role=body.role, tenant_id=body.tenant_id, secret=s.secret_bytes,
                                  ttl=timedelta(seconds=s.invitation_ttl_s))
        return _invitation(issued, request, ctx)


@router.post("/{user_id}/reset", response_model=InvitationOut)
def reset(user_id: str, request: Request, principal: Principal = Depends(require_roles()),
          ctx: Services = Depends(app_services)):
    """The account's password stops working and its sessions end; answers with a new invitation link."""
    s = ctx.settings
    with ctx.sessions() as session, session.begin():
        user = lifecycle.scoped_user(session=session, user_id=user_id, actor_tenant_id=principal.tenant_id)
        issued = lifecycle.reset(session=session, audit=_audit(request, principal), user=user,
                                 secret=s.secret_bytes, ttl=timedelta(seconds=s.invitation_ttl_s))
        return _invitation(issued, request, ctx)


@router.post("/{user_id}/role", response_model=UserOut)
def set_role(user_id: str, body: RoleIn, request: Request, principal: Principal = Depends(require_roles()),
             ctx: Services = Depends(app_services)):
    """Change the account's role (never your own). A new approver cannot approve versions begun before."""
    with ctx.sessions() as session, session.begin():
        user = lifecycle.scoped_user(session=session, user_id=user_id, actor_tenant_id=principal.tenant_id)
        lifecycle.set_role(session=session, audit=_audit(request, principal), user=user, role=body.role)
        return _out(session, [user], ctx.settings.secret_bytes)[0]


@router.post("/{user_id}/totp/reset", response_model=UserOut)
def reset_totp(user_id: str, request: Request, principal: Principal = Depends(require_roles()),
               ctx: Services = Depends(app_services)):
    """Remove the account's second factor and recovery codes (its owner can enrol again)."""
    with ctx.sessions() as session, session.begin():
        user = lifecycle.scoped_user(session=session, user_id=user_id, actor_tenant_id=principal.tenant_id)
        lifecycle.reset_second_factor(session=session, audit=_audit(request, principal), user=user)
        return _out(session, [user], ctx.settings.secret_bytes)[0]


def _change(change: Change, user_id: str, request: Request, principal: Principal, ctx: Services) -> UserOut:
    secret = ctx.settings.secret_bytes
    with ctx.sessions() as session, session.begin():
        done = change_account_by_id(session=session, user_id=user_id, change=change, secret=secret,
                                    actor_id=principal.user_id, actor_tenant_id=principal.tenant_id)
        record_admin_action(session=session, actor=principal, action=done.audit_action, target_type="user",
                            target_id=done.user.id, tenant_id=done.user.tenant_id, before=done.before,
                            after=done.after, source_address=client_address(request))
        return _out(session, [done.user], secret)[0]


@router.post("/{user_id}/disable", response_model=UserOut)
def disable(user_id: str, request: Request, principal: Principal = Depends(require_roles()),
            ctx: Services = Depends(app_services)):
    """Disable an account: it can no longer sign in, and its sessions stop working."""
    return _change("disable", user_id, request, principal, ctx)


@router.post("/{user_id}/enable", response_model=UserOut)
def enable(user_id: str, request: Request, principal: Principal = Depends(require_roles()),
           ctx: Services = Depends(app_services)):
    """Enable a disabled account again."""
    return _change("enable", user_id, request, principal, ctx)


@router.post("/{user_id}/unlock", response_model=UserOut)
def unlock(user_id: str, request: Request, principal: Principal = Depends(require_roles()),
           ctx: Services = Depends(app_services)):
    """End the account's sign-in lock-out and forget its failed sign-ins."""
    return _change("unlock", user_id, request, principal, ctx)
