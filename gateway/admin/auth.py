"""Sign-in, sign-out and the current user for the admin API and console."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response

from sluice.gateway.admin.schemas import LoginIn, LoginOut, UserOut
from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.auth.deps import SESSION_COOKIE, app_services, csrf_token_for, current_principal
from sluice.gateway.auth.gated import admin_router
from sluice.gateway.auth.principal import Principal
from sluice.gateway.auth.sign_in import sign_in_and_audit
from sluice.gateway.services import Services
from sluice.gateway.users.models import UserSession
from sluice.gateway.users.service import sign_out

public = APIRouter(prefix="/admin/api/auth", tags=["auth"])  # signing in needs no session
signed_in = admin_router(prefix="/admin/api/auth", tags=["auth"])


def client_address(request: Request) -> str | None:
    return request.client.host if request.client else None


@public.post("/login", response_model=LoginOut)
def login(body: LoginIn, request: Request, response: Response, ctx: Services = Depends(app_services)):
    s = ctx.settings
    issued = sign_in_and_audit(ctx=ctx, email=body.email, password=body.password,
                               source_address=client_address(request), second_factor=body.totp_code)
    out = LoginOut(token=issued.token, expires_at=issued.record.expires_at, user=UserOut.model_validate(issued.user),
                   csrf_token=csrf_token_for(issued.record.id, s.secret_bytes))
    response.set_cookie(SESSION_COOKIE, issued.token, max_age=s.session_ttl_s, httponly=True,
                        secure=s.cookie_secure or request.url.scheme == "https", samesite="strict", path="/")
    return out


@signed_in.post("/logout", status_code=204)
def logout(request: Request, response: Response, principal: Principal = Depends(current_principal),
           ctx: Services = Depends(app_services)):
    with ctx.sessions() as session, session.begin():
        record = session.get(UserSession, principal.session_id)
        sign_out(session=session, record=record)
        record_admin_action(session=session, actor=principal, action="user.logout", target_type="user",
                            target_id=principal.user_id, tenant_id=principal.tenant_id,
                            source_address=client_address(request))
    response.delete_cookie(SESSION_COOKIE, path="/")
    response.status_code = 204
    return response


@signed_in.get("/me")
def me(principal: Principal = Depends(current_principal), ctx: Services = Depends(app_services)) -> dict:
    return {"id": principal.user_id, "email": principal.email, "role": principal.role.value,
            "tenant_id": principal.tenant_id, "pending": principal.pending,
            "csrf_token": csrf_token_for(principal.session_id, ctx.settings.secret_bytes)}


router = APIRouter()
router.include_router(public)
router.include_router(signed_in)
