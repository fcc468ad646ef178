"""The administrative audit event of each policy action."""

from __future__ import annotations

from fastapi import Request

from sluice.gateway.admin.auth import client_address
from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.auth.principal import Principal
from sluice.gateway.policies.models import Policy, PolicyVersion


def audit(session, *, principal: Principal, request: Request, action: str, policy: Policy,
          version: PolicyVersion | None = None, before: dict | None = None, after: dict | None = None) -> None:
    """The administrative audit event of a policy action (content hashes, never the document)."""
    if after is None and version is not None:
        after = {"version": version.number, "status": version.status, "content_hash": version.content_hash}
    record_admin_action(session=session, actor=principal, action=f"policy.{action}", target_type="policy",
                        target_id=policy.id, tenant_id=policy.tenant_id, before=before, after=after,
                        source_address=client_address(request))
