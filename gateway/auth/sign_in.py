"""Signing in from the admin API or the console: the password check outside any transaction,
then one short write that applies lock-outs, opens the session and audits the outcome.

The slow password hash runs between two transactions, so on SQLite (one writer at a time) no
sign-in holds the write lock while it hashes. A failed sign-in is audited without the typed
e-mail: the account id when the account exists, a keyed hash of the address otherwise.
"""

from __future__ import annotations

from datetime import timedelta

from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.crypto import derive_key
from sluice.gateway.auth.second_step import challenge_candidate, new_challenge
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Forbidden, Unauthenticated
from sluice.gateway.services import Services
from sluice.gateway.settings import Settings
from sluice.gateway.users.service import IssuedSession, check_password, complete_sign_in, find_candidate
from sluice.gateway.users.throttle import ThrottlePolicy
from sluice.policy.transform import keyed_hash


def throttle_policy(settings: Settings) -> ThrottlePolicy:
    return ThrottlePolicy(account_max_failures=settings.login_max_failures,
                          address_max_failures=settings.login_address_max_failures,
                          base=timedelta(seconds=settings.login_lockout_s),
                          cap=timedelta(seconds=max(settings.login_lockout_max_s, settings.login_lockout_s)),
                          window=timedelta(seconds=settings.login_failure_window_s))


def password_sign_in_allowed(settings: Settings, email: str) -> bool:
    """False in SSO-only mode, except for the named break-glass account."""
    if not settings.sso_only:
        return True
    glass = settings.sso_break_glass_email
    return bool(glass) and email.strip().lower() == glass.strip().lower()


def hashed_email(email: str, secret: bytes) -> str:
    """The keyed-hash token that stands for a typed e-mail address in audit events."""
    return keyed_hash("EMAIL_ADDRESS", email.strip().lower(), secret=derive_key(secret, "audit-identifier"))


class SecondFactorRequired(Unauthenticated):
    """The password was right and the account has a second factor: ``challenge`` lets a form ask
    for the code without sending the password again."""

    def __init__(self, exc: Unauthenticated, challenge: str):
        super().__init__(exc.code, exc.message)
        self.challenge = challenge


def sign_in_and_audit(*, ctx: Services, email: str, password: str | None, source_address: str | None,
                      via: str | None = None, second_factor: str | None = None,
                      challenge: str | None = None) -> IssuedSession:
    """Sign in, audit ``user.login`` or ``user.login_failed``; raises ``Unauthenticated`` on failure
    (``Forbidden`` when password sign-in is off, SSO-only mode).

    The second step of a sign-in with a second factor passes the ``challenge`` of the first step
    instead of the password."""
    s = ctx.settings
    if challenge is None and not password_sign_in_allowed(s, email):
        with ctx.sessions() as session, session.begin():
            record_admin_action(session=session, actor=None, action="user.login_failed", target_type="user",
                                target_id=None, after={"reason": ErrorCode.PASSWORD_SIGN_IN_DISABLED.value,
                                                       "email_hash": hashed_email(email, s.secret_bytes),
                                                       **({"via": via} if via else {})},
                                source_address=source_address)
        raise Forbidden(ErrorCode.PASSWORD_SIGN_IN_DISABLED, "password sign-in is turned off on this gateway; "
                        "sign in with single sign-on (GET /console/sso/start)")
    with ctx.sessions() as session:
        if challenge is not None:
            candidate, verdict = challenge_candidate(session=session, challenge=challenge, secret=s.secret_bytes)
        else:
            candidate = find_candidate(session=session, email=email)
    if challenge is None:
        verdict = check_password(candidate, password or "")
    extra = {"via": via} if via else {}
    failure: Unauthenticated | None = None
    with ctx.sessions() as session, session.begin():
        try:
            issued = complete_sign_in(session=session, candidate=candidate, verdict=verdict, secret=s.secret_bytes,
                                      ttl=timedelta(seconds=s.session_ttl_s), policy=throttle_policy(s),
                                      source_address=source_address, second_factor=second_factor)
        except Unauthenticated as exc:
            failure = exc
            if exc.code == ErrorCode.SECOND_FACTOR_REQUIRED:
                failure = SecondFactorRequired(exc, new_challenge(candidate, s.secret_bytes))
            who = {} if candidate.user_id else {"email_hash": hashed_email(candidate.email, s.secret_bytes)}
            record_admin_action(session=session, actor=None, action="user.login_failed", target_type="user",
                                target_id=candidate.user_id, after={"reason": exc.code, **who, **extra},
                                source_address=source_address)
        else:
            user = issued.user
            factor = {"second_factor": issued.second_factor} if issued.second_factor else {}
            record_admin_action(session=session, actor=None, actor_label=user.email, action="user.login",
                                target_type="user", target_id=user.id, tenant_id=user.tenant_id,
                                after={**extra, **factor} or None, source_address=source_address)
    if failure is not None:
        raise failure
    return issued
