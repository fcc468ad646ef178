"""Routing: which providers may serve a model for this request, in fallback order. Pure logic."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Forbidden, NotFound
from sluice.gateway.providers.base import ModelProvider


def model_not_found(model: str) -> NotFound:
    return NotFound(ErrorCode.MODEL_NOT_FOUND,
                    f"The model '{model}' does not exist or you do not have access to it.",
                    param="model")


def select_candidates(providers: Iterable[ModelProvider], model: str,
                      allowed_regions: frozenset[str] | None) -> list[ModelProvider]:
    """Enabled providers serving ``model`` in an allowed region, by priority (lower first), then name.

    ``allowed_regions`` None means every region. No provider at all: ``model_not_found`` (404); only
    providers outside the allowed regions: ``residency_violation`` (403).
    """
    serving = [p for p in providers if p.spec.enabled and model in p.spec.models]
    if not serving:
        raise model_not_found(model)
    if allowed_regions is not None:
        inside = [p for p in serving if p.spec.region in allowed_regions]
        if not inside:
            allowed = ", ".join(sorted(allowed_regions)) or "none"
            raise Forbidden(ErrorCode.RESIDENCY_VIOLATION,
                            f"The model '{model}' is not served in a region this request's data may go to "
                            f"(allowed: {allowed}).", param="model")
        serving = inside
    return sorted(serving, key=lambda p: (p.spec.priority, p.spec.name))


def reachable_models(providers: Sequence[ModelProvider], allowed_regions: frozenset[str] | None) -> list[str]:
    names = {m for p in providers
             if p.spec.enabled and (allowed_regions is None or p.spec.region in allowed_regions)
             for m in p.spec.models}
    return sorted(names)
