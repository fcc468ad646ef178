"""Sluice policy layer: typed policy documents, detectors, the evaluation pipeline, the
streaming output scanner, data residency and the decision record.

A pure library: it never imports web, database or queue code. Public API::

    from sluice.policy import load_policy, default_policy, build_pipeline, Candidate, DecisionRecord

    policy = load_policy(yaml_or_json_text_or_dict)      # PolicyDocument; PolicyValidationError
                                                         # (code "policy_invalid") lists field paths
    pipeline = build_pipeline(policy, tenant_secret=key)  # key: bytes (>= 16) for keyed hashing;
                                                         # never read from the environment
    pipeline.warm_up()                                   # optional: load models now

    scan = pipeline.scan_input(messages, classification_header=request.headers.get(...),
                               tenant_classification=None)
    scan.blocked        # BlockOutcome(code="content_blocked"|"pii_blocked"|"prompt_injection") or None
    scan.messages       # messages to send to the model (PII replaced)
    scan.results        # GuardrailResult per guardrail: status passed / flagged / blocked / errored /
                        # skipped and its action (policy/vocabulary.py, shared with the audit log)
    scan.vault          # per-request pseudonym vault (never share between requests)
    scan.classification # data classification after header and PII upgrades

    decision = pipeline.resolve_residency(scan.classification, [Candidate("a", "eu-west-1", 0), ...])
    decision.providers  # allowed candidates, in fallback order
    decision.violation  # BlockOutcome(code="residency_violation", details={classification, allowed_regions})

    out = pipeline.output_stream(scan.vault, request_text=scan.request_text)
    for chunk in model_stream:
        text = out.feed(chunk)       # send `text` (may be ""); holds back only what patterns need
        if out.blocked: break        # end the stream with out.blocked's error
    tail = out.finish()              # flush; runs refusal detection
    # non-streaming: out.scan(full_text)

    record = DecisionRecord.build(policy, input_scan=scan, residency=decision,
                                  output_results=out.guardrail_results(), output_block=out.blocked,
                                  timings_ms={...})
    record.to_dict()                 # for the audit log: no prompt text, no PII values

Errors: every refusal is a :class:`BlockOutcome` with a stable code; configuration problems raise
:class:`PolicyError` subclasses (``policy_invalid``, ``invalid_classification``, ``unknown_detector``).
"""

from sluice.policy.errors import BlockOutcome, FieldError, PolicyError, PolicyValidationError
from sluice.policy.loader import default_policy, default_policy_text, dump_policy, json_schema, load_policy
from sluice.policy.output_scanner import OutputScanner
from sluice.policy.pipeline import Pipeline, build_pipeline
from sluice.policy.record import DecisionRecord
from sluice.policy.residency import Candidate, ClassificationError, ResidencyDecision, classify
from sluice.policy.results import GuardrailResult, InputScan, SpanRecord
from sluice.policy.schema import PolicyDocument
from sluice.policy.vault import Vault

__all__ = [
    "BlockOutcome", "Candidate", "ClassificationError", "DecisionRecord", "FieldError", "GuardrailResult",
    "InputScan", "OutputScanner", "Pipeline", "PolicyDocument", "PolicyError", "PolicyValidationError",
    "ResidencyDecision", "SpanRecord", "Vault", "build_pipeline", "classify", "default_policy",
    "default_policy_text", "dump_policy", "json_schema", "load_policy",
]
