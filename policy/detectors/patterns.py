"""Scoring text against weighted regex families (injection heuristics, refusal phrases)."""

from __future__ import annotations

import re

WeightedPatterns = list[tuple[re.Pattern, float, str]]


def score_patterns(text: str, compiled: WeightedPatterns) -> tuple[float, str | None]:
    """Combine independent hits as 1 - prod(1 - weight); the label is the family of the strongest hit."""
    miss, label, best = 1.0, None, 0.0
    for regex, weight, name in compiled:
        if regex.search(text):
            miss *= 1.0 - weight
            if weight > best:
                best, label = weight, name
    return 1.0 - miss, label
