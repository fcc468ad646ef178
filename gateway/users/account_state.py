"""Disabling, enabling and unlocking an account: who may, and what changed (for the audit event)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Forbidden, NotFound
from sluice.gateway.users.models import User
from sluice.gateway.users.service import get_user, locked_user_ids, normalise_email, unlock_user

Change = Literal["disable", "enable", "unlock"]
AUDIT_ACTIONS: dict[str, str] = {"disable": "user.disabled", "enable": "user.enabled", "unlock": "user.unlocked"}


@dataclass(frozen=True)
class AccountChange:
    user: User
    audit_action: str
    before: dict[str, Any]
    after: dict[str, Any]


def get_user_by_email(*, session: Session, email: str) -> User:
    user = session.scalar(select(User).where(User.email == normalise_email(email)))
    if user is None:
        raise NotFound(ErrorCode.USER_NOT_FOUND, "no user with that e-mail address")
    return user


def change_account(*, session: Session, user: User, change: Change, secret: bytes,
                   actor_id: str | None = None, actor_tenant_id: str | None = None) -> AccountChange:
    """Apply ``change`` to ``user`` for an actor limited to ``actor_tenant_id`` (None: deployment-wide)."""
    if actor_tenant_id is not None and user.tenant_id != actor_tenant_id:
        raise NotFound(ErrorCode.USER_NOT_FOUND, f"no user {user.id!r}")
    if change == "unlock":
        was_locked = bool(locked_user_ids(session=session, users=[user], secret=secret))
        unlock_user(session=session, user=user, secret=secret)
        return AccountChange(user, AUDIT_ACTIONS[change], {"locked": was_locked}, {"locked": False})
    if change == "disable" and user.id == actor_id:
        raise Forbidden(ErrorCode.CANNOT_DISABLE_SELF, "you cannot disable your own account")
    before = {"disabled": user.disabled}
    user.disabled = change == "disable"
    session.flush()
    return AccountChange(user, AUDIT_ACTIONS[change], before, {"disabled": user.disabled})


def change_account_by_id(*, session: Session, user_id: str, change: Change, secret: bytes,
                         actor_id: str | None, actor_tenant_id: str | None) -> AccountChange:
    return change_account(session=session, user=get_user(session=session, user_id=user_id[:64]), change=change,
                          secret=secret, actor_id=actor_id, actor_tenant_id=actor_tenant_id)
