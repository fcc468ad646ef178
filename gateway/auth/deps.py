"""FastAPI dependencies: the caller's identity, checked on the server for every route."""

from __future__ import annotations

import hashlib
import hmac

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from sluice.gateway.auth.access import Scope, allowed_roles, refusal
from sluice.gateway.auth.principal import KeyPrincipal, Principal
from sluice.gateway.users.roles import Role
from sluice.gateway.services import Services
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Forbidden, Unauthenticated
from sluice.gateway.keys.lifecycle import budgets_of_key
from sluice.gateway.keys.service import authenticate_key
from sluice.gateway.tenants.models import Tenant
from sluice.gateway.users.credentials import PASSWORD_CHANGE, TOTP_ENROLMENT, pending_step
from sluice.gateway.users.models import User
from sluice.gateway.users.service import resolve_session

SESSION_COOKIE = "sluice_session"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def csrf_token_for(session_id: str, secret: bytes) -> str:
    """The CSRF token bound to one sign-in session (sent back in a header or form field)."""
    return hmac.new(secret, f"csrf:{session_id}".encode(), hashlib.sha256).hexdigest()


async def app_services(request: Request) -> Services:
    # async: a plain accessor must not cost a thread-pool hop on every request
    return request.app.state.services


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


# While an account must change its password or enrol a second factor, only these routes answer.
PENDING_STEP_ROUTES = frozenset(f"/admin/api/auth/{r}" for r in ("me", "logout", "password", "totp/enrol",
                                                                  "totp/confirm"))
PENDING_REFUSALS = {
    PASSWORD_CHANGE: lambda: Forbidden(ErrorCode.PASSWORD_CHANGE_REQUIRED,
                                       "someone else chose this account's password: change it first "
                                       "(POST /admin/api/auth/password)"),
    TOTP_ENROLMENT: lambda: Forbidden(ErrorCode.SECOND_FACTOR_ENROLMENT_REQUIRED,
                                      "administrators must use a second factor here: enrol one first "
                                      "(POST /admin/api/auth/totp/enrol, then /admin/api/auth/totp/confirm)"),
}


def principal_of(user: User, session_id: str, ctx: Services) -> Principal:
    """The principal of a resolved session, with the step its account must take first (if any)."""
    return Principal(user_id=user.id, email=user.email, role=Role(user.role), tenant_id=user.tenant_id,
                     session_id=session_id,
                     pending=pending_step(user, require_totp_for_admins=ctx.settings.require_totp_for_admins))


PRINCIPAL_SCOPE_KEY = "sluice.principal"  # the signed-in principal of this request, once authenticated


def authenticate(request: Request, ctx: Services) -> Principal:
    """The signed-in caller (session cookie or Bearer session token), resolved once per request.

    Cookie-authenticated writes must also carry the session's CSRF token. Raises
    ``Unauthenticated`` (401) or ``Forbidden`` (403, ``csrf_failed``). Blocking: call it from a thread.
    """
    known = request.scope.get(PRINCIPAL_SCOPE_KEY)
    if known is not None:
        return known
    bearer = _bearer(request)
    token = bearer or request.cookies.get(SESSION_COOKIE)
    if not token:
        raise Unauthenticated(ErrorCode.NOT_SIGNED_IN,
                              "sign in first (session cookie or Bearer session token)")
    with ctx.sessions() as session:
        record, user = resolve_session(session=session, token=token, secret=ctx.settings.secret_bytes)
        principal = principal_of(user, record.id, ctx)
    if bearer is None and request.method not in SAFE_METHODS:
        # Cookie-authenticated writes must prove they come from our own pages.
        sent = request.headers.get(CSRF_HEADER, "")
        if not hmac.compare_digest(sent, csrf_token_for(record.id, ctx.settings.secret_bytes)):
            raise Forbidden(ErrorCode.CSRF_FAILED,
                            "missing or wrong CSRF token; reload the page and try again")
    if principal.pending is not None and request.url.path not in PENDING_STEP_ROUTES:
        raise PENDING_REFUSALS[principal.pending]()
    request.scope[PRINCIPAL_SCOPE_KEY] = principal
    request.state.principal = principal
    return principal


async def current_principal(request: Request, ctx: Services = Depends(app_services)) -> Principal:
    """Dependency: the signed-in caller. On admin routes the gate has already resolved it (no second look-up)."""
    known = request.scope.get(PRINCIPAL_SCOPE_KEY)
    return known if known is not None else await run_in_threadpool(authenticate, request, ctx)


class RoleGate:
    """Dependency: the signed-in caller, if :func:`~sluice.gateway.auth.access.refusal` lets their
    role and scope do the route's action (``admin`` always qualifies by role; with ``deployment``
    only users not limited to a tenant qualify).

    A class rather than a closure so that the admin routes' gate (``gateway.auth.gated``) can read
    which roles and scope a route admits and refuse the others before FastAPI looks at the request.
    """

    def __init__(self, *roles: Role, deployment: bool = False, action: str = "use this route"):
        self.allowed = allowed_roles(roles)
        self.scope = Scope.DEPLOYMENT if deployment else Scope.TENANT
        self.action = action

    @property
    def deployment(self) -> bool:
        return self.scope is Scope.DEPLOYMENT

    def check(self, principal: Principal) -> Principal:
        reason = refusal(principal, roles=self.allowed, scope=self.scope, action=self.action)
        if reason is not None:
            raise Forbidden(ErrorCode.FORBIDDEN, reason)
        return principal

    async def __call__(self, principal: Principal = Depends(current_principal)) -> Principal:
        return self.check(principal)


def require_roles(*roles: Role, action: str = "use this route") -> RoleGate:
    """Allow only the given roles (``admin`` always), in their own tenant when limited to one."""
    return RoleGate(*roles, action=action)


def require_deployment_admin(action: str = "change this") -> RoleGate:
    """Allow only administrators who are not limited to a tenant (changes every tenant relies on)."""
    return RoleGate(deployment=True, action=action)


def _load_key_principal(ctx: Services, token: str) -> KeyPrincipal:
    with ctx.sessions() as session, session.begin():
        record = authenticate_key(session=session, presented=token, secret=ctx.settings.secret_bytes)
        tenant = session.get(Tenant, record.tenant_id)
        allowed = frozenset(record.allowed_models) if record.allowed_models is not None else None
        return KeyPrincipal(key_id=record.id, tenant_id=record.tenant_id, tenant_name=tenant.name,
                            rpm_limit=record.rpm_limit, tpm_limit=record.tpm_limit, allowed_models=allowed,
                            budgets=budgets_of_key(session=session, record=record, tenant=tenant))


async def api_key_principal(request: Request) -> KeyPrincipal:
    # the context is read here rather than as a sub-dependency: this runs on every /v1 request
    ctx: Services = request.app.state.services
    token = _bearer(request)
    if token is None:
        raise Unauthenticated(ErrorCode.INVALID_API_KEY,
                              "You didn't provide an API key (Authorization: Bearer ...).")
    principal = ctx.key_cache.get(token)
    if principal is None:
        try:
            principal = await run_in_threadpool(_load_key_principal, ctx, token)
        except Unauthenticated as exc:
            ctx.key_failures.note(presented=token, reason=exc.code,
                                  source_address=request.client.host if request.client else None)
            raise
        ctx.key_cache.put(token, principal)
    ctx.key_usage.note(principal.key_id)
    request.state.key = principal
    return principal
