"""Reviewing policy versions: approve or reject with a comment (never your own), activate, roll back."""

from __future__ import annotations

from fastapi import Request

from sluice.gateway.bounds import VersionNumber
from sluice.gateway.console import policy_view, web
from sluice.gateway.console.signed_in import page_router
from sluice.gateway.policies import queries, service
from sluice.gateway.policies.events import audit

router = page_router("/console/policies")
REVIEWERS = policy_view.REVIEWERS


def _comment(form: dict[str, str]) -> str | None:
    return form.get("comment", "").strip()[:2000] or None


def _active_view(session, policy) -> dict | None:
    current = queries.active_version(session=session, scope=policy.scope)
    return {"policy_id": current.policy_id, "version": current.number} if current else None


@router.post("/{policy_id}/versions/{number}/approve")
def approve(request: Request, policy_id: str, number: VersionNumber, form: dict = web.FORM):
    def work(session, policy, user, form):
        version = service.approve(session=session, actor=user.principal, policy=policy, number=number,
                                  comment=_comment(form))
        audit(session, principal=user.principal, request=request, action="approved", policy=policy,
              version=version, before={"version": number, "status": "in_review"})

    return policy_view.perform(request, policy_id, form, REVIEWERS, action="approve policy versions",
                                     done="approved", work=work)


@router.post("/{policy_id}/versions/{number}/reject")
def reject(request: Request, policy_id: str, number: VersionNumber, form: dict = web.FORM):
    def work(session, policy, user, form):
        version = service.reject(session=session, actor=user.principal, policy=policy, number=number,
                                 comment=_comment(form) or "")
        audit(session, principal=user.principal, request=request, action="rejected", policy=policy,
              version=version, before={"version": number, "status": "in_review"})

    return policy_view.perform(request, policy_id, form, REVIEWERS, action="reject policy versions",
                                     done="rejected", work=work)


@router.post("/{policy_id}/versions/{number}/activate")
def activate(request: Request, policy_id: str, number: VersionNumber, form: dict = web.FORM):
    def work(session, policy, user, form):
        before = _active_view(session, policy)
        version = service.activate(session=session, actor=user.principal, policy=policy, number=number,
                                   comment=_comment(form))
        audit(session, principal=user.principal, request=request, action="activated", policy=policy,
              version=version, before=before)

    response = policy_view.perform(request, policy_id, form, REVIEWERS, action="activate policy versions",
                                         done="activated", work=work)
    web.ctx_of(request).policies.invalidate()
    return response


@router.post("/{policy_id}/rollback")
def rollback(request: Request, policy_id: str, form: dict = web.FORM):
    def work(session, policy, user, form):
        raw = form.get("version", "").strip()
        number = int(raw) if raw.isdigit() and len(raw) < 9 else None
        before = _active_view(session, policy)
        version = service.rollback(session=session, actor=user.principal, policy=policy, number=number,
                                   comment=_comment(form) or "")
        audit(session, principal=user.principal, request=request, action="rolled_back", policy=policy,
              version=version, before=before)

    response = policy_view.perform(request, policy_id, form, REVIEWERS, action="roll back policies",
                                         done="rolled_back", work=work)
    web.ctx_of(request).policies.invalidate()
    return response
