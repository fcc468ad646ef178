"""Admin API: users (admin only; a tenant admin manages users of their tenant only)."""

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
from sluice.gateway.errors import Forbidden, NotFound
from sluice.gateway.users.service import create_user, get_user, list_users

router = admin_router(prefix="/admin/api/users", tags=["users"])


@router.get("", response_model=list[UserOut])
def index(principal: Principal = Depends(require_roles()), ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        return [UserOut.model_validate(u) for u in list_users(session=session, tenant_id=principal.tenant_id)]


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


@router.post("/{user_id}/disable", response_model=UserOut)
def disable(user_id: str, request: Request, principal: Principal = Depends(require_roles()),
            ctx: Services = Depends(app_services)):
    with ctx.sessions() as session, session.begin():
        user = get_user(session=session, user_id=user_id)
        if not principal.can_see_tenant(user.tenant_id) or (principal.tenant_id and user.tenant_id is None):
            raise NotFound(ErrorCode.USER_NOT_FOUND, f"no user {user_id!r}")
        if user.id == principal.user_id:
            raise Forbidden(ErrorCode.CANNOT_DISABLE_SELF, "you cannot disable your own account")
        user.disabled = True
        record_admin_action(session=session, actor=principal, action="user.disabled", target_type="user",
                            target_id=user.id, tenant_id=user.tenant_id, before={"disabled": False},
                            after={"disabled": True}, source_address=client_address(request))
        return UserOut.model_validate(user)
