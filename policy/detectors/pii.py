"""PII detector: Sluice's own recognizers (cards, phones, addresses, dates, medical records),
Presidio's pattern recognizers for the other types, optional spaCy NER, allow-lists, thresholds.

Long texts are scanned in overlapping pieces, and the scan's deadline is checked between pieces
and recognizers, so no text holds a worker for longer than the scan budget."""

from __future__ import annotations

import bisect
import re
import threading
from typing import Callable

from sluice.policy.detectors.base import Detection, Detector, ScanContext, Span, register_detector
from sluice.policy.linear import compile_pattern
from sluice.policy.detectors.recognizers.noise import drop_noise
from sluice.policy.models import cache
from sluice.policy.schema.pii import NER_ENTITIES, CustomRecognizer

SPACY_LABELS = {"PERSON": "PERSON", "PER": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION",
                "ORG": "ORGANIZATION", "NORP": "NRP", "DATE": "DATE_TIME", "TIME": "DATE_TIME"}
NER_SCORE = 0.85
NER_DATE_SCORE = 0.45
"""spaCy DATE/TIME entities count as DATE_TIME when the NER model runs anyway (for PERSON etc.)."""
CONTEXT_BOOST = 0.35
CONTEXT_MIN = 0.4
CONTEXT_WORDS_BEFORE = 5
PIECE_CHARS = 16_384
PIECE_OVERLAP = 512
"""Pieces of a long text for Presidio's backtracking recognizers and NER, whose findings are far shorter
than the overlap; a policy's own patterns (RE2, linear time) read the whole text."""

_DIGITS = re.compile(r"\d")


def _min_digits(n: int) -> Callable[[str, int], bool]:
    return lambda text, digits: digits >= n


PREFILTERS: dict[str, Callable[[str, int], bool]] = {
    "EMAIL_ADDRESS": lambda text, digits: "@" in text,
    "CREDIT_CARD": _min_digits(12),
    "US_SSN": _min_digits(9),
    "US_ITIN": _min_digits(9),
    "PHONE_NUMBER": _min_digits(7),
    "IBAN_CODE": _min_digits(8),
    "US_BANK_NUMBER": _min_digits(8),
    "UK_NHS": _min_digits(10),
    "MEDICAL_RECORD_NUMBER": _min_digits(5),
    "IP_ADDRESS": lambda text, digits: (digits >= 4 and "." in text) or "::" in text or text.count(":") >= 2,
    "URL": lambda text, digits: "." in text,
    "CRYPTO": lambda text, digits: digits >= 5,
    "MAC_ADDRESS": lambda text, digits: ":" in text or "-" in text,
}
"""Cheap tests that rule a recognizer out before its regexes run (they never reject a real match)."""

_WORD = re.compile(r"\w+")


def resolve_overlaps(spans: list[Span]) -> list[Span]:
    """Keep the best of overlapping spans: higher score, then longer, then earlier (n log n)."""
    ordered = sorted(spans, key=lambda s: (-s.score, -(s.end - s.start), s.start))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Span] = []
    for span in ordered:
        i = bisect.bisect_right(starts, span.start)
        if (i > 0 and ends[i - 1] > span.start) or (i < len(starts) and starts[i] < span.end):
            continue
        starts.insert(i, span.start)
        ends.insert(i, span.end)
        kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _linear(recognizer) -> bool:
    """A recognizer whose patterns run on RE2 (a policy's custom entities): linear in the text."""
    return hasattr(recognizer, "matchers")


def pieces(text: str, size: int = PIECE_CHARS, overlap: int = PIECE_OVERLAP) -> list[tuple[int, str]]:
    """(offset, piece) pairs covering ``text``; neighbours share ``overlap`` characters."""
    if len(text) <= size:
        return [(0, text)]
    step = size - overlap
    return [(i, text[i:i + size]) for i in range(0, len(text) - overlap, step)]


@register_detector("pii")
class PIIDetector(Detector):
    """Finds PII entity spans. ``thresholds`` maps each wanted entity type to its minimum score."""

    def __init__(
        self,
        *,
        thresholds: dict[str, float],
        languages: list[str] | None = None,
        custom_recognizers: list[CustomRecognizer | dict] | None = None,
        allow_list: list[str] | None = None,
        allow_patterns: list[str] | None = None,
        context_words: bool = True,
    ):
        self.thresholds = dict(thresholds)
        self.languages = list(languages or ["en"])
        self.custom_specs = [CustomRecognizer.model_validate(c) for c in (custom_recognizers or [])]
        self.allow_values = {v.casefold() for v in (allow_list or [])}
        self.allow_regexes = [compile_pattern(p) for p in (allow_patterns or [])]
        self.context_words = context_words
        custom = {c.entity for c in self.custom_specs}
        self.ner_entities = {e for e in self.thresholds if e in NER_ENTITIES and e not in custom}
        self.pattern_entities = set(self.thresholds) - self.ner_entities - custom
        self.ner_labels = self.ner_entities | ({"DATE_TIME"} & self.pattern_entities if self.ner_entities else set())
        self._recognizers: list | None = None
        self._lock = threading.Lock()

    # -- construction of the heavy parts, on first use -------------------------------------
    def _build(self) -> list:
        from sluice.policy.detectors.presidio_engine import build_custom, build_recognizers

        recognizers = []
        for language in self.languages:
            recognizers += build_recognizers(self.pattern_entities, language)
            recognizers += build_custom(self.custom_specs, language)
        return recognizers

    def recognizers(self) -> list:
        if self._recognizers is None:
            with self._lock:
                if self._recognizers is None:
                    self._recognizers = self._build()
        return self._recognizers

    def warm_up(self) -> None:
        self.recognizers()
        for language in self.languages if self.ner_entities else []:
            cache.spacy_ner(language)

    # -- detection --------------------------------------------------------------------------
    def _context_score(self, text: str, start: int, score: float, words: list[str]) -> float:
        if not words or score >= 1.0:
            return score
        before = _WORD.findall(text[max(0, start - 80):start].casefold())[-CONTEXT_WORDS_BEFORE:]
        if any(w.startswith(c) for w in before for c in words):
            return max(min(1.0, score + CONTEXT_BOOST), CONTEXT_MIN)
        return score

    def _pattern_spans(self, text: str, offset: int, context: ScanContext, *, linear: bool) -> list[Span]:
        """Spans of the linear-time recognizers (``linear``) or of the others. The digit count feeds the
        built-in entities' prefilters only, so the whole-text pass of a policy's patterns skips it."""
        digits = 0 if linear else len(_DIGITS.findall(text))
        spans = []
        for recognizer in self.recognizers():
            if _linear(recognizer) != linear:
                continue
            entities = [e for e in recognizer.supported_entities if e in self.thresholds]
            if not entities:
                continue
            if not linear and all(e in PREFILTERS and not PREFILTERS[e](text, digits) for e in entities):
                continue
            context.check_deadline()
            words = [c.casefold() for c in (recognizer.context or [])] if self.context_words else []
            for result in recognizer.analyze(text, entities, None):
                if result.score <= 0:
                    continue
                score = self._context_score(text, result.start, result.score, words)
                spans.append(Span(result.entity_type, result.start + offset, result.end + offset, score))
        return spans

    def _ner_spans(self, text: str, offset: int, context: ScanContext) -> list[Span]:
        spans = []
        for language in self.languages:
            context.check_deadline()
            doc = cache.spacy_ner(language)(text)
            for ent in doc.ents:
                entity = SPACY_LABELS.get(ent.label_)
                if entity in self.ner_labels:
                    score = NER_DATE_SCORE if entity == "DATE_TIME" else NER_SCORE
                    spans.append(Span(entity, ent.start_char + offset, ent.end_char + offset, score))
        return spans

    def _allowed(self, value: str) -> bool:
        if value.casefold() in self.allow_values:
            return True
        return any(r.fullmatch(value) for r in self.allow_regexes)

    def detect(self, text: str, context: ScanContext | None = None) -> Detection:
        if not text:
            return Detection.empty()
        context = context or ScanContext()
        found: dict[tuple[str, int, int], Span] = {}
        # a policy's own patterns run on RE2 in linear time, so they read the whole text at once: a
        # match longer than the overlap of two pieces (a private key, a long token) is found whole
        whole = [(0, text, True)] if any(_linear(r) for r in self.recognizers()) else []
        for offset, piece, linear in whole + [(offset, piece, False) for offset, piece in pieces(text)]:
            spans = self._pattern_spans(piece, offset, context, linear=linear)
            if self.ner_entities and not linear:
                spans += self._ner_spans(piece, offset, context)
            for span in spans:  # a finding in the overlap of two pieces counts once
                key = (span.entity_type, span.start, span.end)
                if key not in found or found[key].score < span.score:
                    found[key] = span
        spans = drop_noise(text, list(found.values()))
        spans = [
            s for s in spans
            if s.score >= self.thresholds.get(s.entity_type, 1.01) and not self._allowed(text[s.start:s.end])
        ]
        spans = resolve_overlaps(spans)
        return Detection(score=max((s.score for s in spans), default=0.0), spans=spans)
