"""Account lifecycle actions taken by an administrator (admin API, console, CLI), each with its
audit event in the same transaction: invite, reset credentials, change role, reset the second factor.

Audit events name the account and what changed, never a password, token or code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from sluice.gateway.admin_audit import Actor, record_admin_action
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Forbidden, NotFound
from sluice.gateway.users import totp
from sluice.gateway.users.invitations import IssuedInvitation, invite_user, reset_credentials
from sluice.gateway.users.models import User
from sluice.gateway.users.role_change import RoleChange, change_role
from sluice.gateway.users.roles import Role
from sluice.gateway.users.service import get_user


@dataclass(frozen=True)
class AuditContext:
    """Who acts, limited to which tenant (None: deployment-wide), from where, through what."""

    actor: Actor | None  # None: an operator at the command line
    actor_tenant_id: str | None = None
    actor_label: str | None = None
    source_address: str | None = None
    via: str | None = None

    @property
    def actor_id(self) -> str | None:
        return self.actor.user_id if self.actor is not None else None

    def record(self, session: Session, *, action: str, user: User, before: dict[str, Any] | None = None,
               after: dict[str, Any] | None = None) -> None:
        extra = {"via": self.via} if self.via else {}
        record_admin_action(session=session, actor=self.actor, actor_label=self.actor_label, action=action,
                            target_type="user", target_id=user.id, tenant_id=user.tenant_id, before=before,
                            after={**(after or {}), **extra}, source_address=self.source_address)


def scoped_user(*, session: Session, user_id: str, actor_tenant_id: str | None) -> User:
    """The account, if an actor limited to ``actor_tenant_id`` may see it (``user_not_found`` otherwise)."""
    user = get_user(session=session, user_id=user_id[:64])
    if actor_tenant_id is not None and user.tenant_id != actor_tenant_id:
        raise NotFound(ErrorCode.USER_NOT_FOUND, f"no user {user_id[:64]!r}")
    return user


def invite(*, session: Session, audit: AuditContext, email: str, role: str | Role, tenant_id: str | None,
           secret: bytes, ttl: timedelta) -> IssuedInvitation:
    """A new account and its invitation; a tenant administrator invites into their own tenant only."""
    if audit.actor_tenant_id is not None:
        if tenant_id not in (None, audit.actor_tenant_id):
            raise Forbidden(ErrorCode.FORBIDDEN, "you can only create users of your own tenant")
        tenant_id = audit.actor_tenant_id
    issued = invite_user(session=session, email=email, role=role, tenant_id=tenant_id, actor_id=audit.actor_id,
                         secret=secret, ttl=ttl)
    user = issued.user
    audit.record(session, action="user.invited", user=user,
                 after={"email": user.email, "role": user.role, "tenant_id": user.tenant_id,
                        "invitation_id": issued.record.id, "expires_at": issued.record.expires_at.isoformat()})
    return issued


def reset(*, session: Session, audit: AuditContext, user: User, secret: bytes, ttl: timedelta) -> IssuedInvitation:
    """End the account's password and sessions and issue a new invitation for its owner."""
    if user.id == audit.actor_id:
        raise Forbidden(ErrorCode.CANNOT_RESET_SELF,
                        "you cannot reset your own account; change your password on your account page")
    had_password = user.has_password
    issued = reset_credentials(session=session, user=user, actor_id=audit.actor_id, secret=secret, ttl=ttl)
    audit.record(session, action="user.credentials_reset", user=user, before={"has_password": had_password},
                 after={"has_password": False, "invitation_id": issued.record.id,
                        "expires_at": issued.record.expires_at.isoformat()})
    return issued


def set_role(*, session: Session, audit: AuditContext, user: User, role: str | Role) -> RoleChange:
    done = change_role(session=session, user=user, role=role, actor_id=audit.actor_id,
                       actor_tenant_id=audit.actor_tenant_id)
    if done.changed:
        audit.record(session, action="user.role_changed", user=user, before={"role": done.before.value},
                     after={"role": done.after.value})
    return done


def reset_second_factor(*, session: Session, audit: AuditContext, user: User) -> bool:
    """Remove the account's TOTP and recovery codes (its owner lost the device); True if it had one."""
    had = totp.reset(session=session, user=user)
    audit.record(session, action="user.totp_reset", user=user, before={"totp_enabled": had},
                 after={"totp_enabled": False})
    return had
