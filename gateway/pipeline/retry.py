"""Exponential backoff with jitter between retries of one provider."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Backoff:
    base_s: float = 0.2
    max_s: float = 4.0

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``attempt + 1`` ("full jitter" on the upper half)."""
        ceiling = min(self.max_s, self.base_s * (2 ** attempt))
        delay = random.uniform(ceiling / 2, ceiling)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.max_s))
        return delay
