"""Writing a policy draft: the YAML view, the common-settings form, submit for review, discard."""

from __future__ import annotations

import yaml
from fastapi import Request

from sluice.gateway.console import forms, policy_form, policy_view, web
from sluice.gateway.console.signed_in import page_router
from sluice.gateway.errors import SluiceError
from sluice.gateway.policies import queries, service
from sluice.gateway.policies.errors import PolicyInvalid
from sluice.gateway.policies.events import audit

router = page_router("/console/policies")
AUTHORS = policy_view.AUTHORS


def _save(request: Request, session, policy, user, source):
    existing = queries.open_draft(session=session, policy=policy)
    before = {"content_hash": existing.content_hash} if existing else None
    draft = service.save_draft(session=session, actor=user.principal, policy=policy, source=source)
    audit(session, principal=user.principal, request=request, action="draft_saved", policy=policy,
          version=draft, before=before)


def _invalid(request, user, policy_id, exc: PolicyInvalid, **overrides):
    problems = [{"path": e.path or "(document)", "message": e.message} for e in exc.errors]
    return policy_view.render_detail(request, user, policy_id, status=exc.status, yaml_problems=problems,
                                     errors={"_form": "The policy does not validate; see the messages below."},
                                     **overrides)


@router.post("/{policy_id}/draft")
def save_yaml(request: Request, policy_id: str, form: dict = web.FORM):
    """Save the YAML view as the draft; validation problems are listed beside the editor."""
    user = web.guard(request, form, *AUTHORS, action="edit policy drafts")
    text = form.get("source", "").replace("\r\n", "\n")
    try:
        with web.ctx_of(request).sessions() as session, session.begin():
            policy = queries.get_policy(session=session, principal=user.principal, policy_id=policy_id[:64],
                                        write=True)
            _save(request, session, policy, user, text)
    except PolicyInvalid as exc:
        return _invalid(request, user, policy_id, exc, yaml_text=text)
    except SluiceError as exc:
        return policy_view.render_detail(request, user, policy_id, status=exc.status, yaml_text=text,
                                         errors={"_form": policy_view.sentence(exc.message)})
    return web.redirect(f"/console/policies/{policy_id[:64]}?done=draft_saved#editor")


@router.post("/{policy_id}/settings")
def save_settings(request: Request, policy_id: str, form: dict = web.FORM):
    """Write the common-settings form into the draft (the YAML view is rewritten in canonical form)."""
    user = web.guard(request, form, *AUTHORS, action="edit policy drafts")
    errors = forms.FormErrors()
    base: dict = {}
    try:
        with web.ctx_of(request).sessions() as session, session.begin():
            policy = queries.get_policy(session=session, principal=user.principal, policy_id=policy_id[:64],
                                        write=True)
            versions = [v for v in queries.versions_of(session=session, policy=policy) if v.status != "discarded"]
            base = versions[-1].document if versions else {}
            document = policy_form.apply(base, form, errors)
            if errors:
                raise _FormProblem()
            document = {k: v for k, v in document.items() if k not in ("id", "version")}
            _save(request, session, policy, user, yaml.safe_dump(document, sort_keys=False, allow_unicode=True))
    except (_FormProblem, PolicyInvalid, SluiceError) as exc:
        if isinstance(exc, PolicyInvalid):
            for problem in exc.errors:
                errors.add(problem.path if problem.path in form else "_form", policy_view.sentence(problem.message))
        elif isinstance(exc, SluiceError):
            errors = {"_form": policy_view.sentence(exc.message)}
        return policy_view.render_detail(request, user, policy_id, status=getattr(exc, "status", 400),
                                         errors=errors, settings_values=policy_form.entered(form, base),
                                         settings_rows=policy_form.entered_rows(form, base))
    return web.redirect(f"/console/policies/{policy_id[:64]}?done=draft_saved#editor")


class _FormProblem(Exception):
    """The settings form has field errors; nothing is saved."""


@router.post("/{policy_id}/submit")
def submit(request: Request, policy_id: str, form: dict = web.FORM):
    def work(session, policy, user, form):
        version = service.submit(session=session, actor=user.principal, policy=policy,
                                 comment=form.get("comment", "").strip()[:2000] or None)
        audit(session, principal=user.principal, request=request, action="submitted", policy=policy,
              version=version)

    return policy_view.perform(request, policy_id, form, AUTHORS, action="submit policies for review",
                                     done="submitted", work=work)


@router.post("/{policy_id}/discard")
def discard(request: Request, policy_id: str, form: dict = web.FORM):
    def work(session, policy, user, form):
        draft = service.discard_draft(session=session, actor=user.principal, policy=policy)
        audit(session, principal=user.principal, request=request, action="draft_discarded", policy=policy,
              version=draft)

    return policy_view.perform(request, policy_id, form, AUTHORS, action="discard policy drafts",
                                     done="draft_discarded", work=work)
