"""Invitations: a one-time link with which a person sets their own password.

Creating an account and an administrator's reset both issue one, so no administrator ever
chooses or learns another person's password. Only a keyed hash of the token is stored; a link
works once, until it expires, and only while it is the account's newest. A reset also ends the
old password and every session of the account.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sluice.gateway.database import new_id, utcnow
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import NotFound
from sluice.gateway.users import throttle
from sluice.gateway.users.models import User, UserInvitation
from sluice.gateway.users.roles import Role
from sluice.gateway.users.service import NO_PASSWORD, create_user, end_sessions, token_hash

INVITE, RESET = "invite", "reset"
TOKEN_PREFIX = "inv_"


@dataclass(frozen=True)
class IssuedInvitation:
    record: UserInvitation
    user: User
    token: str  # shown once, in the link; never stored

    def link(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/console/invitation/{self.token}"


def _issue(session: Session, *, user: User, purpose: str, actor_id: str | None, secret: bytes, ttl: timedelta,
           now: datetime) -> IssuedInvitation:
    session.execute(update(UserInvitation)
                    .where(UserInvitation.user_id == user.id, UserInvitation.used_at.is_(None),
                           UserInvitation.revoked_at.is_(None))
                    .values(revoked_at=now))
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    record = UserInvitation(id=new_id("inv"), user_id=user.id, token_hash=token_hash(token, secret),
                            purpose=purpose, created_by_id=actor_id, created_at=now, expires_at=now + ttl)
    session.add(record)
    user.credentials_set_by_id = actor_id
    session.flush()
    return IssuedInvitation(record=record, user=user, token=token)


def invite_user(*, session: Session, email: str, role: str | Role, tenant_id: str | None, actor_id: str | None,
                secret: bytes, ttl: timedelta, now: datetime | None = None) -> IssuedInvitation:
    """A new account without a password, and the link with which its owner sets one."""
    user = create_user(session=session, email=email, password=None, role=role, tenant_id=tenant_id,
                       created_by_id=actor_id)
    return _issue(session, user=user, purpose=INVITE, actor_id=actor_id, secret=secret, ttl=ttl,
                  now=now or utcnow())


def reset_credentials(*, session: Session, user: User, actor_id: str | None, secret: bytes, ttl: timedelta,
                      now: datetime | None = None) -> IssuedInvitation:
    """The account's password stops working and its sessions end; its owner sets a new one with the link.
    (Its second factor stays: resetting that is a separate step.)"""
    now = now or utcnow()
    user.password_hash = NO_PASSWORD
    user.must_change_password = False
    end_sessions(session=session, user_id=user.id, now=now)
    return _issue(session, user=user, purpose=RESET, actor_id=actor_id, secret=secret, ttl=ttl, now=now)


def _refused() -> NotFound:
    return NotFound(ErrorCode.INVITATION_INVALID, "this link is unknown, used, expired or replaced by a newer one; "
                                                  "ask an administrator for a new one")


def open_invitation(*, session: Session, token: str, secret: bytes,
                    now: datetime | None = None) -> tuple[UserInvitation, User]:
    """The invitation a link names, while it can still be used; ``invitation_invalid`` otherwise."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 100:
        raise _refused()
    record = session.scalar(select(UserInvitation).where(UserInvitation.token_hash == token_hash(token, secret)))
    now = now or utcnow()
    if record is None or record.used_at is not None or record.revoked_at is not None or record.expires_at <= now:
        raise _refused()
    user = session.get(User, record.user_id)
    if user is None or user.disabled:
        raise _refused()
    return record, user


def accept_invitation(*, session: Session, token: str, new_hash: str, secret: bytes,
                      now: datetime | None = None) -> tuple[UserInvitation, User]:
    """Set the account's password from an unused invitation (``new_hash`` from ``service.prepare_password``)."""
    now = now or utcnow()
    record, user = open_invitation(session=session, token=token, secret=secret, now=now)
    claimed = session.execute(update(UserInvitation)
                              .where(UserInvitation.id == record.id, UserInvitation.used_at.is_(None))
                              .values(used_at=now))
    if claimed.rowcount != 1:  # someone used the same link a moment ago
        raise _refused()
    user.password_hash, user.password_changed_at, user.must_change_password = new_hash, now, False
    throttle.clear(session=session, subjects=[throttle.email_subject(user.email, secret)])
    end_sessions(session=session, user_id=user.id, now=now)
    session.flush()
    return record, user
