"""Everything the policy page shows, gathered in one place so every action can re-render it
with its inline messages (validation errors, four-eyes refusals, test-bench results)."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from sluice.gateway.users.roles import Role
from sluice.gateway.console import policy_form, web
from sluice.gateway.console.policy_rows import ENTITY_NAMES
from sluice.gateway.errors import SluiceError
from sluice.gateway.policies import queries
from sluice.gateway.policies.diffing import diff_documents
from sluice.gateway.policies.models import APPROVED, DISCARDED, DRAFT, IN_REVIEW, Policy
from sluice.gateway.policies.service import label
from sluice.gateway.providers.service import list_providers
from sluice.gateway.tenants.service import list_tenants
from sluice.policy.loader import default_policy

AUTHORS = (Role.POLICY_AUTHOR,)
REVIEWERS = (Role.POLICY_APPROVER,)
BENCH_ROLES = (Role.POLICY_AUTHOR, Role.POLICY_APPROVER, Role.AUDITOR)


def diff_lines(unified: str) -> list[tuple[str, str]]:
    """(css class, text) per line of a unified diff."""
    out = []
    for line in unified.splitlines():
        if line.startswith(("+++", "---", "@@")):
            kind = "hunk"
        elif line.startswith("+"):
            kind = "add"
        elif line.startswith("-"):
            kind = "del"
        else:
            kind = "ctx"
        out.append((kind, line))
    return out


def _tenant_name(session, tenant_id: str | None) -> str:
    if tenant_id is None:
        return "Deployment default (all tenants)"
    names = {t.id: t.display_name or t.name for t in list_tenants(session=session)}
    return names.get(tenant_id, tenant_id)


def detail_context(request: Request, user: web.ConsoleUser, policy_id: str) -> dict[str, Any]:
    """Raises SluiceError (not found) for policies the user may not see."""
    with web.ctx_of(request).sessions() as session:
        policy = queries.get_policy(session=session, principal=user.principal, policy_id=policy_id[:64])
        versions = queries.versions_of(session=session, policy=policy)
        record = queries.activation(session=session, scope=policy.scope)
        active_id = record.version_id if record is not None and record.policy_id == policy.id else None
        effective = queries.effective_version(session=session, tenant_id=policy.tenant_id)
        draft = next((v for v in versions if v.status == DRAFT), None)
        live = [v for v in versions if v.status != DISCARDED]
        target = draft or (live[-1] if live else None)
        before = effective.document if effective else default_policy().model_dump(mode="json")
        diff = diff_documents(before, target.document if target else None,
                              before_label=f"{label(effective)} (active)", after_label=label(target)) \
            if target is not None else None
        history = list(reversed(queries.history(session=session, policy=policy)))
        models = sorted({m for p in list_providers(session=session, enabled_only=True) for m in (p.models or [])})
        tenant_name = _tenant_name(session, policy.tenant_id)
        owner = session.get(Policy, effective.policy_id) if effective else None
        effective_label = f"{owner.name} v{effective.number}" if owner else "the default shipped with Sluice"
        classifications = [c.get("name") for c in (target.document if target else before)
                           .get("residency", {}).get("classifications", []) if isinstance(c, dict)]
    editable = policy.tenant_id is not None or user.tenant_id is None
    return {
        "policy": policy, "versions": list(reversed(versions)), "draft": draft, "active_id": active_id,
        "target": target, "diff": diff, "diff_lines": diff_lines(diff.unified) if diff else [],
        "history": history, "models": models, "tenant_name": tenant_name, "classifications": classifications,
        "effective_label": effective_label,
        "settings_groups": policy_form.groups(),
        "settings_values": policy_form.values_of(target.document if target else {}),
        "settings_rows": policy_form.rows_of(target.document if target else {}),
        "shown_bools": policy_form.shown_bools(), "entity_names": ENTITY_NAMES,
        "can_author": user.has(*AUTHORS) and editable, "can_review": user.has(*REVIEWERS) and editable,
        "can_test": user.has(*BENCH_ROLES), "in_review": [v for v in versions if v.status == IN_REVIEW],
        "approved": [v for v in versions if v.status == APPROVED],
        "yaml_text": draft.source if draft else (target.source if target else ""),
    }


def render_detail(request: Request, user: web.ConsoleUser, policy_id: str, *, status: int = 200,
                  **overrides: Any):
    """The policy page; ``overrides`` carry inline messages and what the user typed."""
    try:
        context = detail_context(request, user, policy_id)
    except SluiceError as exc:
        return web.render(request, "error.html", user, status=exc.status, title="Policy not found",
                          message=exc.message[:1].upper() + exc.message[1:] + ".")
    context.update(overrides)
    context.setdefault("errors", {})
    context.setdefault("bench", None)
    context.setdefault("bench_input", {})
    return web.render(request, "policy.html", user, status=status, title=f"Policy {context['policy'].name}",
                      active="policies", **context)


sentence = web.sentence


def perform(request: Request, policy_id: str, form: dict[str, str], roles: tuple[Role, ...], *, action: str,
            done: str, work, anchor: str = ""):
    """A policy form action: checks, one transaction, then back to the policy page.

    ``work(session, policy, user, form)`` does the change and its audit event. Refusals by the
    service (four-eyes, wrong state, invalid document) are shown inline on the page.
    """
    user = web.guard(request, form, *roles, action=action)
    try:
        with web.ctx_of(request).sessions() as session, session.begin():
            policy = queries.get_policy(session=session, principal=user.principal, policy_id=policy_id[:64],
                                        write=True)
            work(session, policy, user, form)
    except SluiceError as exc:
        errors = {"_form": sentence(exc.message)}
        if getattr(exc, "param", None) == "comment":
            errors["comment"] = errors["_form"]
        return render_detail(request, user, policy_id, status=exc.status, errors=errors)
    return web.redirect(f"/console/policies/{policy_id[:64]}?done={done}{anchor}")
