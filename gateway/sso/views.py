"""Single sign-on routes: the console's start and callback pages, and the admin API's view of SSO
(whether it is on, and a session token for scripts once signed in through the browser)."""

from __future__ import annotations

from datetime import datetime, timedelta

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel

from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.auth.deps import SESSION_COOKIE, app_services, csrf_token_for, current_principal
from sluice.gateway.auth.gated import admin_router
from sluice.gateway.auth.principal import Principal
from sluice.gateway.console import web
from sluice.gateway.console.pages.account import safe_next
from sluice.gateway.database import transaction
from sluice.gateway.identity.errors import AccessRefused
from sluice.gateway.services import Services
from sluice.gateway.sso import sign_in as sso
from sluice.gateway.users.models import User
from sluice.gateway.users.service import get_user, open_session

STATE_COOKIE = "sluice_sso_state"
CALLBACK_PATH = "/console/sso/callback"

console = APIRouter(prefix="/console/sso", include_in_schema=False)

TITLES = {401: "Single sign-on failed", 403: "No access to Sluice", 409: "Account conflict",
          502: "Identity provider unavailable"}


def redirect_uri(request: Request) -> str:
    configured = web.ctx_of(request).settings.sso_redirect_url
    return configured or str(request.base_url).rstrip("/") + CALLBACK_PATH


def _refused(request: Request, exc: AccessRefused):
    return web.render(request, "sso_refused.html", None, status=exc.status,
                      title=TITLES.get(exc.status, "Single sign-on did not finish"),
                      message=web.sentence(exc.message), code=str(exc.code))


@console.get("/start")
def start(request: Request, next: str | None = None):
    ctx = web.ctx_of(request)
    try:
        started = sso.begin(ctx=ctx, redirect_uri=redirect_uri(request), next_url=safe_next(next))
    except AccessRefused as exc:
        return _refused(request, exc)
    response = web.redirect(started.authorization_url)
    # Lax, not Strict: the provider sends the browser back with a cross-site top-level GET.
    response.set_cookie(STATE_COOKIE, started.state, max_age=ctx.settings.sso_attempt_ttl_s, httponly=True,
                        samesite="lax", secure=web.secure_cookies(request), path="/console/sso")
    return response


@console.get("/callback")
def callback(request: Request, state: str = "", code: str = "", error: str = ""):
    ctx = web.ctx_of(request)
    received = sso.Callback(state=state[:300], code=code[:5000], error=error[:100],
                            browser_state=request.cookies.get(STATE_COOKIE, "")[:300],
                            redirect_uri=redirect_uri(request))
    try:
        done = sso.finish(ctx=ctx, callback=received, source_address=web.client_address(request))
    except AccessRefused as exc:
        response = _refused(request, exc)
    else:
        # A page of our own moves on to the console: a redirect here would still belong to the provider's
        # cross-site navigation, and the browser would hold back the SameSite=Strict session cookie.
        response = web.render(request, "sso_continue.html", None, title="Signed in", next_url=done.next_url)
        response.set_cookie(SESSION_COOKIE, done.issued.token, max_age=ctx.settings.session_ttl_s, httponly=True,
                            secure=web.secure_cookies(request), samesite="strict", path="/")
    response.delete_cookie(STATE_COOKIE, path="/console/sso")
    return response


# --- admin API -----------------------------------------------------------------------------------

public = APIRouter(prefix="/admin/api/auth", tags=["auth"])
signed_in = admin_router(prefix="/admin/api/auth", tags=["auth"])


class SsoInfo(BaseModel):
    enabled: bool
    sso_only: bool
    start_url: str | None


@public.get("/sso", response_model=SsoInfo)
def sso_info(ctx: Services = Depends(app_services)) -> SsoInfo:
    """Whether single sign-on is on, whether passwords are off, and where a browser starts it."""
    enabled = ctx.oidc is not None
    return SsoInfo(enabled=enabled, sso_only=ctx.settings.sso_only,
                   start_url="/console/sso/start" if enabled else None)


class SessionTokenOut(BaseModel):
    token: str
    expires_at: datetime
    csrf_token: str


@signed_in.post("/session-tokens", response_model=SessionTokenOut, status_code=201)
def new_session_token(request: Request, principal: Principal = Depends(current_principal),
                      ctx: Services = Depends(app_services)) -> SessionTokenOut:
    """A separate session of the signed-in user for scripts (``Authorization: Bearer``), e.g. after
    an SSO sign-in in the browser. It expires like any session and ends when the account is disabled."""
    s = ctx.settings
    with transaction(ctx.sessions) as session:
        user: User = get_user(session=session, user_id=principal.user_id)
        issued = open_session(session=session, user=user, secret=s.secret_bytes,
                              ttl=timedelta(seconds=s.session_ttl_s), source_address=web.client_address(request))
        record_admin_action(session=session, actor=principal, action="user.session_token_issued",
                            target_type="user", target_id=user.id, tenant_id=user.tenant_id,
                            after={"session_id": issued.record.id}, source_address=web.client_address(request))
    return SessionTokenOut(token=issued.token, expires_at=issued.record.expires_at,
                           csrf_token=csrf_token_for(issued.record.id, s.secret_bytes))


router = APIRouter()
router.include_router(console)
router.include_router(public)
router.include_router(signed_in)
