"""Naming the policy a run evaluates: a stored policy version, described for the report."""

from __future__ import annotations

from sqlalchemy.orm import Session

from gateway.errors import NotFound


def describe_policy_version(*, session: Session, version_id: str, tenant_id: str) -> str:
    """A label like ``tenant-default v3``; NotFound when the version is not the tenant's or global."""
    from gateway.policies.models import Policy, PolicyVersion

    version = session.get(PolicyVersion, version_id)
    policy = session.get(Policy, version.policy_id) if version is not None else None
    if policy is None or getattr(policy, "tenant_id", None) not in (None, tenant_id):
        raise NotFound("policy_not_found", f"no policy version {version_id!r} for this tenant")
    return f"{policy.name} v{version.number}"
