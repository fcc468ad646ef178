"""Admin API: reviewing and activating policies (``policy_approver`` and ``admin``).

Four-eyes: nobody approves or rejects a version they wrote or submitted, whatever their role.
Activation and rollback take effect on the request path within seconds (in this process at once).
"""

from __future__ import annotations

from fastapi import Depends, Request

from sluice.gateway.auth.deps import app_services, require_roles
from sluice.gateway.auth.gated import admin_router
from sluice.gateway.auth.principal import Principal
from sluice.gateway.users.roles import Role
from sluice.gateway.bounds import VersionNumber
from sluice.gateway.services import Services
from sluice.gateway.policies import queries, service
from sluice.gateway.policies.events import audit
from sluice.gateway.policies.schemas import PREFIX
from sluice.gateway.policies.presenters import version_detail
from sluice.gateway.policies.schemas import CommentIn, RejectIn, RollbackIn, VersionDetailOut

router = admin_router(prefix=PREFIX, tags=["policies"])
approver = require_roles(Role.POLICY_APPROVER)


@router.post("/{policy_id}/versions/{number}/approve", response_model=VersionDetailOut,
             summary="Approve a submitted version (not your own)")
def approve(policy_id: str, number: VersionNumber, request: Request, body: CommentIn | None = None,
            principal: Principal = Depends(approver), ctx: Services = Depends(app_services)):
    with ctx.sessions() as session, session.begin():
        policy = queries.get_policy(session=session, principal=principal, policy_id=policy_id, write=True)
        version = service.approve(session=session, actor=principal, policy=policy, number=number,
                                  comment=body.comment if body else None)
        audit(session, principal=principal, request=request, action="approved", policy=policy, version=version,
              before={"version": number, "status": "in_review"})
        return version_detail(session, policy, version)


@router.post("/{policy_id}/versions/{number}/reject", response_model=VersionDetailOut,
             summary="Reject a submitted version with a reason (not your own)")
def reject(policy_id: str, number: VersionNumber, body: RejectIn, request: Request,
           principal: Principal = Depends(approver), ctx: Services = Depends(app_services)):
    with ctx.sessions() as session, session.begin():
        policy = queries.get_policy(session=session, principal=principal, policy_id=policy_id, write=True)
        version = service.reject(session=session, actor=principal, policy=policy, number=number,
                                 comment=body.comment)
        audit(session, principal=principal, request=request, action="rejected", policy=policy, version=version,
              before={"version": number, "status": "in_review"})
        return version_detail(session, policy, version)


def _active_view(session, policy) -> dict | None:
    current = queries.active_version(session=session, scope=policy.scope)
    return {"policy_id": current.policy_id, "version": current.number} if current else None


@router.post("/{policy_id}/versions/{number}/activate", response_model=VersionDetailOut,
             summary="Put an approved version in force for the policy's tenant")
def activate(policy_id: str, number: VersionNumber, request: Request, body: CommentIn | None = None,
             principal: Principal = Depends(approver), ctx: Services = Depends(app_services)):
    with ctx.sessions() as session, session.begin():
        policy = queries.get_policy(session=session, principal=principal, policy_id=policy_id, write=True)
        before = _active_view(session, policy)
        version = service.activate(session=session, actor=principal, policy=policy, number=number,
                                   comment=body.comment if body else None)
        audit(session, principal=principal, request=request, action="activated", policy=policy, version=version,
              before=before)
        out = version_detail(session, policy, version)
    ctx.policies.invalidate()
    return out


@router.post("/{policy_id}/rollback", response_model=VersionDetailOut,
             summary="Re-activate an earlier approved version (default: the previously active one)")
def rollback(policy_id: str, body: RollbackIn, request: Request, principal: Principal = Depends(approver),
             ctx: Services = Depends(app_services)):
    with ctx.sessions() as session, session.begin():
        policy = queries.get_policy(session=session, principal=principal, policy_id=policy_id, write=True)
        before = _active_view(session, policy)
        version = service.rollback(session=session, actor=principal, policy=policy, number=body.version,
                                   comment=body.comment)
        audit(session, principal=principal, request=request, action="rolled_back", policy=policy,
              version=version, before=before)
        out = version_detail(session, policy, version)
    ctx.policies.invalidate()
    return out
