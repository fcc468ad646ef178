"""Routing: which providers may serve a model for this request, in fallback order. Pure logic."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import NotFound
from sluice.gateway.providers.base import ModelProvider


def model_not_found(model: str) -> NotFound:
    return NotFound(ErrorCode.MODEL_NOT_FOUND,
                    f"The model '{model}' does not exist or you do not have access to it.",
                    param="model")


def serving(providers: Iterable[ModelProvider], model: str) -> list[ModelProvider]:
    """Enabled providers serving ``model``, by priority (lower first), then name; ``model_not_found``
    (404) when there is none. Which of them the request's data may go to is the guardrails' decision."""
    found = [p for p in providers if p.spec.enabled and model in p.spec.models]
    if not found:
        raise model_not_found(model)
    return sorted(found, key=lambda p: (p.spec.priority, p.spec.name))


def reachable_models(providers: Sequence[ModelProvider]) -> list[str]:
    return sorted({m for p in providers if p.spec.enabled for m in p.spec.models})
