"""Admin API: writing policies (``policy_author`` and ``admin``): create, edit the draft, submit."""

from __future__ import annotations

from fastapi import Depends, Request

from sluice.gateway.auth.deps import app_services, require_roles
from sluice.gateway.auth.gated import admin_router
from sluice.gateway.auth.principal import Principal
from sluice.gateway.users.roles import Role
from sluice.gateway.services import Services
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import InvalidInput
from sluice.gateway.policies import queries, service
from sluice.gateway.policies.events import audit
from sluice.gateway.policies.schemas import PREFIX
from sluice.gateway.policies.presenters import PolicyBody, create_body, policy_out, request_body_doc, source_body, \
    version_detail
from sluice.gateway.policies.schemas import CommentIn, PolicyCreateIn, PolicyDetailOut, PolicySourceIn, VersionDetailOut
from sluice.gateway.tenants.service import get_tenant

router = admin_router(prefix=PREFIX, tags=["policies"])
author = require_roles(Role.POLICY_AUTHOR)


@router.post("", status_code=201, response_model=PolicyDetailOut, summary="Create a policy with draft version 1",
             openapi_extra=request_body_doc(PolicyCreateIn, query_note=" Pass `name` and `tenant_id` as query "
                                                                      "parameters."))
def create(request: Request, body: PolicyBody = Depends(create_body), principal: Principal = Depends(author),
           ctx: Services = Depends(app_services)):
    if not body.name:
        raise InvalidInput(ErrorCode.INVALID_REQUEST, "give the policy a `name`", param="name")
    with ctx.sessions() as session, session.begin():
        tenant_id = body.tenant_id or principal.tenant_id
        if tenant_id is not None:
            tenant = get_tenant(session=session, ref=tenant_id)
            if not principal.can_see_tenant(tenant.id):
                raise InvalidInput(ErrorCode.TENANT_NOT_FOUND, f"no tenant {tenant_id!r}", param="tenant_id")
            tenant_id = tenant.id
        policy, draft = service.create_policy(session=session, actor=principal, tenant_id=tenant_id,
                                              name=body.name, source=body.source)
        audit(session, principal=principal, request=request, action="created", policy=policy, version=draft,
              after={"name": policy.name, "version": draft.number, "content_hash": draft.content_hash})
        return policy_out(session, policy, with_versions=True)


@router.put("/{policy_id}/draft", response_model=VersionDetailOut,
            summary="Replace the draft's content (creates a new draft if none is open)",
            openapi_extra=request_body_doc(PolicySourceIn))
def save_draft(policy_id: str, request: Request, body: PolicyBody = Depends(source_body),
               principal: Principal = Depends(author), ctx: Services = Depends(app_services)):
    with ctx.sessions() as session, session.begin():
        policy = queries.get_policy(session=session, principal=principal, policy_id=policy_id, write=True)
        existing = queries.open_draft(session=session, policy=policy)
        before = {"content_hash": existing.content_hash} if existing else None
        draft = service.save_draft(session=session, actor=principal, policy=policy, source=body.source)
        audit(session, principal=principal, request=request, action="draft_saved", policy=policy, version=draft,
              before=before)
        return version_detail(session, policy, draft)


@router.delete("/{policy_id}/draft", status_code=204, summary="Discard the open draft")
def discard_draft(policy_id: str, request: Request, principal: Principal = Depends(author),
                  ctx: Services = Depends(app_services)):
    with ctx.sessions() as session, session.begin():
        policy = queries.get_policy(session=session, principal=principal, policy_id=policy_id, write=True)
        draft = service.discard_draft(session=session, actor=principal, policy=policy)
        audit(session, principal=principal, request=request, action="draft_discarded", policy=policy,
              version=draft)


@router.post("/{policy_id}/submit", response_model=VersionDetailOut,
             summary="Submit the draft for review by a policy approver")
def submit(policy_id: str, request: Request, body: CommentIn | None = None, principal: Principal = Depends(author),
           ctx: Services = Depends(app_services)):
    with ctx.sessions() as session, session.begin():
        policy = queries.get_policy(session=session, principal=principal, policy_id=policy_id, write=True)
        version = service.submit(session=session, actor=principal, policy=policy,
                                 comment=body.comment if body else None)
        audit(session, principal=principal, request=request, action="submitted", policy=policy, version=version)
        return version_detail(session, policy, version)
