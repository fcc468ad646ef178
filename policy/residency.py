"""Data classification and residency: which provider regions a request may go to."""

from __future__ import annotations

from dataclasses import dataclass, field

from sluice.policy.errors import BlockCode, BlockOutcome, PolicyError, PolicyErrorCode
from sluice.policy.schema.residency import ResidencyPolicy


class ClassificationError(PolicyError):
    """A request named a classification the policy does not define."""

    code = PolicyErrorCode.INVALID_CLASSIFICATION


@dataclass(frozen=True)
class Candidate:
    """A provider able to serve the requested model."""

    name: str
    region: str
    priority: int = 0


@dataclass
class ResidencyDecision:
    classification: str
    allowed_regions: list[str]
    providers: list[Candidate] = field(default_factory=list)
    violation: BlockOutcome | None = None

    @property
    def chosen(self) -> Candidate | None:
        return self.providers[0] if self.providers else None

    def to_dict(self) -> dict:
        return {
            "classification": self.classification,
            "allowed_regions": self.allowed_regions,
            "providers": [{"name": c.name, "region": c.region, "priority": c.priority} for c in self.providers],
            "violation": self.violation.to_dict() if self.violation else None,
        }


def classify(
    residency: ResidencyPolicy,
    *,
    header_value: str | None = None,
    tenant_default: str | None = None,
    detected_entities: set[str] | frozenset[str] = frozenset(),
) -> tuple[str, str]:
    """Return ``(classification, source)`` where source is ``default``, ``tenant``, ``header`` or
    ``pii:<ENTITY>``. Classifications only move up in sensitivity, except that a header may lower
    the tenant default when ``header_may_lower`` is set."""
    names = [c.name for c in residency.classifications]
    current, source = residency.default_classification, "default"
    if tenant_default is not None:
        if tenant_default not in names:
            raise ClassificationError(f"tenant default classification {tenant_default!r} is not one of {names}")
        current, source = tenant_default, "tenant"
    if header_value is not None and header_value.strip():
        value = header_value.strip().lower()
        if value not in names:
            raise ClassificationError(f"{residency.header} must be one of {names}")
        if residency.header_may_lower or residency.rank(value) > residency.rank(current):
            current, source = value, "header"
    for upgrade in residency.pii_upgrades:
        hits = sorted(set(upgrade.entities) & set(detected_entities))
        if hits and residency.rank(upgrade.classification) > residency.rank(current):
            current, source = upgrade.classification, f"pii:{hits[0]}"
    return current, source


def region_allowed(region: str, allowed: list[str]) -> bool:
    region = region.lower()
    return any(a == "*" or a.lower() == region or region.startswith(a.lower() + "-") for a in allowed)


def resolve(residency: ResidencyPolicy, classification: str, candidates: list[Candidate]) -> ResidencyDecision:
    """Order the allowed candidates by priority (lower first, stable), or report a violation.

    A region ``eu-west-1`` is inside an allowed region ``eu``; ``*`` allows any region."""
    allowed = list(residency.get(classification).allowed_regions)
    ok = sorted((c for c in candidates if region_allowed(c.region, allowed)), key=lambda c: c.priority)
    decision = ResidencyDecision(classification=classification, allowed_regions=allowed, providers=ok)
    if not ok:
        where = ", ".join(allowed) if allowed else "none"
        decision.violation = BlockOutcome(
            BlockCode.RESIDENCY_VIOLATION,
            f"data classified {classification!r} may only be processed in regions: {where}; "
            "no provider for this model is in an allowed region",
            details={"classification": classification, "allowed_regions": allowed,
                     "candidate_regions": sorted({c.region for c in candidates})},
        )
    return decision
