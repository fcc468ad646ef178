"""The evaluation pipeline: a policy turned into detectors, scanning chat input and building
output scanners. Detectors are shared between pipelines with the same configuration."""

from __future__ import annotations

import time
from typing import Any

from sluice.policy.budget import NO_DEADLINE, ScanBudget
from sluice.policy.content_rules import apply_verdicts, verdict
from sluice.policy.detectors import Detector, ScanContext
from sluice.policy.detectors.configured import content_detector, injection_detector, pii_detector, shared_detector
from sluice.policy.errors import FieldError, PolicyValidationError, ScanTimeoutError
from sluice.policy.guards import GuardTransport
from sluice.policy.loader import load_policy
from sluice.policy.models.cache import SPACY_MODEL_PACKAGES
from sluice.policy.output_scanner import OutputScanner
from sluice.policy.residency import Candidate, ResidencyDecision, classify, resolve
from sluice.policy.results import GuardrailResult, InputScan, SpanRecord, block_for
from sluice.policy.schema import PIIGuardrail, PolicyDocument
from sluice.policy.transform import Replacement, apply_replacements, replacement_for
from sluice.policy.vault import Vault
from sluice.policy.vocabulary import GuardrailAction, GuardrailStatus

REMOVED = "[removed by policy]"
ACTION_RANK = [GuardrailAction.ALLOW, GuardrailAction.FLAG, GuardrailAction.REDACT, GuardrailAction.MASK,
               GuardrailAction.HASH, GuardrailAction.PSEUDONYMIZE, GuardrailAction.BLOCK]

def message_texts(message: dict) -> list[tuple[Any, str]]:
    """(part key, text) pairs of a chat message; key None means ``content`` is a plain string."""
    content = message.get("content")
    if isinstance(content, str):
        return [(None, content)]
    if isinstance(content, list):
        return [(i, p.get("text", "")) for i, p in enumerate(content) if isinstance(p, dict) and p.get("type") == "text"]
    return []


def with_texts(message: dict, texts: dict[Any, str]) -> dict:
    out = dict(message)
    if None in texts:
        out["content"] = texts[None]
    elif texts:
        parts = [dict(p) if isinstance(p, dict) else p for p in message["content"]]
        for i, text in texts.items():
            parts[i]["text"] = text
        out["content"] = parts
    return out


def check_languages(policy: PolicyDocument) -> None:
    errors = []
    for stage in ("input", "output"):
        cfg: PIIGuardrail = getattr(policy, stage).pii
        if cfg.enabled and cfg.ner_entities():
            for i, language in enumerate(cfg.languages):
                if language not in SPACY_MODEL_PACKAGES:
                    errors.append(FieldError(f"{stage}.pii.languages.{i}",
                                             f"no NER model is installed for {language!r} (needed for {sorted(cfg.ner_entities())})"))
    if errors:
        raise PolicyValidationError(errors)


class Pipeline:
    """Scans requests and responses under one policy. Thread-safe; build once per policy version."""

    def __init__(self, policy: PolicyDocument, *, tenant_secret: bytes, guards: GuardTransport | None = None):
        if not isinstance(tenant_secret, (bytes, bytearray)) or len(tenant_secret) < 16:
            raise ValueError("tenant_secret must be at least 16 bytes")
        check_languages(policy)
        self.policy = policy
        self.secret = bytes(tenant_secret)
        self.guards = guards
        self._input_warm = False
        inp = policy.input
        self.input_detectors: dict[str, Detector | None] = {
            "pii": pii_detector(inp.pii) if inp.pii.enabled else None,
            "content": content_detector(inp.content, guards=guards) if inp.content.enabled else None,
            "words": shared_detector("words", words=inp.words.words, patterns=inp.words.patterns)
            if inp.words.enabled else None,
            "topics": shared_detector("topics", topics=[t.model_dump() for t in inp.topics.topics],
                                      default_threshold=inp.topics.threshold)
            if inp.topics.enabled and inp.topics.topics else None,
            "injection": injection_detector(inp.injection, guards=guards) if inp.injection.enabled else None,
        }
        self.input_asks_guard = any(cfg.enabled and cfg.engine != "local" for cfg in (inp.content, inp.injection))
        """Whether input scanning asks a guard model (such scans need this process's guard transport)."""
        out = policy.output.content
        self.output_asks_guard = out.enabled and out.engine != "local"
        """Whether output scanning waits on a guard model (callers keep it off an event loop)."""

    def warm_up(self) -> None:
        """Load every model the policy needs now instead of on the first request."""
        self.warm_input()
        self.output_stream(Vault()).warm_up()

    def warm_input(self) -> None:
        """Load the input detectors' models once, so that a scan's CPU budget never pays for it."""
        if not self._input_warm:
            for detector in self.input_detectors.values():
                if detector is not None:
                    detector.warm_up()
            self._input_warm = True

    # -- input --------------------------------------------------------------------------------
    def scan_input(
        self,
        messages: list[dict],
        *,
        classification_header: str | None = None,
        tenant_classification: str | None = None,
        budget: ScanBudget | None = None,
    ) -> InputScan:
        """Run every input guardrail over ``messages`` (OpenAI chat format).

        PII runs on every role; content, word lists and denied topics on ``user`` and ``tool``
        messages; injection on the roles the policy lists. Returns transformed messages (PII
        replaced), the per-request vault, per-guardrail results and a block outcome if any.

        With a ``budget``, text over its size raises :class:`InputTooLargeError` before any
        detector runs, and a scan over its CPU time raises :class:`ScanTimeoutError` (never
        recorded as a guardrail result: the request is refused as a whole)."""
        started = time.perf_counter()
        vault = Vault()
        texts = [message_texts(m) for m in messages]
        if budget is not None:
            budget.check_size(sum(len(text) for parts in texts for _, text in parts))
        for parts in texts:
            for _, text in parts:
                vault.reserve_existing(text)
        self.warm_input()
        context = ScanContext(deadline=budget.deadline() if budget is not None else NO_DEADLINE)
        results, new_texts = [], [dict() for _ in messages]
        results.append(self._scan_pii(messages, texts, vault, new_texts, context))
        user_tool = {"user", "tool", "function"}
        inp = self.policy.input
        context.check_deadline()
        results.append(self._scan_scored("content", inp.content, messages, texts, user_tool, context, new_texts))
        context.check_deadline()
        results.append(self._scan_words(messages, texts, new_texts))
        results.append(self._scan_scored("topics", inp.topics, messages, texts, {"user"}, context, new_texts))
        roles = set(inp.injection.roles) | ({"function"} if "tool" in inp.injection.roles else set())
        results.append(self._scan_scored("injection", inp.injection, messages, texts, roles, context, new_texts))
        context.check_deadline()

        out_messages = [with_texts(m, new_texts[i]) if new_texts[i] else dict(m) for i, m in enumerate(messages)]
        detected = {s.entity_type for s in results[0].spans}
        classification, source = classify(self.policy.residency, header_value=classification_header,
                                          tenant_default=tenant_classification, detected_entities=detected)
        blocked = next((block_for(r) for r in results if r.blocks), None)
        last_user = next((t for m, parts in zip(reversed(messages), reversed(texts)) if m.get("role") == "user"
                          for _, t in parts), "")
        return InputScan(messages=out_messages, results=results, vault=vault, classification=classification,
                         classification_source=source, blocked=blocked,
                         duration_ms=(time.perf_counter() - started) * 1000, request_text=last_user)

    def _current(self, new_texts, i, key, original):
        return new_texts[i].get(key, original)

    def _scan_pii(self, messages, texts, vault, new_texts, context) -> GuardrailResult:
        cfg = self.policy.input.pii
        result = GuardrailResult("pii", "input", GuardrailStatus.PASSED, cfg.action, fail_open=cfg.fail_open)
        detector = self.input_detectors["pii"]
        if detector is None:
            result.status, result.reason = GuardrailStatus.SKIPPED, "disabled by policy"
            return result
        started = time.perf_counter()
        try:
            for i, parts in enumerate(texts):
                for key, text in parts:
                    detection = detector.detect(text, context)
                    reps = []
                    for span in detection.spans:
                        rule = cfg.rule(span.entity_type)
                        result.spans.append(SpanRecord(span.entity_type, span.start, span.end, span.score, rule.action, i))
                        value = text[span.start:span.end]
                        new = replacement_for(value, span, rule, vault=vault, secret=self.secret)
                        if new is not None:
                            reps.append(Replacement(span, rule.action, new))
                    if reps:
                        new_texts[i][key] = apply_replacements(text, reps)
        except ScanTimeoutError:
            raise
        except Exception as exc:  # noqa: BLE001 - any detector failure is recorded, never raised
            return self._errored(result, exc, started)
        if result.spans:
            result.score = max(s.score for s in result.spans)
            result.action = max((s.action for s in result.spans), key=ACTION_RANK.index)
            result.trigger()
        result.duration_ms = (time.perf_counter() - started) * 1000
        return result

    def _scan_words(self, messages, texts, new_texts) -> GuardrailResult:
        cfg = self.policy.input.words
        result = GuardrailResult("words", "input", GuardrailStatus.PASSED, cfg.action, fail_open=cfg.fail_open)
        detector = self.input_detectors["words"]
        if detector is None or not (cfg.words or cfg.patterns):
            result.status, result.reason = GuardrailStatus.SKIPPED, "disabled by policy" if detector is None else "no words or patterns"
            return result
        started = time.perf_counter()
        try:
            for i, parts in enumerate(texts):
                if messages[i].get("role") not in {"user", "tool", "function"}:
                    continue
                for key, _ in parts:
                    text = self._current(new_texts, i, key, dict(parts)[key])
                    detection = detector.detect(text)
                    result.spans += [SpanRecord(s.entity_type, s.start, s.end, s.score, cfg.action, i) for s in detection.spans]
                    if detection.spans and cfg.action in ("redact", "mask"):
                        reps = [Replacement(s, cfg.action, f"<{s.entity_type}>" if cfg.action == "redact"
                                            else "*" * (s.end - s.start)) for s in detection.spans]
                        new_texts[i][key] = apply_replacements(text, _non_overlapping(reps))
        except ScanTimeoutError:
            raise
        except Exception as exc:  # noqa: BLE001
            return self._errored(result, exc, started)
        if result.spans:
            result.score = 1.0
            result.trigger()
        result.duration_ms = (time.perf_counter() - started) * 1000
        return result

    def _scan_scored(self, name, cfg, messages, texts, roles, context, new_texts) -> GuardrailResult:
        result = GuardrailResult(name, "input", GuardrailStatus.PASSED, cfg.action, fail_open=cfg.fail_open)
        detector = self.input_detectors[name]
        if detector is None:
            result.status = GuardrailStatus.SKIPPED
            result.reason = "no topics configured" if name == "topics" and cfg.enabled else "disabled by policy"
            return result
        started = time.perf_counter()
        scanned, fired = 0, []
        try:
            for i, parts in enumerate(texts):
                if messages[i].get("role") not in roles:
                    continue
                for key, text in parts:
                    scanned += 1
                    detection = detector.detect(text, context)
                    found = verdict(cfg, detection)
                    if found.score > result.score:
                        result.score, result.label, result.labels = found.score, detection.label, detection.labels
                    if found.triggered:
                        fired.append(found)
                        if found.action in ("redact", "mask"):
                            new_texts[i][key] = REMOVED
        except ScanTimeoutError:
            raise
        except Exception as exc:  # noqa: BLE001
            return self._errored(result, exc, started)
        if scanned == 0:
            result.status, result.reason = GuardrailStatus.SKIPPED, "no message with a scanned role"
        elif fired:
            apply_verdicts(result, fired)
        else:
            result.label, result.labels = None, []
        result.duration_ms = (time.perf_counter() - started) * 1000
        return result

    @staticmethod
    def _errored(result: GuardrailResult, exc: Exception, started: float) -> GuardrailResult:
        result.status = GuardrailStatus.ERRORED
        result.reason = f"{type(exc).__name__}: {getattr(exc, 'code', 'detector_failure')}"
        result.spans = []
        result.duration_ms = (time.perf_counter() - started) * 1000
        return result

    # -- output and residency -----------------------------------------------------------------
    def output_stream(self, vault: Vault | None = None, *, request_text: str | None = None, reasoning=None,
                      classify_refusal: bool = True):
        """A fresh :class:`OutputScanner` for one response field (streaming or not). ``reasoning``: a
        callable giving the same choice's reasoning text, which the refusal classifier reads with the answer;
        ``classify_refusal=False`` for fields that are not the answer (reasoning, tool calls)."""
        return OutputScanner(self, vault or Vault(), request_text=request_text, reasoning=reasoning,
                             classify_refusal=classify_refusal)

    def resolve_residency(self, classification: str, candidates: list[Candidate]) -> ResidencyDecision:
        return resolve(self.policy.residency, classification, candidates)


def _non_overlapping(reps: list[Replacement]) -> list[Replacement]:
    kept: list[Replacement] = []
    for rep in sorted(reps, key=lambda r: (r.span.start, -(r.span.end - r.span.start))):
        if not kept or rep.span.start >= kept[-1].span.end:
            kept.append(rep)
    return kept


def build_pipeline(policy: PolicyDocument | dict | str, *, tenant_secret: bytes,
                   guards: GuardTransport | None = None) -> Pipeline:
    """Validate ``policy`` (document, dict, YAML or JSON) and build its pipeline. ``guards`` reaches the
    guard models of guardrails with ``engine: guard`` or ``both`` (without it they fail closed)."""
    return Pipeline(load_policy(policy), tenant_secret=tenant_secret, guards=guards)
