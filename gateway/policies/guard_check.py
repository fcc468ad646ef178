"""A policy version that names guard models is only put up for review, or in force, when the
providers it names exist and serve those models: otherwise every request under it would fail closed
with ``guard_unavailable``. Problems are reported with their field paths (``policy_invalid``)."""

from __future__ import annotations

from typing import Any

from sluice.policy.errors import FieldError
from sluice.policy.loader import load_policy
from sluice.policy.schema import PolicyDocument
from sqlalchemy.orm import Session

from sluice.gateway.policies.errors import PolicyInvalid
from sluice.gateway.providers.service import list_providers

GUARDED_SECTIONS = (("input", "content"), ("input", "injection"), ("output", "content"))


def guard_problems(document: PolicyDocument, providers: dict[str, set[str]]) -> list[FieldError]:
    """What is wrong with the guard models ``document`` names, given enabled providers -> their models."""
    problems = []
    for stage, name in GUARDED_SECTIONS:
        cfg = getattr(getattr(document, stage), name)
        if not cfg.enabled or cfg.engine == "local":
            continue
        guard, path = cfg.guard, f"{stage}.{name}.guard"
        if guard.provider is not None and guard.provider not in providers:
            problems.append(FieldError(f"{path}.provider", f"no enabled provider is named {guard.provider!r}"))
        elif guard.provider is not None and providers[guard.provider] and guard.model not in providers[guard.provider]:
            problems.append(FieldError(f"{path}.model", f"provider {guard.provider!r} does not list model {guard.model!r}"))
        elif guard.provider is None and not any(guard.model in models for models in providers.values()):
            problems.append(FieldError(f"{path}.model", f"no enabled provider serves model {guard.model!r}"))
    return problems


def check_guard_models(*, session: Session, document: dict[str, Any]) -> None:
    """Raise ``policy_invalid`` naming each guard model that no enabled provider serves."""
    parsed = load_policy(document)
    if all(getattr(getattr(parsed, s), n).engine == "local" for s, n in GUARDED_SECTIONS):
        return
    providers = {p.name: set(p.models or []) for p in list_providers(session=session, enabled_only=True)}
    problems = guard_problems(parsed, providers)
    if problems:
        shown = "; ".join(f"{p.path}: {p.message}" for p in problems)
        raise PolicyInvalid(problems, f"the policy's guard models cannot be reached: {shown}")
