"""Admin API: users (admin only; a tenant admin manages users of their tenant only): create,
disable, enable, unlock."""

from __future__ import annotations

from fastapi import Depends, Request

from sluice.gateway.admin.auth import client_address
from sluice.gateway.admin.schemas import UserIn, UserOut
from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.auth.deps import app_services, require_roles
from sluice.gateway.auth.gated import admin_router
from sluice.gateway.auth.principal import Principal
from sluice.gateway.services import Services
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Forbidden
from sluice.gateway.users.account_state import Change, change_account_by_id
from sluice.gateway.users.models import User
from sluice.gateway.users.service import create_user, list_users, locked_user_ids

router = admin_router(prefix="/admin/api/users", tags=["users"])


def _out(session, users: list[User], secret: bytes) -> list[UserOut]:
    locked = locked_user_ids(session=session, users=users, secret=secret)
    return [UserOut.model_validate(u).model_copy(update={"locked": u.id in locked}) for u in users]


@router.get("", response_model=list[UserOut])
def index(principal: Principal = Depends(require_roles()), ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        return _out(session, list_users(session=session, tenant_id=principal.tenant_id), ctx.settings.secret_bytes)


@router.post("", response_model=UserOut, status_code=201)
def create(body: UserIn, request: Request, principal: Principal = Depends(require_roles()),
           ctx: Services = Depends(app_services)):
    tenant_id = body.tenant_id
    if principal.tenant_id is not None:
        if tenant_id not in (None, principal.tenant_id):
            raise Forbidden(ErrorCode.FORBIDDEN, "you can only create users of your own tenant")
        tenant_id = principal.tenant_id
    with ctx.sessions() as session, session.begin():
        user = create_user(session=session, email=body.email, password=body.password, role=body.role,
                           tenant_id=tenant_id)
        record_admin_action(session=session, actor=principal, action="user.created", target_type="user",
                            target_id=user.id, tenant_id=tenant_id,
                            after={"email": user.email, "role": user.role, "tenant_id": tenant_id},
                            source_address=client_address(request))
        return UserOut.model_validate(user)


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
