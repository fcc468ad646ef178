"""Results of scanning: per-guardrail outcomes and the input-scan result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sluice.policy.errors import BlockCode, BlockOutcome
from sluice.policy.vault import Vault
from sluice.policy.vocabulary import GuardrailAction, GuardrailStatus

BLOCK_CODES = {
    "pii": BlockCode.PII_BLOCKED,
    "injection": BlockCode.PROMPT_INJECTION,
    "content": BlockCode.CONTENT_BLOCKED,
    "words": BlockCode.CONTENT_BLOCKED,
    "topics": BlockCode.CONTENT_BLOCKED,
    "refusal": BlockCode.CONTENT_BLOCKED,
}


@dataclass
class SpanRecord:
    """A finding's location, never its text. ``message`` indexes the chat message (input only)."""

    entity_type: str
    start: int
    end: int
    score: float
    action: GuardrailAction
    message: int | None = None

    def __post_init__(self) -> None:
        self.action = GuardrailAction(self.action)

    def to_dict(self) -> dict:
        out = {"entity_type": self.entity_type, "start": self.start, "end": self.end,
               "score": round(self.score, 4), "action": self.action}
        if self.message is not None:
            out["message"] = self.message
        return out


@dataclass
class GuardrailResult:
    """One guardrail's outcome at one stage (``input`` or ``output``)."""

    name: str
    stage: str
    status: GuardrailStatus
    action: GuardrailAction
    score: float = 0.0
    reason: str | None = None
    label: str | None = None
    labels: list[str] = field(default_factory=list)
    spans: list[SpanRecord] = field(default_factory=list)
    duration_ms: float = 0.0
    fail_open: bool = False

    def __post_init__(self) -> None:
        self.status, self.action = GuardrailStatus(self.status), GuardrailAction(self.action)

    @property
    def blocks(self) -> bool:
        if self.status == GuardrailStatus.ERRORED:
            return not self.fail_open
        return self.status == GuardrailStatus.BLOCKED

    def trigger(self) -> None:
        """Record a match: ``blocked`` when what matched is to be refused, else ``flagged``. Spans carry
        their own (per-entity) actions and decide when there are any; otherwise the guardrail's action does."""
        actions = [s.action for s in self.spans] or [self.action]
        refused = GuardrailAction.BLOCK in actions
        self.status = GuardrailStatus.BLOCKED if refused else GuardrailStatus.FLAGGED

    def entity_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for span in self.spans:
            counts[span.entity_type] = counts.get(span.entity_type, 0) + 1
        return counts

    def to_dict(self, *, with_spans: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name, "stage": self.stage, "status": self.status, "action": self.action,
            "score": round(self.score, 4), "duration_ms": round(self.duration_ms, 3),
        }
        if self.reason:
            out["reason"] = self.reason
        if self.label:
            out["label"] = self.label
        if self.labels:
            out["labels"] = list(self.labels)
        if self.spans:
            out["entity_counts"] = self.entity_counts()
            if with_spans:
                out["spans"] = [s.to_dict() for s in self.spans]
        if self.status == GuardrailStatus.ERRORED:
            out["fail_open"] = self.fail_open
        return out


_STATUS_RANK = [GuardrailStatus.SKIPPED, GuardrailStatus.PASSED, GuardrailStatus.FLAGGED, GuardrailStatus.ERRORED,
                GuardrailStatus.BLOCKED]


def merged_results(results: list[GuardrailResult]) -> list[GuardrailResult]:
    """One result per guardrail (stage and name) from results of the same guardrails over several
    fields of one response: the gravest status, the highest score, every span, the summed time."""
    out: dict[tuple[str, str], GuardrailResult] = {}
    for result in results:
        key = (result.stage, result.name)
        kept = out.get(key)
        if kept is None:
            out[key] = GuardrailResult(result.name, result.stage, result.status, result.action, score=result.score,
                                       reason=result.reason, label=result.label, labels=list(result.labels),
                                       spans=list(result.spans), duration_ms=result.duration_ms,
                                       fail_open=result.fail_open)
            continue
        if _STATUS_RANK.index(result.status) > _STATUS_RANK.index(kept.status):
            kept.status, kept.action, kept.reason = result.status, result.action, result.reason
        if result.score > kept.score:
            kept.score, kept.label = result.score, result.label or kept.label
        kept.labels += [label for label in result.labels if label not in kept.labels]
        kept.spans += result.spans
        kept.duration_ms += result.duration_ms
    return list(out.values())

def guard_failure(result: GuardrailResult) -> str | None:
    """The guard failure code (``guard_timeout``, ...) of a guardrail that errored asking its guard model."""
    if result.status != GuardrailStatus.ERRORED or not result.reason:
        return None
    code = result.reason.rpartition(": ")[2]
    return code if code.startswith("guard_") else None


def block_for(result: GuardrailResult) -> BlockOutcome:
    code = BLOCK_CODES.get(result.name, BlockCode.CONTENT_BLOCKED)
    failure = guard_failure(result)
    if failure is not None:
        return BlockOutcome(BlockCode.GUARD_UNAVAILABLE,
                            f"the {result.stage} {result.name} guardrail's guard model gave no verdict ({failure}) and "
                            "the policy fails closed; retry later, or ask an administrator to check the guard provider",
                            guardrail=result.name, details={"reason": failure, "stage": result.stage})
    if result.status == GuardrailStatus.ERRORED:
        return BlockOutcome(code, f"the {result.stage} {result.name} guardrail failed and the policy fails closed",
                            guardrail=result.name, details={"reason": "guardrail_error"})
    details: dict[str, Any] = {"stage": result.stage}
    if result.label:
        details["label"] = result.label
    if result.spans:
        details["entity_types"] = sorted({s.entity_type for s in result.spans if s.action == "block"} or
                                         {s.entity_type for s in result.spans})
    what = {BlockCode.PII_BLOCKED: "personal data the policy does not allow",
            BlockCode.PROMPT_INJECTION: "a prompt injection or jailbreak attempt",
            BlockCode.CONTENT_BLOCKED: "content the policy does not allow"}[code]
    return BlockOutcome(code, f"the {result.stage} contains {what}", guardrail=result.name, details=details)


@dataclass
class InputScan:
    """Outcome of ``Pipeline.scan_input``. When ``blocked`` is set the model must not be called."""

    messages: list[dict]
    results: list[GuardrailResult]
    vault: Vault
    classification: str
    classification_source: str
    blocked: BlockOutcome | None = None
    duration_ms: float = 0.0
    request_text: str = ""

    def result(self, name: str) -> GuardrailResult | None:
        return next((r for r in self.results if r.name == name), None)

    def entity_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for r in self.results:
            if r.name == "pii":
                for k, v in r.entity_counts().items():
                    counts[k] = counts.get(k, 0) + v
        return counts
