"""The single sign-on flow from the gateway's side, audited: start (redirect to the provider) and
finish (one-time state, code exchange, ID-token checks, group mapping, account, session).

The calls to the provider run between transactions: the attempt is spent (committed) before the
code is exchanged, so a replayed callback is refused even when the exchange fails half-way.
Audit events carry the provider's issuer, the account and why a sign-in was refused, never a
token, a code or a claim's raw value.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.exc import IntegrityError

from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.auth.sign_in import hashed_email
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import InvalidInput
from sluice.gateway.identity.access_map import AccessGrant, groups_of, parse_rules, resolve
from sluice.gateway.identity.accounts import directory_groups_of, find_by_email, provision_sso_user
from sluice.gateway.identity.errors import AccessRefused
from sluice.gateway.services import Services
from sluice.gateway.sso.attempts import StartedSignIn, start_sign_in, take_attempt
from sluice.gateway.sso.id_token import validate_id_token
from sluice.gateway.sso.provider import OidcProvider
from sluice.gateway.users.service import IssuedSession, normalise_email, open_session

MAX_CODE_LENGTH = 4096


def provider_of(ctx: Services) -> OidcProvider:
    if ctx.oidc is None:
        raise AccessRefused(ErrorCode.SSO_NOT_CONFIGURED, "single sign-on is not set up on this gateway "
                            "(SLUICE_SSO_ISSUER, SLUICE_SSO_CLIENT_ID)")
    return ctx.oidc


def begin(*, ctx: Services, redirect_uri: str, next_url: str) -> StartedSignIn:
    """Record a new attempt and return the provider's authorization URL for it."""
    provider = provider_of(ctx)
    endpoint = provider.metadata().authorization_endpoint
    s = ctx.settings
    with ctx.sessions() as session, session.begin():
        return start_sign_in(session=session, authorization_endpoint=endpoint, client_id=provider.client_id,
                             redirect_uri=redirect_uri, scopes=s.sso_scopes, next_url=next_url,
                             secret=s.secret_bytes, ttl=timedelta(seconds=s.sso_attempt_ttl_s))


@dataclass(frozen=True)
class Callback:
    """What the provider sent back to the callback URL, and this browser's state cookie."""

    state: str
    code: str
    error: str
    browser_state: str
    redirect_uri: str  # the callback URL, as sent in the authorization request


@dataclass(frozen=True)
class Identity:
    subject: str
    email: str
    name: str | None
    groups: list[str] | None  # None: the provider sent no groups claim at all


def _identity(ctx: Services, provider: OidcProvider, claims: dict, access_token: str | None) -> Identity:
    s = ctx.settings
    if (s.sso_email_claim not in claims or s.sso_groups_claim not in claims) and access_token:
        extra = provider.userinfo(access_token)
        if extra.get("sub") == claims["sub"]:  # OpenID Connect Core 5.3.2: else the answer is not about this user
            claims = {**extra, **claims}
    email = claims.get(s.sso_email_claim)
    if claims.get("email_verified") is False:
        raise AccessRefused(ErrorCode.SSO_NO_ACCESS, "the identity provider says your e-mail address is not verified",
                            reason="email_unverified")
    try:
        email = normalise_email(email if isinstance(email, str) else "")
    except InvalidInput:
        raise AccessRefused(ErrorCode.SSO_NO_ACCESS, f"the identity provider sent no valid e-mail address in the "
                            f"{s.sso_email_claim!r} claim; ask an administrator to release it to Sluice",
                            reason="email_missing") from None
    name = claims.get("name")
    groups = groups_of(claims[s.sso_groups_claim]) if s.sso_groups_claim in claims else None
    return Identity(subject=str(claims["sub"])[:255], email=email, name=name[:200] if isinstance(name, str) else None,
                    groups=groups)


def _verify(ctx: Services, callback: Callback) -> tuple[Identity, str]:
    """Spend the attempt, exchange the code, check the ID token: the identity and the next page."""
    provider = provider_of(ctx)
    s = ctx.settings
    if callback.error:  # nothing is signed in, so say what the provider said (some send no state with it)
        raise AccessRefused(ErrorCode.SSO_DENIED, "the identity provider did not sign you in "
                            f"({callback.error[:64]}); try again or ask an administrator", reason="provider_error")
    with ctx.sessions() as session, session.begin():
        attempt = take_attempt(session=session, state=callback.state, browser_state=callback.browser_state,
                               secret=s.secret_bytes)
        verifier, expected_nonce, next_url = attempt.code_verifier, attempt.nonce_hash, attempt.next_url
    if not callback.code or len(callback.code) > MAX_CODE_LENGTH:
        raise AccessRefused(ErrorCode.SSO_CODE_REJECTED, "the identity provider sent no sign-in code; start the "
                            "sign-in again", reason="code_missing")
    tokens = provider.exchange_code(code=callback.code, redirect_uri=callback.redirect_uri,
                                    code_verifier=verifier)
    claims = validate_id_token(tokens.id_token, provider=provider, expected_nonce_hash=expected_nonce,
                               secret=s.secret_bytes, leeway_s=s.sso_leeway_s)
    return _identity(ctx, provider, claims, tokens.access_token), next_url


def _grant(ctx: Services, session, identity: Identity) -> AccessGrant:
    """The grant of the identity's groups: from the groups claim, or, when the provider sends none,
    from the groups SCIM pushed for this account."""
    groups = identity.groups
    if groups is None:
        user = find_by_email(session=session, email=identity.email)
        groups = directory_groups_of(session=session, user_id=user.id) if user is not None else []
    grant = resolve(parse_rules(ctx.settings.sso_role_map), groups)
    if grant is None:
        raise AccessRefused(ErrorCode.SSO_NO_ACCESS, "none of your groups at the identity provider gives access to "
                            "Sluice; ask an administrator to add you to a group in the SSO role map",
                            reason="no_mapped_group")
    return grant


@dataclass(frozen=True)
class SsoSignIn:
    issued: IssuedSession
    next_url: str


def finish(*, ctx: Services, callback: Callback, source_address: str | None) -> SsoSignIn:
    """Finish a sign-in; audits ``user.sso_login`` or ``user.sso_login_failed``; raises ``AccessRefused``."""
    issuer = ctx.oidc.issuer if ctx.oidc else None
    identity: Identity | None = None
    try:
        identity, next_url = _verify(ctx, callback)
        try:
            issued = _open(ctx, identity, issuer=issuer, source_address=source_address)
        except IntegrityError:  # the same new user's first sign-in in two tabs at once: the other one won
            issued = _open(ctx, identity, issuer=issuer, source_address=source_address)
        return SsoSignIn(issued=issued, next_url=next_url)
    except AccessRefused as exc:
        _audit_refusal(ctx, exc, identity=identity, issuer=issuer, source_address=source_address)
        raise


def _open(ctx: Services, identity: Identity, *, issuer: str | None, source_address: str | None) -> IssuedSession:
    """One transaction: the account made or updated from the groups, a new session, the audit events."""
    s = ctx.settings
    with ctx.sessions() as session, session.begin():
        grant = _grant(ctx, session, identity)
        done = provision_sso_user(session=session, subject=identity.subject, email=identity.email,
                                  display_name=identity.name, grant=grant)
        user, created, change = done.user, done.created, done.change
        issued = open_session(session=session, user=user, secret=s.secret_bytes,
                              ttl=timedelta(seconds=s.session_ttl_s), source_address=source_address)
        after = {"via": "sso", "issuer": issuer, "created": created,
                 "group": grant.group, "role": user.role, "tenant_id": user.tenant_id}
        if created:
            record_admin_action(session=session, actor=None, actor_label=f"sso:{issuer}",
                                action="user.created", target_type="user", target_id=user.id,
                                tenant_id=user.tenant_id, after={"role": user.role, "managed_by": "sso"},
                                source_address=source_address)
        elif change is not None and change.changed:
            record_admin_action(session=session, actor=None, actor_label=f"sso:{issuer}",
                                action="user.access_changed", target_type="user", target_id=user.id,
                                tenant_id=user.tenant_id, before=change.before, after=change.after,
                                source_address=source_address)
        record_admin_action(session=session, actor=None, actor_label=user.email, action="user.sso_login",
                            target_type="user", target_id=user.id, tenant_id=user.tenant_id, after=after,
                            source_address=source_address)
    return issued


def _audit_refusal(ctx: Services, exc: AccessRefused, *, identity: Identity | None, issuer: str | None,
                   source_address: str | None) -> None:
    who = {"email_hash": hashed_email(identity.email, ctx.settings.secret_bytes)} if identity else {}
    with ctx.sessions() as session, session.begin():
        record_admin_action(session=session, actor=None, action="user.sso_login_failed", target_type="user",
                            target_id=None, after={"via": "sso", "issuer": issuer, "code": str(exc.code),
                                                   "reason": exc.reason, **who},
                            source_address=source_address)
