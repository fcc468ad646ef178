"""Streaming output scanner: emits text as soon as no pattern could still change it.

Fed the model's text chunk by chunk, it holds back exactly the tail that a PII pattern, a word-list
pattern or a pseudonym placeholder could still need (:mod:`sluice.policy.holdback`), whatever the
pattern's length, plus the current sentence when a sentence-level check (NER entities, the content
classifier) is on. Everything before that point is final: PII is masked or redacted, placeholders
are restored for the caller, and a blocked span stops the stream before any of it is emitted.

Detection reads the last ``CONTEXT_CHARS`` of already released text in front of the held text, so a
label and its value ("Her SSN:\n536228726") are judged together wherever the stream was cut. Held
text is capped by the policy's ``output.max_held_chars``: when a pattern could still match beyond
it, the response ends with ``output_hold_exceeded`` (never released unscanned).
Non-streaming responses use the same scanner: ``feed(text)`` then ``finish()``.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace

from sluice.policy.content_rules import Verdict, apply_verdicts, verdict
from sluice.policy.detectors.base import ScanContext
from sluice.policy.detectors.configured import content_detector, pii_detector, shared_detector
from sluice.policy.errors import BlockCode, BlockOutcome
from sluice.policy.holdback import Hold, HoldBack
from sluice.policy.results import GuardrailResult, SpanRecord, block_for
from sluice.policy.transform import Replacement, apply_replacements, mask, redact, replacement_for
from sluice.policy.vault import PLACEHOLDER_MAX_LEN, Vault
from sluice.policy.vocabulary import GuardrailAction, GuardrailStatus

PARTIAL_PLACEHOLDER = re.compile(r"<[A-Z0-9_]*\Z")
SENTENCE_END = re.compile(r"[.!?](?:\s|\Z)|\n")
SENTENCE_HOLD = 512
"""A sentence-level check waits for a sentence end at most this long; then the text no pattern
needs is finalized at whitespace."""
CONTEXT_CHARS = 96
"""Released text kept in front of the held text for detection: PII context words are looked for in
the 80 characters before a value; the rest covers ``\\b`` and short lookbehinds. The kept text starts
at a word boundary, so no cut word is scanned."""


def _tail_context(released: str) -> str:
    if len(released) <= CONTEXT_CHARS:
        return released
    tail = released[-CONTEXT_CHARS:]
    space = next((i for i, c in enumerate(tail[:16]) if c.isspace()), -1)
    return tail[space:] if space >= 0 else tail


def _digits_hidden(segment: str, spans) -> str:
    """``segment`` with the digits of its decided PII spans turned into ``x``: kept as context, a phone
    number or card already decided is not analysed again, while words (and ``\\w``) stay as they were."""
    if not spans:
        return segment
    chars = list(segment)
    for span in spans:
        for i in range(span.start, span.end):
            if chars[i].isdigit():
                chars[i] = "x"
    return "".join(chars)


def _ran(detector) -> GuardrailStatus:
    return GuardrailStatus.PASSED if detector is not None else GuardrailStatus.SKIPPED


class OutputScanner:
    """Scans one response. ``feed(chunk) -> str`` returns text safe to send now; ``finish() -> str``
    flushes the rest. Once ``blocked`` is set, both return ``""`` and the stream must end with
    the block outcome's error."""

    def __init__(self, pipeline, vault: Vault, *, request_text: str | None = None, reasoning=None,
                 classify_refusal: bool = True):
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
        self.scan_context = ScanContext(request_text)
        self.reasoning = reasoning  # () -> the reasoning text of this choice so far, read at the end
        self.refusal = shared_detector("refusal") if cfg.refusal.enabled and classify_refusal else None
        self.sentence_mode = bool(self.content) or bool(self.pii and cfg.pii.ner_entities())
        self._holdback: HoldBack | None = None
        self.context = ""  # the last CONTEXT_CHARS of released raw text
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
                                       reason=None if self.refusal else ("disabled by policy" if not cfg.refusal.enabled else
                                                                                   "classified with the answer"),
                                       fail_open=cfg.refusal.fail_open),
        }

    def warm_up(self) -> None:
        for detector in (self.pii, self.words, self.content, self.refusal):
            if detector is not None:
                detector.warm_up()
        self.holdback()

    # -- hold-back computation ---------------------------------------------------------------
    def holdback(self) -> HoldBack:
        if self._holdback is None:
            self._holdback = HoldBack.for_detectors(pii=self.pii, words=self.words)
        return self._holdback

    def _hold_point(self, text: str, base: int) -> Hold:
        """First held position of ``text[base:]`` (``text[:base]`` is released context)."""
        end = len(text) - base
        if self.sentence_mode and end <= SENTENCE_HOLD and not SENTENCE_END.search(text, base):
            return Hold(0)  # nothing can be final before the first sentence ends: skip the pattern work
        found = self.holdback().hold(text, base)
        hold = Hold(found.index - base, found.owner)
        lt = text.rfind("<", base)
        if lt >= 0 and len(text) - lt < PLACEHOLDER_MAX_LEN and PARTIAL_PLACEHOLDER.match(text, lt):
            hold = hold if hold.index <= lt - base else Hold(lt - base)
        if self.sentence_mode:
            boundaries = [m.end() - base for m in SENTENCE_END.finditer(text, base, base + hold.index)]
            if boundaries:
                return Hold(boundaries[-1], hold.owner)
            if hold.index > SENTENCE_HOLD:
                cut = text.rfind(" ", base, base + hold.index)
                return Hold(cut + 1 - base if cut > base else hold.index, hold.owner)
            return Hold(0, hold.owner)
        return hold

    def _hold_exceeded(self, owner: str | None) -> None:
        """Held text reached ``max_held_chars`` while a pattern could still match: end the response."""
        name = owner or "pii"
        result = self.results[name]
        result.status, result.action = GuardrailStatus.BLOCKED, GuardrailAction.BLOCK
        result.reason = f"held text reached max_held_chars ({self.cfg.max_held_chars}) while a pattern could still match"
        self.blocked = BlockOutcome(
            BlockCode.OUTPUT_HOLD_EXCEEDED,
            f"the response was ended: an output {name} pattern could still match more than "
            f"{self.cfg.max_held_chars} held characters (policy output.max_held_chars)",
            guardrail=name, details={"stage": "output", "limit": self.cfg.max_held_chars},
        )

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
            detection = self._run("content", lambda: self.content.detect(segment, self.scan_context))
            if self.blocked:
                return ""
            result = self.results["content"]
            found = verdict(self.cfg.content, detection) if detection is not None else None
            if found is not None:
                result.score = max(result.score, found.score)
            if found is not None and found.triggered:
                if not found.by_category:
                    result.labels = list(dict.fromkeys([*result.labels, *detection.labels]))
                earlier = ([Verdict(True, result.action, result.score, result.labels, found.by_category)]
                           if result.status == GuardrailStatus.FLAGGED else [])
                apply_verdicts(result, [*earlier, found])
                if found.action == "block":
                    self.blocked = block_for(result)
                    return ""
                if found.action in ("redact", "mask"):
                    return "[removed by policy]"
        out = apply_replacements(segment, reps)
        return self.vault.restore(out) if self.restore else out

    def _spans(self, text: str, base: int) -> tuple[list, list]:
        """PII and word spans of ``text`` that start in its held part, in held-text coordinates."""
        spans_pii = self._run("pii", lambda: self.pii.detect(text).spans) if self.pii else []
        spans_words = self._run("words", lambda: list(self.words.spans(text, base))) if self.words else []
        return tuple([replace(s, start=s.start - base, end=s.end - base) for s in spans or [] if s.start >= base]
                     for spans in (spans_pii, spans_words))

    def _step(self, final: bool) -> str:
        if self.blocked or not self.pending:
            return ""
        base = len(self.context)
        text = self.context + self.pending
        hold = Hold(len(self.pending)) if final else self._hold_point(text, base)
        if len(self.pending) - max(hold.index, 0) > self.cfg.max_held_chars:
            self._hold_exceeded(hold.owner)  # more than the cap would stay held: end before scanning it
            return ""
        if hold.index <= 0:
            return ""  # detection runs only when some text could be released
        cut = hold.index
        spans_pii, spans_words = self._spans(text, base)
        if self.blocked:
            return ""
        moved = True
        while moved:
            moved = False
            for span in (*spans_pii, *spans_words):
                if span.start < cut < span.end:
                    cut, moved = span.start, True
        if cut <= 0:
            return ""
        segment = self.pending[:cut]
        released_pii = [s for s in spans_pii if s.end <= cut]
        out = self._finalize(segment, released_pii, [s for s in spans_words if s.end <= cut])
        if self.blocked:
            return ""
        self.context = _tail_context(self.context + _digits_hidden(segment, released_pii))
        self.pending = self.pending[cut:]
        self.offset += cut
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
            reasoning = self.reasoning() if self.reasoning is not None else ""
            detection = self._run("refusal", lambda: self.refusal.detect(full, request_text=self.request_text,
                                                                           reasoning_text=reasoning))
            if detection is not None:
                self._judge_refusal(detection)
        return "" if self.blocked else out

    def _judge_refusal(self, detection) -> None:
        result = self.results["refusal"]
        result.score, result.label = detection.score, detection.label
        if detection.score < self.cfg.refusal.threshold:
            result.label = None
            return
        action = self.cfg.refusal.action_for((detection.label or "").split(":", 1)[0])
        result.action = GuardrailAction(action)
        result.trigger()
        if result.status == GuardrailStatus.BLOCKED:
            self.blocked = block_for(result)

    def text(self) -> str:
        """Everything the model wrote into this field so far (before any masking)."""
        return "".join(self.raw)

    def scan(self, text: str) -> str:
        """Non-streaming convenience: the whole response at once (``""`` when it is blocked)."""
        out = self.feed(text) + self.finish()
        return "" if self.blocked else out

    def guardrail_results(self) -> list[GuardrailResult]:
        return list(self.results.values())
