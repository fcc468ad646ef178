"""Results of scanning: per-guardrail outcomes and the input-scan result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sluice.policy.errors import BlockOutcome
from sluice.policy.vault import Vault

Status = Literal["passed", "triggered", "skipped", "errored"]

BLOCK_CODES = {
    "pii": "pii_blocked",
    "injection": "prompt_injection",
    "content": "content_blocked",
    "words": "content_blocked",
    "topics": "content_blocked",
    "refusal": "content_blocked",
}


@dataclass
class SpanRecord:
    """A finding's location, never its text. ``message`` indexes the chat message (input only)."""

    entity_type: str
    start: int
    end: int
    score: float
    action: str
    message: int | None = None

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
    status: Status
    action: str
    score: float = 0.0
    reason: str | None = None
    label: str | None = None
    spans: list[SpanRecord] = field(default_factory=list)
    duration_ms: float = 0.0
    fail_open: bool = False

    @property
    def blocks(self) -> bool:
        if self.status == "errored":
            return not self.fail_open
        return self.status == "triggered" and (self.action == "block" or any(s.action == "block" for s in self.spans))

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
        if self.spans:
            out["entity_counts"] = self.entity_counts()
            if with_spans:
                out["spans"] = [s.to_dict() for s in self.spans]
        if self.status == "errored":
            out["fail_open"] = self.fail_open
        return out


def block_for(result: GuardrailResult) -> BlockOutcome:
    code = BLOCK_CODES.get(result.name, "content_blocked")
    if result.status == "errored":
        return BlockOutcome(code, f"the {result.stage} {result.name} guardrail failed and the policy fails closed",
                            guardrail=result.name, details={"reason": "guardrail_error"})
    details: dict[str, Any] = {"stage": result.stage}
    if result.label:
        details["label"] = result.label
    if result.spans:
        details["entity_types"] = sorted({s.entity_type for s in result.spans if s.action == "block"} or
                                         {s.entity_type for s in result.spans})
    what = {"pii_blocked": "personal data the policy does not allow",
            "prompt_injection": "a prompt injection or jailbreak attempt",
            "content_blocked": "content the policy does not allow"}[code]
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
