"""Every administrative action becomes an audit event, in the same transaction as the change.

The event is appended to the Merkle log through the caller's session: it commits with the change
or not at all, and it holds the log's append lock until then (admin transactions are short).
"""

from __future__ import annotations

from enum import Enum
from typing import Any, Protocol

from sqlalchemy.orm import Session

from sluice.audit.events import admin_event
from sluice.audit.storage.log import append_events


class Actor(Protocol):
    """Who acts: a signed-in principal (``sluice.gateway.auth.principal.Principal``) satisfies it."""

    user_id: str
    email: str
    role: Enum


def record_admin_action(
    *,
    session: Session,
    actor: Actor | None,
    action: str,
    target_type: str,
    target_id: str | None,
    tenant_id: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    source_address: str | None = None,
    actor_label: str | None = None,
) -> None:
    """Append an administrative audit event (``action`` like ``key.created``) to the audit log."""
    event = admin_event(
        action=action, target_type=target_type, target_id=target_id, tenant_id=tenant_id,
        actor_id=actor.user_id if actor else None,
        actor_label=actor_label if actor_label is not None else (actor.email if actor else None),
        actor_role=actor.role.value if actor else None,
        before=before, after=after, source_address=source_address,
    )
    append_events(session.connection(), [event])
