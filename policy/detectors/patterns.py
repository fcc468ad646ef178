"""Scoring text against weighted regex families (injection heuristics, refusal phrases).

The families run on RE2 like policy patterns do (:mod:`sluice.policy.linear`), so no prompt can make
a heuristic backtrack: matching time is linear in the text."""

from __future__ import annotations

import re

import re2

from sluice.policy.linear import LinearPattern, compile_pattern
from sluice.policy.linear.pattern import MAX_PROGRAM_BYTES

WeightedPatterns = list[tuple[LinearPattern, float, str]]

FAMILY_FLAGS = re.IGNORECASE | re.DOTALL


def weighted_patterns(specs: list[tuple[str, float, str]]) -> WeightedPatterns:
    """``(regex, weight, family)`` triples compiled for RE2, case-insensitive, ``.`` matching newlines."""
    return [(compile_pattern(source, FAMILY_FLAGS), weight, name) for source, weight, name in specs]


def score_patterns(text: str, compiled: WeightedPatterns) -> tuple[float, str | None]:
    """Combine independent hits as 1 - prod(1 - weight); the label is the family of the strongest hit."""
    miss, label, best = 1.0, None, 0.0
    for regex, weight, name in compiled:
        if regex.search(text):
            miss *= 1.0 - weight
            if weight > best:
                best, label = weight, name
    return 1.0 - miss, label


SET_MAX_CHARS = 4_096
"""Longest text :class:`PatternSet` matches in one pass; longer ones are matched pattern by pattern."""


class PatternSet:
    """Which of a :func:`weighted_patterns` list match a text, found in one pass of an RE2 set (one
    automaton over all patterns: a few microseconds for a 256-character window where searching each
    pattern in turn takes over a hundred). A set reports no match where its automaton runs out of
    memory; it is given the same budget as one pattern and texts of at most :data:`SET_MAX_CHARS`
    characters, far below what fills it, and longer texts are matched pattern by pattern."""

    def __init__(self, compiled: WeightedPatterns):
        self.compiled = compiled
        options = re2.Options()
        options.log_errors = False
        options.max_mem = MAX_PROGRAM_BYTES
        self._set = re2.Set.SearchSet(options)
        for regex, _, _ in compiled:
            self._set.Add(regex.regex.pattern)
        self._set.Compile()

    def hits(self, text: str) -> list[int]:
        """Indices of the patterns found in ``text``, ascending."""
        if len(text) > SET_MAX_CHARS:
            return [i for i, (regex, _, _) in enumerate(self.compiled) if regex.search(text)]
        return sorted(self._set.Match(text) or ())
