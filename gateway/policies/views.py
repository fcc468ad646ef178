"""Admin API: policies. Reading is open to every signed-in role; authoring, review and simulation
live in their own modules and are mounted on this router.

Roles: ``policy_author`` creates, edits and submits drafts; ``policy_approver`` approves, rejects,
activates and rolls back (never a version they wrote); ``auditor`` and ``viewer`` read; ``admin``
may do everything except approve their own change. Tenant-bound users see their tenant's policies
and, read-only, the deployment default.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends

from sluice.gateway.auth.deps import app_services, current_principal
from sluice.gateway.auth.gated import admin_router
from sluice.gateway.auth.principal import Principal
from sluice.gateway.bounds import VersionNumber
from sluice.gateway.services import Services
from sluice.gateway.policies import queries, views_authoring, views_review, views_simulate
from sluice.gateway.policies.diffing import diff_documents
from sluice.gateway.policies.models import DRAFT, DISCARDED, Policy
from sluice.gateway.policies.presenters import change_out, policy_out, version_detail
from sluice.gateway.policies.schemas import PREFIX, ChangeOut, DiffOut, EffectiveOut, PolicyDetailOut, PolicyOut, \
    VersionDetailOut
from sluice.gateway.policies.service import label
from sluice.gateway.tenants.service import get_tenant
from sluice.policy.loader import default_policy, json_schema

router = APIRouter()
read = admin_router(prefix=PREFIX, tags=["policies"])


def _tenant_ref(session, principal: Principal, ref: str | None) -> str | None:
    """A tenant id from an id or name; tenant-bound users always get their own (nothing is looked up)."""
    if ref is None or principal.tenant_id is not None:
        return principal.tenant_id
    return get_tenant(session=session, ref=ref).id


@read.get("/schema", summary="JSON Schema of policy documents (for editors)")
def schema(principal: Principal = Depends(current_principal)) -> dict:
    return json_schema()


@read.get("", response_model=list[PolicyOut], summary="Policies of a tenant (and the deployment default)")
def index(tenant_id: str | None = None, principal: Principal = Depends(current_principal),
          ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        policies = queries.list_policies(session=session, principal=principal,
                                         tenant_id=_tenant_ref(session, principal, tenant_id))
        return [policy_out(session, p) for p in policies]


@read.get("/effective", response_model=EffectiveOut, summary="The policy in force for a tenant")
def effective(tenant_id: str | None = None, principal: Principal = Depends(current_principal),
              ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        scope = principal.scope(_tenant_ref(session, principal, tenant_id))
        version = queries.effective_version(session=session, tenant_id=scope)
        if version is None:
            return {"tenant_id": scope, "origin": "shipped_default", "policy_id": None, "version": None,
                    "document": default_policy().model_dump(mode="json")}
        policy = session.get(Policy, version.policy_id)
        return {"tenant_id": scope, "origin": "tenant" if policy.tenant_id else "deployment_default",
                "policy_id": policy.id, "version": version.number, "document": version.document}


@read.get("/{policy_id}", response_model=PolicyDetailOut, summary="A policy with its versions")
def show(policy_id: str, principal: Principal = Depends(current_principal), ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        policy = queries.get_policy(session=session, principal=principal, policy_id=policy_id)
        return policy_out(session, policy, with_versions=True)


@read.get("/{policy_id}/versions/{number}", response_model=VersionDetailOut, summary="One version with its text")
def show_version(policy_id: str, number: VersionNumber, principal: Principal = Depends(current_principal),
                 ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        policy = queries.get_policy(session=session, principal=principal, policy_id=policy_id)
        return version_detail(session, policy, queries.get_version(session=session, policy=policy, number=number))


@read.get("/{policy_id}/diff", response_model=DiffOut, response_model_by_alias=True,
          summary="Diff of a version (default: the draft, else the newest) against the active one")
def diff(policy_id: str, version: VersionNumber | None = None, principal: Principal = Depends(current_principal),
         ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        policy = queries.get_policy(session=session, principal=principal, policy_id=policy_id)
        if version is not None:
            target = queries.get_version(session=session, policy=policy, number=version)
        else:
            candidates = [v for v in queries.versions_of(session=session, policy=policy) if v.status != DISCARDED]
            drafts = [v for v in candidates if v.status == DRAFT]
            target = (drafts or candidates or [None])[-1]
        active = queries.effective_version(session=session, tenant_id=policy.tenant_id)
        before = active.document if active else default_policy().model_dump(mode="json")
        after = target.document if target else None
        return diff_documents(before, after, before_label=f"{label(active)} (active)",
                              after_label=label(target)).to_dict()


@read.get("/{policy_id}/history", response_model=list[ChangeOut], summary="Every change: who, when, what")
def history(policy_id: str, principal: Principal = Depends(current_principal), ctx: Services = Depends(app_services)):
    with ctx.sessions() as session:
        policy = queries.get_policy(session=session, principal=principal, policy_id=policy_id)
        return [change_out(c) for c in queries.history(session=session, policy=policy)]


# Fixed paths first so that "/schema" is never taken for a policy id.
router.include_router(read)
router.include_router(views_authoring.router)
router.include_router(views_review.router)
router.include_router(views_simulate.router)
