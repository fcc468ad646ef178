"""Signing in and out of the console. Every attempt, good or bad, is an audit event."""

from __future__ import annotations

from fastapi import APIRouter, Request

from sluice.gateway.auth.deps import SESSION_COOKIE
from sluice.gateway.auth.sign_in import SecondFactorRequired, sign_in_and_audit
from sluice.gateway.console import web
from sluice.gateway.console.signed_in import page_router
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Forbidden, Unauthenticated
from sluice.gateway.users.models import UserSession
from sluice.gateway.users.service import sign_out

public = APIRouter(prefix="/console", include_in_schema=False)  # the sign-in form needs no session
signed_in = page_router("/console")

MESSAGES = {
    ErrorCode.INVALID_CREDENTIALS: "E-mail or password is incorrect.",
    ErrorCode.ACCOUNT_LOCKED: "Too many failed sign-ins: signing in is locked for a while. Try again later "
                              "or ask an administrator.",
    ErrorCode.INVALID_SECOND_FACTOR: "That code is wrong or was used already. Type the current code from your "
                                     "authenticator app, or a recovery code.",
    ErrorCode.SIGN_IN_EXPIRED: "The sign-in took too long. Enter your password again.",
    "csrf": "The sign-in form expired. Please try again.",
    "missing": "Enter your e-mail and password.",
    ErrorCode.PASSWORD_SIGN_IN_DISABLED: "Password sign-in is turned off. Use single sign-on.",
    "missing_code": "Enter the code from your authenticator app.",
}


def safe_next(value: str | None) -> str:
    """Only console pages and the API reference are valid targets after sign-in (no open redirects)."""
    if value == "/docs":
        return value
    if value and value.startswith("/console") and "//" not in value and "\\" not in value and len(value) < 2000:
        return value
    return "/console"


def _form(request: Request, *, error: str | None = None, email: str = "", next_url: str = "/console",
          status: int = 200, signed_out: bool = False, challenge: str | None = None):
    """The sign-in form; with ``challenge``, its second step (the authenticator code)."""
    settings = web.ctx_of(request).settings
    nonce = web.new_presession()
    response = web.render(request, "sign_in.html", None, status=status, title="Sign in", error=error,
                          email=email, next_url=next_url, signed_out=signed_out, challenge=challenge,
                          sso_label=settings.sso_button_label if settings.sso_issuer else None,
                          sso_only=settings.sso_only,
                          form_token=web.presession_token(nonce, settings.secret_bytes))
    response.set_cookie(web.PRESESSION_COOKIE, nonce, max_age=3600, httponly=True, samesite="strict",
                        secure=web.secure_cookies(request), path="/console")
    return response


@public.get("/sign-in")
def sign_in_page(request: Request, next: str | None = None, signed_out: str | None = None):
    return _form(request, next_url=safe_next(next), signed_out=signed_out == "1")


@public.post("/sign-in")
def sign_in_submit(request: Request, form: dict = web.FORM):
    email = form.get("email", "").strip()[:254]
    password = form.get("password", "")[:1024]
    next_url = safe_next(form.get("next"))
    if not web.presession_valid(request, form.get(web.CSRF_FIELD, "")):
        return _form(request, error=MESSAGES["csrf"], email=email, next_url=next_url, status=400)
    if not email or not password:
        return _form(request, error=MESSAGES["missing"], email=email, next_url=next_url, status=400)
    ctx = web.ctx_of(request)
    try:
        issued = sign_in_and_audit(ctx=ctx, email=email, password=password,
                                   source_address=web.client_address(request), via="console")
    except SecondFactorRequired as exc:
        return _form(request, email=email, next_url=next_url, challenge=exc.challenge)
    except (Unauthenticated, Forbidden) as exc:
        message = MESSAGES.get(exc.code, MESSAGES[ErrorCode.INVALID_CREDENTIALS])
        return _form(request, error=message, email=email, next_url=next_url, status=exc.status)
    return _signed_in(request, issued, next_url)


@public.post("/sign-in/code")
def sign_in_code(request: Request, form: dict = web.FORM):
    """The second step: the authenticator (or recovery) code, with the first step's challenge."""
    challenge = form.get("challenge", "")[:200]
    code = form.get("code", "").strip()[:64]
    next_url = safe_next(form.get("next"))
    if not web.presession_valid(request, form.get(web.CSRF_FIELD, "")):
        return _form(request, error=MESSAGES["csrf"], next_url=next_url, status=400)
    if not code:
        return _form(request, error=MESSAGES["missing_code"], next_url=next_url, challenge=challenge, status=400)
    try:
        issued = sign_in_and_audit(ctx=web.ctx_of(request), email="", password=None, challenge=challenge,
                                   second_factor=code, source_address=web.client_address(request), via="console")
    except Unauthenticated as exc:
        message = MESSAGES.get(exc.code, MESSAGES[ErrorCode.INVALID_CREDENTIALS])
        again = challenge if exc.code == ErrorCode.INVALID_SECOND_FACTOR else None
        return _form(request, error=message, next_url=next_url, challenge=again, status=401)
    return _signed_in(request, issued, next_url)


def _signed_in(request: Request, issued, next_url: str):
    response = web.redirect(next_url)
    response.set_cookie(SESSION_COOKIE, issued.token, max_age=web.ctx_of(request).settings.session_ttl_s,
                        httponly=True, secure=web.secure_cookies(request), samesite="strict", path="/")
    response.delete_cookie(web.PRESESSION_COOKIE, path="/console")
    return response


@signed_in.post("/sign-out")
def sign_out_submit(request: Request, form: dict = web.FORM):
    user = web.console_user(request)
    web.check_csrf(user, form)
    ctx = web.ctx_of(request)
    with ctx.sessions() as session, session.begin():
        record = session.get(UserSession, user.principal.session_id)
        if record is not None:
            sign_out(session=session, record=record)
        web.audit_event(request, user, session, action="user.logout", target_type="user",
                        target_id=user.principal.user_id, tenant_id=user.tenant_id)
    response = web.redirect("/console/sign-in?signed_out=1")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


router = APIRouter()
router.include_router(public)
router.include_router(signed_in)
