"""What a person does to their own account, from the admin API or the console, each audited:
accept an invitation (set their password), change their password, enrol a second factor, renew
recovery codes. The slow password hashing runs outside the write transactions.
"""

from __future__ import annotations

from dataclasses import dataclass

from sluice.gateway.admin_audit import Actor, record_admin_action
from sluice.gateway.auth.sign_in import throttle_policy
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Forbidden, InvalidInput, Unauthenticated
from sluice.gateway.services import Services
from sluice.gateway.users import credentials, throttle, totp
from sluice.gateway.users.invitations import accept_invitation, open_invitation
from sluice.gateway.users.models import User
from sluice.gateway.users.service import get_user, prepare_password
from sluice.gateway.database import utcnow


@dataclass(frozen=True)
class Caller:
    """The signed-in person acting on their own account, and where from."""

    actor: Actor
    session_id: str
    tenant_id: str | None
    source_address: str | None
    via: str | None = None

    def record(self, session, action: str, after: dict | None = None) -> None:
        extra = {"via": self.via} if self.via else {}
        record_admin_action(session=session, actor=self.actor, action=action, target_type="user",
                            target_id=self.actor.user_id, tenant_id=self.tenant_id,
                            after={**(after or {}), **extra}, source_address=self.source_address)


def invitation_email(*, ctx: Services, token: str) -> str:
    """The e-mail address an invitation link is for, while the link works (``invitation_invalid`` otherwise)."""
    with ctx.sessions() as session:
        return open_invitation(session=session, token=token, secret=ctx.settings.secret_bytes)[1].email


def accept_and_audit(*, ctx: Services, token: str, password: str, source_address: str | None,
                     via: str | None = None) -> User:
    """Set the password of an invitation's account; audited as ``user.invitation_accepted``."""
    secret = ctx.settings.secret_bytes
    invitation_email(ctx=ctx, token=token)  # an unusable link is refused before the slow hash
    new_hash = prepare_password(password)
    with ctx.sessions() as session, session.begin():
        record, user = accept_invitation(session=session, token=token, new_hash=new_hash, secret=secret)
        extra = {"via": via} if via else {}
        record_admin_action(session=session, actor=None, actor_label=user.email, action="user.invitation_accepted",
                            target_type="user", target_id=user.id, tenant_id=user.tenant_id,
                            after={"invitation_id": record.id, "purpose": record.purpose, **extra},
                            source_address=source_address)
        session.expunge(user)
    return user


def change_password_and_audit(*, ctx: Services, caller: Caller, current: str, new: str) -> int:
    """Change the caller's password (``current`` must match); ends their other sessions, returns how many."""
    s = ctx.settings
    if not new:
        raise InvalidInput(ErrorCode.WEAK_PASSWORD, "enter a new password", param="new_password")
    with ctx.sessions() as session:
        stored = credentials.read_password_hash(session=session, user_id=caller.actor.user_id)
    change = credentials.check_change(stored_hash=stored, current=current, new=new)
    failure: Forbidden | None = None
    with ctx.sessions() as session, session.begin():
        try:
            _, ended = credentials.apply_change(session=session, user_id=caller.actor.user_id, change=change,
                                                keep_session_id=caller.session_id, secret=s.secret_bytes,
                                                policy=throttle_policy(s))
        except Forbidden as exc:  # a wrong current password: commit the failure count and its audit event
            failure = exc
            caller.record(session, "user.password_change_failed", {"reason": exc.code})
        else:
            caller.record(session, "user.password_changed", {"sessions_ended": ended})
    if failure is not None:
        raise failure
    return ended


def begin_totp(*, ctx: Services, caller: Caller) -> totp.Enrolment:
    with ctx.sessions() as session, session.begin():
        user = get_user(session=session, user_id=caller.actor.user_id)
        enrolment = totp.begin_enrolment(session=session, user=user, secret=ctx.settings.secret_bytes)
        caller.record(session, "user.totp_enrolment_started")
        return enrolment


def confirm_totp(*, ctx: Services, caller: Caller, code: str) -> list[str]:
    """Turn the caller's second factor on; returns their recovery codes (shown once)."""
    with ctx.sessions() as session, session.begin():
        user = get_user(session=session, user_id=caller.actor.user_id)
        codes = totp.confirm_enrolment(session=session, user=user, code=code, secret=ctx.settings.secret_bytes,
                                       now=utcnow())
        caller.record(session, "user.totp_enrolled", {"recovery_codes": len(codes)})
        return codes


def renew_recovery_codes(*, ctx: Services, caller: Caller, code: str) -> list[str]:
    """New recovery codes (the old ones stop working), for a caller who proves the device with a
    current authenticator code. Wrong codes count towards the account's lock-out, as at sign-in."""
    s = ctx.settings
    policy = throttle_policy(s)
    failure: InvalidInput | None = None
    with ctx.sessions() as session, session.begin():
        user = get_user(session=session, user_id=caller.actor.user_id)
        if not user.totp_enabled:
            raise totp.not_enabled()
        now, subject = utcnow(), throttle.email_subject(user.email, s.secret_bytes)
        if throttle.locked_subjects(session=session, subjects=[subject], now=now, for_update=True):
            raise Unauthenticated(ErrorCode.ACCOUNT_LOCKED, "too many failed attempts; try again later")
        if totp.use_authenticator_code(session=session, user=user, code=code, secret=s.secret_bytes, now=now):
            codes = totp.new_recovery_codes(session=session, user=user, secret=s.secret_bytes)
            caller.record(session, "user.recovery_codes_renewed", {"recovery_codes": len(codes)})
        else:  # commit the failure count and its audit event, then refuse
            throttle.record_failure(session=session, subjects={subject: policy.account_max_failures}, policy=policy,
                                    now=now)
            caller.record(session, "user.recovery_codes_renewal_failed", {"reason": ErrorCode.INVALID_TOTP_CODE})
            failure = InvalidInput(ErrorCode.INVALID_TOTP_CODE, "type the current code from your authenticator app",
                                   param="code")
    if failure is not None:
        raise failure
    return codes
