"""A person changing their own password, and what a session must do before anything else.

Changing the password needs the current one (a wrong one counts towards the account's lock-out)
and ends every other session of the account. The slow hashing happens between two short
transactions, as for sign-in: read with :func:`read_password_hash`, check and hash with
:func:`check_change`, then write with :func:`apply_change`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from sluice.gateway.database import utcnow
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Forbidden, InvalidInput, Unauthenticated
from sluice.gateway.users import throttle
from sluice.gateway.users.models import User
from sluice.gateway.users.passwords import verify_password
from sluice.gateway.users.roles import Role
from sluice.gateway.users.service import end_sessions, get_user, prepare_password
from sluice.gateway.users.throttle import ThrottlePolicy

PASSWORD_CHANGE = "password_change"
TOTP_ENROLMENT = "totp_enrolment"


def pending_step(user: User, *, require_totp_for_admins: bool) -> str | None:
    """What the account must do before it may use anything else: change a password someone else
    chose, or (administrators, when the deployment requires it) enrol a second factor."""
    if user.must_change_password:
        return PASSWORD_CHANGE
    if require_totp_for_admins and user.role == Role.ADMIN.value and not user.totp_enabled:
        return TOTP_ENROLMENT
    return None


@dataclass(frozen=True)
class PasswordChange:
    """Phase two's result: whether the current password matched, and the new password's hash."""

    stored_hash: str
    current_ok: bool
    new_hash: str | None


def read_password_hash(*, session: Session, user_id: str) -> str:
    return get_user(session=session, user_id=user_id).password_hash


def check_change(*, stored_hash: str, current: str, new: str) -> PasswordChange:
    """Phase two (no database): verify the current password, validate and hash the new one."""
    current_ok = verify_password(stored_hash, current)
    if not current_ok:
        return PasswordChange(stored_hash=stored_hash, current_ok=False, new_hash=None)
    if new == current:
        raise InvalidInput(ErrorCode.PASSWORD_UNCHANGED, "choose a password different from the current one",
                           param="new_password")
    return PasswordChange(stored_hash=stored_hash, current_ok=True, new_hash=prepare_password(new))


def apply_change(*, session: Session, user_id: str, change: PasswordChange, keep_session_id: str,
                 secret: bytes, policy: ThrottlePolicy, now: datetime | None = None) -> tuple[User, int]:
    """Phase three: store the new password and end the account's other sessions; returns the
    account and how many sessions ended. A wrong current password counts as a failed sign-in."""
    now = now or utcnow()
    user = get_user(session=session, user_id=user_id)
    subject = throttle.email_subject(user.email, secret)
    if throttle.locked_subjects(session=session, subjects=[subject], now=now, for_update=True):
        raise Unauthenticated(ErrorCode.ACCOUNT_LOCKED, "too many failed attempts; try again later")
    if not change.current_ok or user.password_hash != change.stored_hash:
        throttle.record_failure(session=session, subjects={subject: policy.account_max_failures}, policy=policy,
                                now=now)
        raise Forbidden(ErrorCode.CURRENT_PASSWORD_INCORRECT, "the current password is wrong")
    user.password_hash, user.password_changed_at, user.must_change_password = change.new_hash, now, False
    ended = end_sessions(session=session, user_id=user.id, keep=keep_session_id, now=now)
    session.flush()
    return user, ended
