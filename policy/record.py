"""The decision record: one structured summary per request, handed to the audit log.

It holds policy id and version, every guardrail's status / score / action, entity types and
counts, classification, provider, region and per-stage timings — never prompt text, response
text or detected values."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sluice.policy.errors import BlockOutcome
from sluice.policy.residency import ResidencyDecision
from sluice.policy.results import GuardrailResult, InputScan

RECORD_VERSION = 1


@dataclass
class DecisionRecord:
    policy_id: str
    policy_version: int
    guardrails: list[GuardrailResult] = field(default_factory=list)
    classification: str | None = None
    classification_source: str | None = None
    provider: str | None = None
    region: str | None = None
    allowed_regions: list[str] = field(default_factory=list)
    outcome: str = "allowed"
    block: BlockOutcome | None = None
    timings_ms: dict[str, float] = field(default_factory=dict)
    pseudonyms: int = 0

    @classmethod
    def build(
        cls,
        policy,
        *,
        input_scan: InputScan | None = None,
        residency: ResidencyDecision | None = None,
        output_results: list[GuardrailResult] | None = None,
        output_block: BlockOutcome | None = None,
        provider: str | None = None,
        region: str | None = None,
        timings_ms: dict[str, float] | None = None,
    ) -> "DecisionRecord":
        """Assemble the record from whatever stages ran (a blocked request has no output)."""
        record = cls(policy_id=policy.id, policy_version=policy.version)
        timings = dict(timings_ms or {})
        if input_scan is not None:
            record.guardrails += input_scan.results
            record.classification = input_scan.classification
            record.classification_source = input_scan.classification_source
            record.pseudonyms = len(input_scan.vault)
            timings.setdefault("input", round(input_scan.duration_ms, 3))
            if input_scan.blocked:
                record.outcome, record.block = "blocked_input", input_scan.blocked
        if residency is not None:
            record.classification = residency.classification
            record.allowed_regions = list(residency.allowed_regions)
            chosen = residency.chosen
            if chosen is not None:
                record.provider, record.region = chosen.name, chosen.region
            if residency.violation and record.block is None:
                record.outcome, record.block = "blocked_residency", residency.violation
        if output_results:
            record.guardrails += output_results
            timings.setdefault("output", round(sum(r.duration_ms for r in output_results), 3))
        if output_block is not None and record.block is None:
            record.outcome, record.block = "blocked_output", output_block
        if provider is not None:
            record.provider = provider
        if region is not None:
            record.region = region
        record.timings_ms = timings
        return record

    def entity_counts(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for result in self.guardrails:
            if result.spans:
                stage = out.setdefault(result.stage, {})
                for entity, n in result.entity_counts().items():
                    stage[entity] = stage.get(entity, 0) + n
        return out

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict. Spans are summarised as counts; no text or values appear."""
        return {
            "record_version": RECORD_VERSION,
            "policy": {"id": self.policy_id, "version": self.policy_version},
            "outcome": self.outcome,
            "block": self.block.to_dict() if self.block else None,
            "guardrails": [r.to_dict(with_spans=False) for r in self.guardrails],
            "entities": self.entity_counts(),
            "pseudonyms": self.pseudonyms,
            "classification": self.classification,
            "classification_source": self.classification_source,
            "allowed_regions": self.allowed_regions,
            "provider": self.provider,
            "region": self.region,
            "timings_ms": {k: round(v, 3) for k, v in self.timings_ms.items()},
        }
