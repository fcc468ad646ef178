"""Users, sign-in with lock-out, and session tokens."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sluice.gateway.users.passwords import MIN_PASSWORD_LENGTH, dummy_hash, hash_password, needs_rehash, verify_password
from sluice.gateway.users.roles import Role, parse_role
from sluice.gateway.database import new_id, utcnow
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Conflict, InvalidInput, NotFound, Unauthenticated
from sluice.gateway.users.models import User, UserSession

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class IssuedSession:
    record: UserSession
    user: User
    token: str


def _token_hash(token: str, secret: bytes) -> str:
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


def create_user(
    *, session: Session, email: str, password: str, role: str | Role, tenant_id: str | None = None
) -> User:
    email = normalise_email(email)
    try:
        role = parse_role(str(role))
    except ValueError as exc:
        raise InvalidInput(ErrorCode.INVALID_ROLE, str(exc), param="role") from None
    validate_password(password)
    if session.scalar(select(User.id).where(func.lower(User.email) == email)) is not None:
        raise Conflict(ErrorCode.USER_EXISTS, f"a user with e-mail {email} already exists")
    user = User(id=new_id("usr"), email=email, password_hash=hash_password(password), role=role.value,
                tenant_id=tenant_id)
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


def set_password(*, session: Session, user: User, password: str) -> None:
    validate_password(password)
    user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    session.flush()


def sign_in(
    *,
    session: Session,
    email: str,
    password: str,
    secret: bytes,
    ttl: timedelta,
    max_failures: int,
    lockout: timedelta,
    source_address: str | None = None,
    now: datetime | None = None,
) -> IssuedSession:
    """Check credentials, apply lock-out, and open a session. One error for every failure."""
    now = now or utcnow()
    failed = Unauthenticated(ErrorCode.INVALID_CREDENTIALS, "e-mail or password is incorrect")
    try:
        email = normalise_email(email)
    except InvalidInput:
        raise failed from None
    user = session.scalar(select(User).where(User.email == email))
    if user is None:
        verify_password(dummy_hash(), password)
        raise failed
    if user.locked_until is not None and user.locked_until > now:
        raise Unauthenticated(ErrorCode.ACCOUNT_LOCKED, "too many failed sign-ins; try again later")
    if user.disabled or not verify_password(user.password_hash, password):
        user.failed_logins += 1
        if user.failed_logins >= max_failures:
            user.locked_until = now + lockout
            user.failed_logins = 0
        session.flush()
        raise failed
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    token = secrets.token_urlsafe(32)
    record = UserSession(
        id=new_id("ses"), user_id=user.id, token_hash=_token_hash(token, secret), created_at=now,
        expires_at=now + ttl, source_address=source_address,
    )
    session.add(record)
    session.flush()
    return IssuedSession(record=record, user=user, token=token)


def resolve_session(*, session: Session, token: str, secret: bytes, now: datetime | None = None) -> tuple[UserSession, User]:
    now = now or utcnow()
    record = session.scalar(select(UserSession).where(UserSession.token_hash == _token_hash(token, secret)))
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
