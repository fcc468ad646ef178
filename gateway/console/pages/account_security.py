"""The signed-in person's own account: change the password, enrol a TOTP second factor, renew
recovery codes. Someone who must change their password, or (when required) enrol a second factor,
is sent here before any other page."""

from __future__ import annotations

from fastapi import Request

from sluice.gateway.auth import self_service
from sluice.gateway.console import web
from sluice.gateway.console.signed_in import page_router
from sluice.gateway.errors import SluiceError
from sluice.gateway.users import totp
from sluice.gateway.users.credentials import TOTP_ENROLMENT
from sluice.gateway.users.service import get_user

router = page_router("/console/account")


def _caller(request: Request, user: web.ConsoleUser) -> self_service.Caller:
    return self_service.Caller(actor=user.principal, session_id=user.principal.session_id, tenant_id=user.tenant_id,
                               source_address=web.client_address(request), via="console")


def _error(exc: SluiceError, field: str) -> dict:
    return {exc.param if exc.param else field: web.sentence(exc.message)}


@router.get("/password")
def password_page(request: Request):
    user = web.console_user(request)
    return web.render(request, "account_password.html", user, title="Change password", errors={})


@router.post("/password")
def password_submit(request: Request, form: dict = web.FORM):
    user = web.console_user(request)
    web.check_csrf(user, form)
    current, new = form.get("current_password", "")[:1024], form.get("new_password", "")[:1024]
    errors = {}
    if new != form.get("new_password_again", "")[:1024]:
        errors = {"new_password_again": "The new passwords differ."}
    else:
        try:
            self_service.change_password_and_audit(ctx=web.ctx_of(request), caller=_caller(request, user),
                                                   current=current, new=new)
        except SluiceError as exc:
            errors = _error(exc, "current_password")
    if errors:
        return web.render(request, "account_password.html", user, title="Change password", errors=errors, status=400)
    return web.redirect("/console/account/security?done=password_changed")


def _security(request: Request, user: web.ConsoleUser, *, recovery_codes: list[str] | None = None,
              errors: dict | None = None, status: int = 200):
    with web.ctx_of(request).sessions() as session:
        account = get_user(session=session, user_id=user.principal.user_id)
        enabled, left = account.totp_enabled, totp.recovery_codes_left(session=session, user=account)
        enrolment = totp.pending_enrolment(account, web.ctx_of(request).settings.secret_bytes)
    return web.render(request, "account_security.html", user, status=status, title="Your account",
                      totp_enabled=enabled, recovery_left=left, enrolment=enrolment,
                      recovery_codes=recovery_codes, errors=errors or {},
                      totp_required=user.principal.pending == TOTP_ENROLMENT)


@router.get("/security")
def security_page(request: Request):
    return _security(request, web.console_user(request))


def _second_factor_step(request: Request, form: dict, step, field: str):
    """Run one second-factor step for the signed-in person and show the page again: with the
    recovery codes it produced, or with the reason it was refused."""
    user = web.console_user(request)
    web.check_csrf(user, form)
    try:
        codes = step(ctx=web.ctx_of(request), caller=_caller(request, user), code=form.get("code", "")[:64])
    except SluiceError as exc:
        return _security(request, user, errors=_error(exc, field), status=exc.status)
    return _security(request, user, recovery_codes=codes)


def _begin(*, ctx, caller, code: str) -> None:
    self_service.begin_totp(ctx=ctx, caller=caller)


@router.post("/security/enrol")
def enrol(request: Request, form: dict = web.FORM):
    return _second_factor_step(request, form, _begin, "_form")


@router.post("/security/confirm")
def confirm(request: Request, form: dict = web.FORM):
    return _second_factor_step(request, form, self_service.confirm_totp, "code")


@router.post("/security/recovery-codes")
def renew_codes(request: Request, form: dict = web.FORM):
    return _second_factor_step(request, form, self_service.renew_recovery_codes, "code")
