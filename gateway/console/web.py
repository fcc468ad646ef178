"""Shared plumbing of the console pages: templates, the signed-in user, CSRF, roles, responses.

Every page and form action goes through :func:`console_user` (who is calling) and
:func:`require` (may this role do this); a form POST also passes :func:`check_csrf`. Hiding a
button in a template is only a convenience: these checks are the authorization.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path
from typing import Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.auth.access import Scope, allowed_roles, refusal
from sluice.gateway.auth.deps import SESSION_COOKIE, csrf_token_for, principal_of
from sluice.gateway.auth.principal import Principal
from sluice.gateway.users.roles import Role
from sluice.gateway.services import Services
from sluice.gateway.errors import SluiceError
from sluice.gateway.providers.service import redact_url
from sluice.gateway.users.credentials import PASSWORD_CHANGE, TOTP_ENROLMENT
from sluice.gateway.users.service import resolve_session

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.globals["redact_url"] = redact_url
PRESESSION_COOKIE = "sluice_presession"
CSRF_FIELD = "csrf_token"

SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


class SignInRequired(Exception):
    """The caller has no valid session: send them to the sign-in page."""

    def __init__(self, next_url: str = "/console"):
        self.next_url = next_url


class StepRequired(Exception):
    """The account must change its password or enrol a second factor first: send it to that page."""

    def __init__(self, page: str):
        self.page = page


PENDING_STEP_PAGES = {PASSWORD_CHANGE: "/console/account/password", TOTP_ENROLMENT: "/console/account/security"}


class Denied(Exception):
    """The caller is signed in but their role may not do this (rendered as a 403 page)."""

    def __init__(self, user: ConsoleUser, message: str, status: int = 403):
        self.user = user
        self.message = message
        self.status = status


class ConsoleUser:
    """The signed-in user of one request, with the CSRF token their forms must carry."""

    def __init__(self, principal: Principal, csrf: str):
        self.principal = principal
        self.csrf = csrf

    @property
    def role(self) -> Role:
        return self.principal.role

    @property
    def email(self) -> str:
        return self.principal.email

    @property
    def tenant_id(self) -> str | None:
        return self.principal.tenant_id

    @property
    def deployment_wide(self) -> bool:
        """Not limited to a tenant: may change what every tenant uses (when the role allows)."""
        return self.principal.tenant_id is None

    def tenant_field(self, name: str) -> str:
        """Where a form's error about its tenant field goes: beside the field, or at the top of the
        form for tenant-limited users (their forms have no tenant field)."""
        return name if self.deployment_wide else "_form"

    def has(self, *roles: Role | str) -> bool:
        return self.principal.role == Role.ADMIN or self.principal.role in {Role(r) for r in roles}


def ctx_of(request: Request) -> Services:
    return request.app.state.services


def client_address(request: Request) -> str | None:
    return request.client.host if request.client else None


def secure_cookies(request: Request) -> bool:
    return ctx_of(request).settings.cookie_secure or request.url.scheme == "https"


USER_SCOPE_KEY = "sluice.console_user"  # the request's ConsoleUser, once resolved


def console_user(request: Request) -> ConsoleUser:
    """Resolve the session cookie (once per request), or raise SignInRequired."""
    known = request.scope.get(USER_SCOPE_KEY)
    if known is not None:
        return known
    token = request.cookies.get(SESSION_COOKIE)
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if not token or len(token) > 200:
        raise SignInRequired(target)
    ctx = ctx_of(request)
    with ctx.sessions() as session:
        try:
            record, user = resolve_session(session=session, token=token, secret=ctx.settings.secret_bytes)
        except SluiceError:
            raise SignInRequired(target) from None
        principal = principal_of(user, record.id, ctx)
    request.state.principal = principal
    user = ConsoleUser(principal, csrf_token_for(record.id, ctx.settings.secret_bytes))
    request.scope[USER_SCOPE_KEY] = user
    step_page = PENDING_STEP_PAGES.get(principal.pending or "")
    path = request.url.path
    if step_page is not None and path != "/console/sign-out" and not (path == step_page
                                                                      or path.startswith(step_page + "/")):
        raise StepRequired(step_page)
    return user


def require(user: ConsoleUser, *roles: Role, action: str = "open this page", deployment: bool = False) -> None:
    """Allow the given roles (admin always) and, with ``deployment``, only users not limited to a
    tenant (the action changes what every tenant uses); otherwise raise Denied. The rule itself is
    :func:`sluice.gateway.auth.access.refusal`, the same as the admin API's."""
    reason = refusal(user.principal, roles=allowed_roles(roles),
                     scope=Scope.DEPLOYMENT if deployment else Scope.TENANT, action=action)
    if reason is not None:
        raise Denied(user, reason)


async def read_form(request: Request) -> dict[str, str]:
    """The submitted form as plain strings (repeated fields joined by newlines); never raises."""
    try:
        form = await request.form()
    except Exception:  # noqa: BLE001 - a malformed body is treated as an empty form
        return {}
    values: dict[str, str] = {}
    for key, value in form.multi_items():
        if isinstance(value, str):
            values[key] = value if key not in values else values[key] + "\n" + value
    return values


def check_csrf(user: ConsoleUser, form: dict[str, str]) -> None:
    sent = form.get(CSRF_FIELD, "")
    if not hmac.compare_digest(sent.encode(), user.csrf.encode()):
        raise Denied(user, "This form has expired or did not come from this console. Reload the page and try again.")


async def form_fields(request: Request) -> dict[str, str]:
    """Dependency: the submitted form, read on the event loop so the route itself can run in a thread."""
    return await read_form(request)


FORM = Depends(form_fields)  # ``form: dict = web.FORM`` in a route's parameters


def guard(request: Request, form: dict[str, str], *roles: Role, action: str, deployment: bool = False) -> ConsoleUser:
    """The usual start of a form action: signed in, CSRF token valid, role (and scope) allowed."""
    user = console_user(request)
    check_csrf(user, form)
    require(user, *roles, action=action, deployment=deployment)
    return user


async def guarded_form(request: Request, *roles: Role, action: str,
                       deployment: bool = False) -> tuple[ConsoleUser, dict[str, str]]:
    """The usual start of a form action: signed in, CSRF token valid, role (and scope) allowed."""
    form = await read_form(request)
    return guard(request, form, *roles, action=action, deployment=deployment), form


def audit_event(request: Request, user: ConsoleUser, session, *, action: str, target_type: str,
                target_id: str | None, tenant_id: str | None = None, before: dict | None = None,
                after: dict | None = None) -> None:
    """Record a console action in the audit log, in the caller's transaction (marked as done here)."""
    record_admin_action(session=session, actor=user.principal, action=action, target_type=target_type,
                        target_id=target_id, tenant_id=tenant_id, before=before,
                        after={**(after or {}), "via": "console"}, source_address=client_address(request))


def sentence(message: str) -> str:
    """A service message as a sentence for a page: capital first letter, full stop at the end."""
    message = message[:1].upper() + message[1:]
    return message if message.endswith(".") else message + "."


# --- sign-in form CSRF (no session yet: a token bound to a random pre-session cookie) ----------

def presession_token(nonce: str, secret: bytes) -> str:
    return hmac.new(secret, f"signin:{nonce}".encode(), hashlib.sha256).hexdigest()


def new_presession() -> str:
    return secrets.token_urlsafe(24)


def presession_valid(request: Request, sent: str) -> bool:
    nonce = request.cookies.get(PRESESSION_COOKIE, "")
    if not nonce or len(nonce) > 100:
        return False
    expected = presession_token(nonce, ctx_of(request).settings.secret_bytes)
    return hmac.compare_digest(sent.encode(), expected.encode())


# --- responses -------------------------------------------------------------------------------

def render(request: Request, template: str, user: ConsoleUser | None = None, *, status: int = 200,
           **values: Any) -> HTMLResponse:
    values.setdefault("notice", NOTICES.get(request.query_params.get("done", "")))
    response = templates.TemplateResponse(request, template, {"user": user, "nav": nav_for(user), **values},
                                          status_code=status)
    response.headers.update(SECURITY_HEADERS)
    return response


def redirect(url: str) -> RedirectResponse:
    response = RedirectResponse(url, status_code=303)
    response.headers.update(SECURITY_HEADERS)
    return response


# Confirmation messages after POST-redirect-GET (``?done=<code>``); unknown codes show nothing.
NOTICES = {
    "key_revoked": "The API key was revoked. Requests with it are refused from now on.",
    "key_changed": "Key updated. Requests with it follow the new settings within a few seconds.",
    "budget_changed": "Tenant budget saved.",
    "tenant_created": "Tenant created.",
    "user_created": "User created.",
    "user_role_changed": "Role changed. It applies to the user's next request; as a new approver they cannot "
                         "approve versions written before the change.",
    "user_totp_reset": "Second factor removed; the user signs in with the password alone until they enrol again.",
    "password_changed": "Password changed. Your other sessions were signed out.",
    "password_set": "Password set. Sign in with it now.",
    "user_disabled": "User disabled; their sessions no longer work.",
    "user_enabled": "User enabled; they can sign in again.",
    "user_unlocked": "User unlocked; they can sign in again now.",
    "provider_created": "Provider registered.",
    "provider_changed": "Provider updated.",
    "provider_deleted": "Provider removed.",
    "policy_created": "Policy created with a draft based on the shipped default. Edit it, test it, then submit it.",
    "draft_saved": "Draft saved.",
    "draft_discarded": "Draft discarded.",
    "submitted": "Submitted for review. A policy approver other than you must approve it.",
    "approved": "Version approved. It can now be activated.",
    "rejected": "Version rejected; the author can open a new draft.",
    "activated": "Version activated. Requests use it from now on.",
    "rolled_back": "Rolled back. The earlier version is in force again.",
    "verification_started": "Verification started. It replays the whole log; reload this page to see the result.",
    "verification_running": "A verification is already running.",
    "checkpoint_signed": "A new checkpoint was signed.",
    "export_requested": "Export requested. Its progress is shown below.",
}

NAV = (
    ("dashboard", "Dashboard", "/console", ()),
    ("policies", "Policies", "/console/policies", ()),
    ("audit", "Audit log", "/console/audit", (Role.AUDITOR,)),
    ("exports", "Exports", "/console/exports", (Role.AUDITOR,)),
    ("evaluations", "Evaluations", "/console/evaluations", ()),
    ("keys", "API keys", "/console/keys", ()),
    ("tenants", "Tenants", "/console/tenants", ()),
    ("users", "Users", "/console/users", ()),
    ("providers", "Providers", "/console/providers", ()),
)
# Pages every role may open; the rest is listed with the roles above (admin always).
OPEN_TO_ALL = {"dashboard", "policies", "tenants", "providers", "evaluations"}


def nav_for(user: ConsoleUser | None) -> list[tuple[str, str, str]]:
    if user is None:
        return []
    return [(key, label, url) for key, label, url, roles in NAV
            if key in OPEN_TO_ALL or user.has(*roles)]

ALL_ROLES = tuple(Role)
