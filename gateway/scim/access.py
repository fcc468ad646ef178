"""After a SCIM change: the member's role and tenant follow their groups (the SSO role map), and an
account that lost access, or was deactivated, has its sessions ended at once."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.identity.access_map import AccessRule
from sluice.gateway.identity.accounts import apply_grant, directory_grant
from sluice.gateway.identity.errors import AccessRefused
from sluice.gateway.users.models import User
from sluice.gateway.users.service import end_sessions


@dataclass(frozen=True)
class Actor:
    """Who changes things over SCIM: the token, by name (audit events name it)."""

    token_id: str
    token_name: str
    source_address: str | None

    @property
    def label(self) -> str:
        return f"scim:{self.token_name}"


def audit(session: Session, actor: Actor, *, action: str, target_type: str, target_id: str | None,
          tenant_id: str | None = None, before: dict | None = None, after: dict | None = None) -> None:
    record_admin_action(session=session, actor=None, actor_label=actor.label, action=action,
                        target_type=target_type, target_id=target_id, tenant_id=tenant_id, before=before,
                        after={**(after or {}), "via": "scim"}, source_address=actor.source_address)


def refresh_access(*, session: Session, user: User, rules: tuple[AccessRule, ...], actor: Actor) -> None:
    """Apply what the user's groups give now; no mapped group (or a missing tenant) ends their sessions."""
    grant = directory_grant(session=session, user_id=user.id, rules=rules)
    reason = "no_mapped_group"
    if grant is not None:
        try:
            change = apply_grant(session=session, user=user, grant=grant)
        except AccessRefused as exc:
            reason = exc.reason
        else:
            if change.changed:
                audit(session, actor, action="user.access_changed", target_type="user", target_id=user.id,
                      tenant_id=user.tenant_id, before=change.before, after={**change.after, "group": grant.group})
            return
    ended = end_sessions(session=session, user_id=user.id)
    if ended:
        audit(session, actor, action="user.access_removed", target_type="user", target_id=user.id,
              tenant_id=user.tenant_id, after={"reason": reason, "sessions_ended": ended})


def set_active(*, session: Session, user: User, active: bool, actor: Actor) -> None:
    """Activate or deactivate; deactivating ends every session of the account at once."""
    if user.disabled == (not active):
        return
    user.disabled = not active
    ended = 0 if active else end_sessions(session=session, user_id=user.id)
    audit(session, actor, action="user.enabled" if active else "user.disabled", target_type="user",
          target_id=user.id, tenant_id=user.tenant_id, before={"disabled": not user.disabled},
          after={"disabled": user.disabled, **({"sessions_ended": ended} if not active else {})})
    session.flush()
