"""Changing an account's role. Nobody changes their own; who changed it, and when, is kept for the
four-eyes rules (an approver may not review what was written before they became one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from sluice.gateway.database import utcnow
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Forbidden, NotFound
from sluice.gateway.users.models import User
from sluice.gateway.users.roles import Role
from sluice.gateway.users.service import role_of


@dataclass(frozen=True)
class RoleChange:
    user: User
    before: Role
    after: Role

    @property
    def changed(self) -> bool:
        return self.before != self.after


def change_role(*, session: Session, user: User, role: str | Role, actor_id: str | None,
                actor_tenant_id: str | None = None, now: datetime | None = None) -> RoleChange:
    """Give ``user`` the role ``role``; ``actor_tenant_id``: the actor is limited to that tenant."""
    if actor_tenant_id is not None and user.tenant_id != actor_tenant_id:
        raise NotFound(ErrorCode.USER_NOT_FOUND, f"no user {user.id!r}")
    if actor_id is not None and user.id == actor_id:
        raise Forbidden(ErrorCode.CANNOT_CHANGE_OWN_ROLE, "you cannot change your own role; ask another "
                                                          "administrator")
    new, old = role_of(role), Role(user.role)
    if new != old:
        user.role = new.value
        user.role_changed_at, user.role_changed_by_id = now or utcnow(), actor_id
        session.flush()
    return RoleChange(user=user, before=old, after=new)
