"""Pinning the policy a run evaluates: a stored policy version instead of the tenant's active one."""

from __future__ import annotations

from sqlalchemy.orm import Session

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import NotFound
from sluice.gateway.policies.models import Policy, PolicyVersion
from sluice.gateway.policies.runtime import ActivePolicy
from sluice.policy import load_policy


def _version(session: Session, version_id: str, tenant_id: str) -> tuple[Policy, PolicyVersion]:
    version = session.get(PolicyVersion, version_id)
    policy = session.get(Policy, version.policy_id) if version is not None else None
    if policy is None or policy.tenant_id not in (None, tenant_id):
        raise NotFound(ErrorCode.POLICY_NOT_FOUND, f"no policy version {version_id!r} for this tenant")
    return policy, version


def describe_policy_version(*, session: Session, version_id: str, tenant_id: str) -> str:
    """A label like ``tenant-default v3``; NotFound when the version is not the tenant's or global."""
    policy, version = _version(session, version_id, tenant_id)
    return f"{policy.name} v{version.number}"


def pinned_policy(ctx, *, version_id: str, tenant_id: str) -> ActivePolicy:
    """The stored version as the guardrails use it (pipeline built and cached by the policy runtime)."""
    with ctx.sessions() as session:
        policy, version = _version(session, version_id, tenant_id)
        return ActivePolicy(tenant_id=tenant_id, origin="pinned", policy_id=policy.id, version=version.number,
                            version_id=version.id, document=load_policy(version.document),
                            runtime=ctx.policies)
