"""Users, sign-in with lock-out, and session tokens."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from sluice.gateway.users import throttle, totp
from sluice.gateway.users.passwords import MIN_PASSWORD_LENGTH, dummy_hash, hash_password, needs_rehash, verify_password
from sluice.gateway.users.roles import Role, parse_role
from sluice.gateway.database import new_id, utcnow
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Conflict, InvalidInput, NotFound, Unauthenticated
from sluice.gateway.users.models import User, UserSession
from sluice.gateway.users.throttle import ThrottlePolicy

NO_PASSWORD = "!"  # no password yet (or reset): an argon2 hash starts with "$", so nothing verifies against it
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class IssuedSession:
    record: UserSession
    user: User
    token: str
    second_factor: str | None = None  # totp | recovery: what the sign-in used besides the password


def token_hash(token: str, secret: bytes) -> str:
    """The keyed hash under which a session or invitation token is stored."""
    return hmac.new(secret, token.encode(), hashlib.sha256).hexdigest()


def normalise_email(email: str) -> str:
    email = email.strip().lower()
    if not _EMAIL.match(email) or len(email) > 254:
        raise InvalidInput(ErrorCode.INVALID_EMAIL, "enter a valid e-mail address", param="email")
    return email


def validate_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            ErrorCode.WEAK_PASSWORD, f"passwords need at least {MIN_PASSWORD_LENGTH} characters",
            param="password",
        )


def prepare_password(password: str) -> str:
    """Check a new password and hash it; run it outside any write transaction (the hash is slow)."""
    validate_password(password)
    return hash_password(password)


def role_of(value: str | Role) -> Role:
    try:
        return parse_role(str(value))
    except ValueError as exc:
        raise InvalidInput(ErrorCode.INVALID_ROLE, str(exc), param="role") from None


def create_user(
    *, session: Session, email: str, password: str | None, role: str | Role, tenant_id: str | None = None,
    created_by_id: str | None = None, must_change_password: bool = False,
) -> User:
    """A new account. ``password`` None: none yet (an invitation sets it); ``must_change_password``:
    whoever chose ``password`` is not the account's owner, so the first sign-in must replace it."""
    email = normalise_email(email)
    role = role_of(role)
    if password is not None:
        validate_password(password)
    if session.scalar(select(User.id).where(func.lower(User.email) == email)) is not None:
        raise Conflict(ErrorCode.USER_EXISTS, f"a user with e-mail {email} already exists")
    user = User(id=new_id("usr"), email=email, role=role.value, tenant_id=tenant_id,
                password_hash=hash_password(password) if password is not None else NO_PASSWORD,
                created_by_id=created_by_id, credentials_set_by_id=created_by_id,
                must_change_password=must_change_password and password is not None)
    session.add(user)
    session.flush()
    return user


def get_user(*, session: Session, user_id: str) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(ErrorCode.USER_NOT_FOUND, f"no user {user_id!r}")
    return user


def list_users(*, session: Session, tenant_id: str | None = None) -> list[User]:
    query = select(User).order_by(User.email)
    if tenant_id is not None:
        query = query.where(User.tenant_id == tenant_id)
    return list(session.scalars(query))


def end_sessions(*, session: Session, user_id: str, keep: str | None = None, now: datetime | None = None) -> int:
    """End every open session of the account except ``keep``; the number ended."""
    query = update(UserSession).where(UserSession.user_id == user_id, UserSession.revoked_at.is_(None))
    if keep is not None:
        query = query.where(UserSession.id != keep)
    return session.execute(query.values(revoked_at=now or utcnow())).rowcount or 0


def set_password(*, session: Session, user: User, password: str, secret: bytes) -> None:
    validate_password(password)
    user.password_hash = hash_password(password)
    user.password_changed_at = utcnow()
    throttle.clear(session=session, subjects=[throttle.email_subject(user.email, secret)])
    session.flush()


@dataclass(frozen=True)
class SignInCandidate:
    """What phase one of a sign-in read: the account an e-mail names (None: no account) and its hash."""

    email: str
    user_id: str | None
    password_hash: str


@dataclass(frozen=True)
class PasswordVerdict:
    matched: bool
    new_hash: str | None  # the password under current hashing parameters, when the stored hash is outdated


def find_candidate(*, session: Session, email: str) -> SignInCandidate:
    """Phase one (read only): the account for ``email``, or a stand-in whose hash takes as long to check."""
    typed = email.strip().lower()[:254]
    try:
        user = session.scalar(select(User).where(User.email == normalise_email(email)))
    except InvalidInput:
        user = None
    if user is None or not user.has_password:  # an invited account signs in once it has set its password
        return SignInCandidate(email=user.email if user else typed, user_id=None, password_hash=dummy_hash())
    return SignInCandidate(email=user.email, user_id=user.id, password_hash=user.password_hash)


def check_password(candidate: SignInCandidate, password: str) -> PasswordVerdict:
    """Phase two (no database): the slow hash, run for unknown accounts too so timing tells nothing."""
    matched = verify_password(candidate.password_hash, password) and candidate.user_id is not None
    renewed = hash_password(password) if matched and needs_rehash(candidate.password_hash) else None
    return PasswordVerdict(matched=matched, new_hash=renewed)


def complete_sign_in(
    *,
    session: Session,
    candidate: SignInCandidate,
    verdict: PasswordVerdict,
    secret: bytes,
    ttl: timedelta,
    policy: ThrottlePolicy,
    source_address: str | None = None,
    second_factor: str | None = None,
    now: datetime | None = None,
) -> IssuedSession:
    """Phase three (one short write): apply lock-outs, count a failure or open a session.

    Raises ``account_locked`` while the e-mail or the source address is locked out (known and
    unknown accounts alike), otherwise ``invalid_credentials`` for every failure. An account with
    a second factor also needs ``second_factor`` (an authenticator or recovery code): without it
    ``second_factor_required``; a wrong one counts as a failure (``invalid_second_factor``)."""
    now = now or utcnow()
    subjects = {throttle.email_subject(candidate.email, secret): policy.account_max_failures}
    if source_address:
        subjects[throttle.address_subject(source_address, secret)] = policy.address_max_failures
    if throttle.locked_subjects(session=session, subjects=list(subjects), now=now, for_update=True):
        raise Unauthenticated(ErrorCode.ACCOUNT_LOCKED, "too many failed sign-ins; try again later")
    user = session.get(User, candidate.user_id) if candidate.user_id else None
    if (user is None or user.disabled or not verdict.matched
            or user.password_hash != candidate.password_hash):  # changed since phase one
        throttle.record_failure(session=session, subjects=subjects, policy=policy, now=now)
        raise Unauthenticated(ErrorCode.INVALID_CREDENTIALS, "e-mail or password is incorrect")
    used = None
    if user.totp_enabled:
        if not second_factor:
            raise Unauthenticated(ErrorCode.SECOND_FACTOR_REQUIRED,
                                  "enter the code from your authenticator app (or a recovery code)")
        used = totp.use_code(session=session, user=user, code=second_factor, secret=secret, now=now)
        if used is None:
            throttle.record_failure(session=session, subjects=subjects, policy=policy, now=now)
            raise Unauthenticated(ErrorCode.INVALID_SECOND_FACTOR,
                                  "the code is wrong or was used already; type the current code")
    if verdict.new_hash is not None:
        user.password_hash = verdict.new_hash
    throttle.clear(session=session, subjects=[throttle.email_subject(user.email, secret)])
    return open_session(session=session, user=user, secret=secret, ttl=ttl, source_address=source_address, now=now,
                        second_factor=used)


def open_session(*, session: Session, user: User, secret: bytes, ttl: timedelta, source_address: str | None = None,
                 now: datetime | None = None, second_factor: str | None = None) -> IssuedSession:
    """A new session for a user whose identity has been proven (password, single sign-on)."""
    now = now or utcnow()
    user.last_login_at = now
    token = secrets.token_urlsafe(32)
    record = UserSession(
        id=new_id("ses"), user_id=user.id, token_hash=token_hash(token, secret), created_at=now,
        expires_at=now + ttl, source_address=source_address,
    )
    session.add(record)
    session.flush()
    return IssuedSession(record=record, user=user, token=token, second_factor=second_factor)


def sign_in(*, session: Session, email: str, password: str, secret: bytes, ttl: timedelta, policy: ThrottlePolicy,
            source_address: str | None = None, second_factor: str | None = None,
            now: datetime | None = None) -> IssuedSession:
    """All three phases in one session (the web routes run them apart, see ``gateway.auth.sign_in``)."""
    candidate = find_candidate(session=session, email=email)
    return complete_sign_in(session=session, candidate=candidate, verdict=check_password(candidate, password),
                            secret=secret, ttl=ttl, policy=policy, source_address=source_address,
                            second_factor=second_factor, now=now)


def unlock_user(*, session: Session, user: User, secret: bytes) -> bool:
    """End the account's lock-out and forget its failed sign-ins; True when it was locked or counting."""
    return throttle.clear(session=session, subjects=[throttle.email_subject(user.email, secret)]) > 0


def locked_user_ids(*, session: Session, users: list[User], secret: bytes, now: datetime | None = None) -> set[str]:
    """The ids of those users whose account is locked out now."""
    by_subject = {throttle.email_subject(u.email, secret): u.id for u in users}
    locked = throttle.locked_subjects(session=session, subjects=list(by_subject), now=now or utcnow())
    return {by_subject[s] for s in locked}


def resolve_session(*, session: Session, token: str, secret: bytes, now: datetime | None = None) -> tuple[UserSession, User]:
    now = now or utcnow()
    record = session.scalar(select(UserSession).where(UserSession.token_hash == token_hash(token, secret)))
    if record is None or record.revoked_at is not None or record.expires_at <= now:
        raise Unauthenticated(ErrorCode.INVALID_SESSION, "sign in again")
    user = session.get(User, record.user_id)
    if user is None or user.disabled:
        raise Unauthenticated(ErrorCode.INVALID_SESSION, "sign in again")
    return record, user


def sign_out(*, session: Session, record: UserSession) -> None:
    if record.revoked_at is None:
        record.revoked_at = utcnow()
        session.flush()
