"""Streaming output scanner: emits text as soon as no pattern could still change it.

Fed the model's text chunk by chunk, it holds back only the tail that a PII pattern, a word-list
pattern or a pseudonym placeholder could still need (found with partial regular-expression
matching), plus the current sentence when a sentence-level check (NER entities, the content
classifier) is on. Everything before that point is final: PII is masked or redacted, placeholders
are restored for the caller, and a blocked span stops the stream before any of it is emitted.
Non-streaming responses use the same scanner: ``feed(text)`` then ``finish()``.
"""

from __future__ import annotations

import re
import time

import regex

from sluice.policy.detectors.base import ScanContext
from sluice.policy.detectors.configured import content_detector, pii_detector, shared_detector
from sluice.policy.detectors.presidio_engine import PHONE_CANDIDATE
from sluice.policy.errors import BlockOutcome
from sluice.policy.results import GuardrailResult, SpanRecord, block_for
from sluice.policy.transform import Replacement, apply_replacements, mask, redact, replacement_for
from sluice.policy.vault import PLACEHOLDER_MAX_LEN, Vault
from sluice.policy.vocabulary import GuardrailAction, GuardrailStatus

PRESIDIO_FLAGS = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE
PARTIAL_PLACEHOLDER = re.compile(r"<[A-Z0-9_]*\Z")
SENTENCE_END = re.compile(r"[.!?](?:\s|\Z)|\n")
MAX_HOLD = 512
"""Upper bound on held-back characters; beyond it the oldest text is finalized at whitespace."""
END_MARGIN = 1
"""A complete match ending this close to the buffer end may still grow, so it is held too."""


def _ran(detector) -> GuardrailStatus:
    return GuardrailStatus.PASSED if detector is not None else GuardrailStatus.SKIPPED


class OutputScanner:
    """Scans one response. ``feed(chunk) -> str`` returns text safe to send now; ``finish() -> str``
    flushes the rest. Once ``blocked`` is set, both return ``""`` and the stream must end with
    the block outcome's error."""

    def __init__(self, pipeline, vault: Vault, *, request_text: str | None = None):
        self.pipeline = pipeline
        cfg = pipeline.policy.output
        self.cfg = cfg
        self.vault = vault
        self.request_text = request_text
        self.restore = pipeline.policy.input.pii.restore_pseudonyms
        self.pii = pii_detector(cfg.pii) if cfg.pii.enabled else None
        has_words = cfg.words.enabled and (cfg.words.words or cfg.words.patterns)
        self.words = shared_detector("words", words=cfg.words.words, patterns=cfg.words.patterns) if has_words else None
        self.content = content_detector(cfg.content, stage="output", guards=pipeline.guards) if cfg.content.enabled else None
        self.context = ScanContext(request_text)
        self.refusal = shared_detector("refusal") if cfg.refusal.enabled else None
        self.sentence_mode = bool(self.content) or bool(self.pii and cfg.pii.ner_entities())
        self._holdback: list | None = None
        self.pending = ""
        self.offset = 0  # raw-text offset of ``pending``
        self.raw: list[str] = []
        self.blocked: BlockOutcome | None = None
        self.results = {
            "pii": GuardrailResult("pii", "output", _ran(self.pii), cfg.pii.action,
                                   reason=None if self.pii else "disabled by policy", fail_open=cfg.pii.fail_open),
            "words": GuardrailResult("words", "output", _ran(self.words), cfg.words.action,
                                     reason=None if self.words else "disabled or empty", fail_open=cfg.words.fail_open),
            "content": GuardrailResult("content", "output", _ran(self.content), cfg.content.action,
                                       reason=None if self.content else "disabled by policy", fail_open=cfg.content.fail_open),
            "refusal": GuardrailResult("refusal", "output", _ran(self.refusal), cfg.refusal.action,
                                       reason=None if self.refusal else "disabled by policy", fail_open=cfg.refusal.fail_open),
        }

    def warm_up(self) -> None:
        for detector in (self.pii, self.words, self.content, self.refusal):
            if detector is not None:
                detector.warm_up()
        self.holdback_patterns()

    # -- hold-back computation ---------------------------------------------------------------
    def holdback_patterns(self) -> list:
        if self._holdback is None:
            sources = []
            if self.pii is not None:
                for recognizer in self.pii.recognizers():
                    sources += [p.regex for p in getattr(recognizer, "patterns", None) or []]
                    if "PHONE_NUMBER" in recognizer.supported_entities:
                        sources.append(PHONE_CANDIDATE.pattern)
            if self.words is not None:
                sources += self.words.patterns()
            self._holdback = [regex.compile(s, PRESIDIO_FLAGS) for s in dict.fromkeys(sources)]
        return self._holdback

    def _hold_point(self, text: str) -> int:
        end = len(text)
        hold = end
        if self.sentence_mode and end <= MAX_HOLD and not SENTENCE_END.search(text):
            return 0  # nothing can be final before the first sentence ends: skip the pattern work
        for pattern in self.holdback_patterns():
            for m in pattern.finditer(text, partial=True):
                if m.partial or m.end() >= end - END_MARGIN:
                    hold = min(hold, m.start())
                    break
        lt = text.rfind("<")
        if lt >= 0 and end - lt < PLACEHOLDER_MAX_LEN and PARTIAL_PLACEHOLDER.match(text, lt):
            hold = min(hold, lt)
        if self.sentence_mode:
            boundaries = [m.end() for m in SENTENCE_END.finditer(text, 0, hold)]
            hold = boundaries[-1] if boundaries else 0
        if hold == 0 and end > MAX_HOLD:
            cut = text.rfind(" ", 0, end - PLACEHOLDER_MAX_LEN)
            hold = cut + 1 if cut > 0 else end - PLACEHOLDER_MAX_LEN
        return hold

    # -- scanning ------------------------------------------------------------------------------
    def _run(self, name: str, fn):
        result = self.results[name]
        started = time.perf_counter()
        try:
            return fn()
        except Exception as exc:  # noqa: BLE001 - recorded as errored, never raised to the caller
            result.status, result.reason = GuardrailStatus.ERRORED, f"{type(exc).__name__}: {getattr(exc, 'code', 'detector_failure')}"
            if not result.fail_open:
                self.blocked = block_for(result)
            return None
        finally:
            result.duration_ms += (time.perf_counter() - started) * 1000

    def _finalize(self, segment: str, spans_pii, spans_words) -> str:
        reps: list[Replacement] = []
        pii_result, words_result = self.results["pii"], self.results["words"]
        for span in spans_pii:
            rule = self.cfg.pii.rule(span.entity_type)
            pii_result.spans.append(SpanRecord(span.entity_type, self.offset + span.start, self.offset + span.end,
                                               span.score, rule.action))
            pii_result.score = max(pii_result.score, span.score)
            pii_result.trigger()
            if rule.action == GuardrailAction.BLOCK:
                pii_result.action = GuardrailAction.BLOCK
                self.blocked = block_for(pii_result)
                return ""
            new = replacement_for(segment[span.start:span.end], span, rule, vault=None, secret=self.pipeline.secret)
            if new is not None:
                reps.append(Replacement(span, rule.action, new))
        action = self.cfg.words.action
        for span in spans_words:
            words_result.spans.append(SpanRecord(span.entity_type, self.offset + span.start, self.offset + span.end, 1.0, action))
            words_result.score = 1.0
            words_result.trigger()
            if action == "block":
                self.blocked = block_for(words_result)
                return ""
            if action in ("redact", "mask") and all(span.end <= r.span.start or span.start >= r.span.end for r in reps):
                value = segment[span.start:span.end]
                reps.append(Replacement(span, action, redact(span.entity_type) if action == "redact"
                                        else mask(value, keep_last=0)))
        if self.content is not None and segment.strip():
            detection = self._run("content", lambda: self.content.detect(segment, self.context))
            if self.blocked:
                return ""
            result = self.results["content"]
            if detection is not None:
                result.score = max(result.score, detection.score)
            if detection is not None and detection.score >= self.cfg.content.threshold:
                result.labels = list(dict.fromkeys([*result.labels, *detection.labels]))
                result.trigger()
                if self.cfg.content.action == "block":
                    self.blocked = block_for(result)
                    return ""
                if self.cfg.content.action in ("redact", "mask"):
                    return "[removed by policy]"
        out = apply_replacements(segment, reps)
        return self.vault.restore(out) if self.restore else out

    def _step(self, final: bool) -> str:
        if self.blocked or not self.pending:
            return ""
        text = self.pending
        hold = len(text) if final else self._hold_point(text)
        if hold <= 0:
            return ""  # detection runs only when some text could be released
        spans_pii = self._run("pii", lambda: self.pii.detect(text).spans) if self.pii else []
        spans_words = self._run("words", lambda: self.words.detect(text).spans) if self.words else []
        if self.blocked:
            return ""
        spans_pii, spans_words = spans_pii or [], spans_words or []
        moved = True
        while moved:
            moved = False
            for span in (*spans_pii, *spans_words):
                if span.start < hold < span.end:
                    hold, moved = span.start, True
        if hold <= 0:
            return ""
        segment = text[:hold]
        out = self._finalize(segment, [s for s in spans_pii if s.end <= hold], [s for s in spans_words if s.end <= hold])
        if self.blocked:
            return ""
        self.pending = text[hold:]
        self.offset += hold
        return out

    def feed(self, chunk: str) -> str:
        """Add model text; return the text that may be sent to the caller now."""
        if self.blocked or not chunk:
            return ""
        self.raw.append(chunk)
        self.pending += chunk
        return self._step(final=False)

    def finish(self) -> str:
        """End of the response: flush held text and run whole-response checks (refusal)."""
        out = self._step(final=True)
        if self.refusal is not None and not self.blocked:
            full = "".join(self.raw)
            detection = self._run("refusal", lambda: self.refusal.detect(full, request_text=self.request_text))
            if detection is not None:
                result = self.results["refusal"]
                result.score, result.label = detection.score, detection.label
                if detection.score >= self.cfg.refusal.threshold:
                    result.trigger()
                else:
                    result.label = None
        return "" if self.blocked else out

    def scan(self, text: str) -> str:
        """Non-streaming convenience: the whole response at once."""
        return self.feed(text) + self.finish()

    def guardrail_results(self) -> list[GuardrailResult]:
        return list(self.results.values())
