"""Custom words and regular expressions of a policy, matched on the linear-time engine (RE2)."""

from __future__ import annotations

from collections.abc import Iterator

from sluice.policy.detectors.base import Detection, Detector, ScanContext, Span, register_detector
from sluice.policy.linear import compile_pattern
from sluice.policy.linear.words import WordList


@register_detector("words")
class WordListDetector(Detector):
    """Custom words (whole word, any case) and regular expressions; every match is a span of type
    ``CUSTOM_WORD`` / ``CUSTOM_PATTERN`` with score 1. Matching time is linear in the text."""

    def __init__(self, *, words: list[str] | None = None, patterns: list[str] | None = None):
        self.word_list = WordList(words or [])
        self.compiled = [compile_pattern(p) for p in (patterns or [])]

    def matchers(self) -> list:
        """Everything that matches, each with ``hold_start(text, pos)`` for streaming."""
        return ([self.word_list] if self.word_list.words else []) + list(self.compiled)

    def spans(self, text: str, pos: int = 0) -> Iterator[Span]:
        """Matches that start at or after ``pos``; ``text[:pos]`` is context (``^``, ``\\b``, words)."""
        for start, end in self.word_list.finditer(text, pos):
            yield Span("CUSTOM_WORD", start, end, 1.0)
        for pattern in self.compiled:
            for m in pattern.finditer(text, pos):
                if m.end() > m.start():
                    yield Span("CUSTOM_PATTERN", m.start(), m.end(), 1.0)

    def detect(self, text: str, context: ScanContext | None = None) -> Detection:
        spans = list(self.spans(text))
        return Detection(score=1.0 if spans else 0.0, spans=spans)
