"""Scoring text against weighted regex families (injection heuristics, refusal phrases).

The families run on RE2 like policy patterns do (:mod:`sluice.policy.linear`), so no prompt can make
a heuristic backtrack: matching time is linear in the text."""

from __future__ import annotations

import re

from sluice.policy.linear import LinearPattern, compile_pattern

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
