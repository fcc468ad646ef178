"""Admin API: the signed-in person's own account (change password, enrol a TOTP second factor,
renew recovery codes) and accepting an invitation (no session: the link's token is the proof)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from sluice.gateway.admin.auth import client_address
from sluice.gateway.admin.schemas import (
    InvitationIn,
    PasswordChangeIn,
    PasswordChangeOut,
    RecoveryCodesOut,
    TotpCodeIn,
    TotpEnrolmentOut,
    UserOut,
)
from sluice.gateway.auth import self_service
from sluice.gateway.auth.deps import app_services, current_principal
from sluice.gateway.auth.gated import admin_router
from sluice.gateway.auth.principal import Principal
from sluice.gateway.services import Services

public = APIRouter(prefix="/admin/api/invitations", tags=["auth"])
own = admin_router(prefix="/admin/api/auth", tags=["auth"])


def _caller(request: Request, principal: Principal) -> self_service.Caller:
    return self_service.Caller(actor=principal, session_id=principal.session_id, tenant_id=principal.tenant_id,
                               source_address=client_address(request))


@public.post("/accept", response_model=UserOut)
def accept(body: InvitationIn, request: Request, ctx: Services = Depends(app_services)):
    """Set your password with the token of an invitation or reset link (the part after
    ``/console/invitation/``). The link then stops working; sign in as usual."""
    user = self_service.accept_and_audit(ctx=ctx, token=body.token, password=body.password,
                                         source_address=client_address(request))
    return UserOut.model_validate(user)


@own.post("/password", response_model=PasswordChangeOut)
def change_password(body: PasswordChangeIn, request: Request, principal: Principal = Depends(current_principal),
                    ctx: Services = Depends(app_services)):
    """Change your own password. Needs the current one; every other session of the account ends."""
    ended = self_service.change_password_and_audit(ctx=ctx, caller=_caller(request, principal),
                                                   current=body.current_password, new=body.new_password)
    return PasswordChangeOut(sessions_ended=ended)


@own.post("/totp/enrol", response_model=TotpEnrolmentOut)
def totp_enrol(request: Request, principal: Principal = Depends(current_principal),
               ctx: Services = Depends(app_services)):
    """Start enrolling an authenticator app: scan the QR code (or type the secret), then confirm a code."""
    enrolment = self_service.begin_totp(ctx=ctx, caller=_caller(request, principal))
    return TotpEnrolmentOut(secret=enrolment.secret, otpauth_uri=enrolment.uri, qr_svg=enrolment.qr_svg)


@own.post("/totp/confirm", response_model=RecoveryCodesOut)
def totp_confirm(body: TotpCodeIn, request: Request, principal: Principal = Depends(current_principal),
                 ctx: Services = Depends(app_services)):
    """Turn the second factor on with a current code; answers with single-use recovery codes (shown once)."""
    return RecoveryCodesOut(recovery_codes=self_service.confirm_totp(ctx=ctx, caller=_caller(request, principal),
                                                                     code=body.code))


@own.post("/totp/recovery-codes", response_model=RecoveryCodesOut)
def recovery_codes(body: TotpCodeIn, request: Request, principal: Principal = Depends(current_principal),
                   ctx: Services = Depends(app_services)):
    """Replace your recovery codes (the old ones stop working); needs a current authenticator code."""
    codes = self_service.renew_recovery_codes(ctx=ctx, caller=_caller(request, principal), code=body.code)
    return RecoveryCodesOut(recovery_codes=codes)


router = APIRouter()
router.include_router(public)
router.include_router(own)
