"""Presidio recognizer for a policy's custom entity: its patterns and deny-list run on RE2.

Presidio's own ``PatternRecognizer`` matches with the backtracking ``regex`` module (and skips a
pattern silently when it times out); a policy's patterns come from its authors, so they are matched
here in linear time instead, with Presidio's flags (DOTALL, MULTILINE, IGNORECASE)."""

from __future__ import annotations

from sluice.policy.linear import compile_pattern
from sluice.policy.linear.words import WordList
from sluice.policy.schema.common import PRESIDIO_FLAGS
from sluice.policy.schema.pii import CustomRecognizer

DENY_LIST_SCORE = 1.0


def linear_recognizer(spec: CustomRecognizer, language: str):
    """A Presidio ``PatternRecognizer`` for ``spec`` whose matching runs on RE2."""
    from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

    class LinearPatternRecognizer(PatternRecognizer):
        def __init__(self):
            super().__init__(
                supported_entity=spec.entity,
                patterns=[Pattern(name=p.name, regex=p.regex, score=p.score) for p in spec.patterns] or None,
                deny_list=list(spec.deny_list) or None,
                context=spec.context or None,
                supported_language=language,
                name=f"custom_{spec.entity.lower()}",
            )
            self.compiled = [(compile_pattern(p.regex, PRESIDIO_FLAGS), p.score) for p in spec.patterns]
            self.word_list = WordList(spec.deny_list)

        def matchers(self) -> list:
            """Everything that matches, each with ``hold_start(text, pos)`` for streaming."""
            return [p for p, _ in self.compiled] + ([self.word_list] if self.word_list.words else [])

        def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
            results = [
                RecognizerResult(spec.entity, m.start(), m.end(), score)
                for pattern, score in self.compiled for m in pattern.finditer(text) if m.end() > m.start()
            ]
            results += [RecognizerResult(spec.entity, start, end, DENY_LIST_SCORE)
                        for start, end in self.word_list.finditer(text)]
            return EntityRecognizer.remove_duplicates(results)

    return LinearPatternRecognizer()
