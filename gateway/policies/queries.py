"""Finding policies and versions, who may see them, and which version is in force for a tenant."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sluice.gateway.auth.principal import Principal
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Forbidden, NotFound
from sluice.gateway.policies.models import DEFAULT_SCOPE, DRAFT, IN_REVIEW, Policy, PolicyActivation, PolicyChange, \
    PolicyVersion


def scope_of(tenant_id: str | None) -> str:
    return tenant_id or DEFAULT_SCOPE


def get_policy(*, session: Session, principal: Principal, policy_id: str, write: bool = False) -> Policy:
    """A policy the principal may see (tenant-bound users: their tenant's, and read-only the
    deployment default). Anything else is "not found", so other tenants' ids do not leak."""
    policy = session.get(Policy, policy_id)
    if policy is None or not (policy.tenant_id is None or principal.can_see_tenant(policy.tenant_id)):
        raise NotFound(ErrorCode.POLICY_NOT_FOUND, f"no policy {policy_id!r}")
    if write and policy.tenant_id is None and principal.tenant_id is not None:
        raise Forbidden(ErrorCode.FORBIDDEN,
                        "the deployment default policy can only be changed by deployment-wide users")
    return policy


def list_policies(*, session: Session, principal: Principal, tenant_id: str | None = None) -> list[Policy]:
    query = select(Policy).order_by(Policy.tenant_id.is_not(None), Policy.tenant_id, Policy.name)
    scope = principal.scope(tenant_id)
    if scope is not None:
        query = query.where((Policy.tenant_id == scope) | Policy.tenant_id.is_(None))
    return list(session.scalars(query))


def versions_of(*, session: Session, policy: Policy) -> list[PolicyVersion]:
    return list(session.scalars(select(PolicyVersion).where(PolicyVersion.policy_id == policy.id)
                                .order_by(PolicyVersion.number)))


def get_version(*, session: Session, policy: Policy, number: int) -> PolicyVersion:
    version = session.scalar(select(PolicyVersion).where(PolicyVersion.policy_id == policy.id,
                                                         PolicyVersion.number == number))
    if version is None:
        raise NotFound(ErrorCode.POLICY_VERSION_NOT_FOUND, f"policy {policy.id} has no version {number}")
    return version


def open_draft(*, session: Session, policy: Policy) -> PolicyVersion | None:
    return session.scalar(select(PolicyVersion).where(PolicyVersion.policy_id == policy.id,
                                                      PolicyVersion.status == DRAFT))


def pending_reviews(*, session: Session, policy: Policy) -> list[PolicyVersion]:
    return list(session.scalars(select(PolicyVersion).where(PolicyVersion.policy_id == policy.id,
                                                            PolicyVersion.status == IN_REVIEW)
                                .order_by(PolicyVersion.number)))


def next_number(*, session: Session, policy: Policy) -> int:
    current = session.scalar(select(func.max(PolicyVersion.number)).where(PolicyVersion.policy_id == policy.id))
    return (current or 0) + 1


def activation(*, session: Session, scope: str) -> PolicyActivation | None:
    return session.get(PolicyActivation, scope)


def active_version(*, session: Session, scope: str) -> PolicyVersion | None:
    record = activation(session=session, scope=scope)
    return session.get(PolicyVersion, record.version_id) if record else None


def effective_version(*, session: Session, tenant_id: str | None) -> PolicyVersion | None:
    """The version in force for a tenant: its own active one, else the deployment default's, else
    None (the default policy shipped with Sluice applies)."""
    if tenant_id is not None:
        version = active_version(session=session, scope=tenant_id)
        if version is not None:
            return version
    return active_version(session=session, scope=DEFAULT_SCOPE)


def activation_epoch(*, session: Session) -> tuple[int, int]:
    """Changes whenever any scope's active version changes (watched by the request path)."""
    row = session.execute(select(func.max(PolicyActivation.change_id), func.count())
                          .select_from(PolicyActivation)).one()
    return (row[0] or 0, row[1] or 0)


def history(*, session: Session, policy: Policy) -> list[PolicyChange]:
    return list(session.scalars(select(PolicyChange).where(PolicyChange.policy_id == policy.id)
                                .order_by(PolicyChange.id)))


def activation_changes(*, session: Session, tenant_id: str | None) -> list[PolicyChange]:
    """Activations and rollbacks in one scope, newest first."""
    query = select(PolicyChange).where(PolicyChange.action.in_(("activated", "rolled_back")))
    query = query.where(PolicyChange.tenant_id == tenant_id if tenant_id else PolicyChange.tenant_id.is_(None))
    return list(session.scalars(query.order_by(PolicyChange.id.desc())))
