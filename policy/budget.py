"""Scan budgets: how much text one request may hand the guardrails, and how much CPU time the
scan may take. The size is checked before any detector runs; the time is checked by the
detectors between pieces of work, so a scan that runs over stops there and fails closed."""

from __future__ import annotations

import time
from dataclasses import dataclass

from sluice.policy.errors import InputTooLargeError, ScanTimeoutError

DEFAULT_MAX_CHARS = 400_000
"""About 100k tokens of English: a long-context request, well inside the CPU budget."""
DEFAULT_MAX_CPU_S = 2.0


@dataclass(frozen=True)
class ScanBudget:
    """``max_chars``: characters of text in one request, all messages and parts together;
    ``max_cpu_s``: CPU seconds the scanning thread may spend on it (0 = no limit)."""

    max_chars: int = DEFAULT_MAX_CHARS
    max_cpu_s: float = DEFAULT_MAX_CPU_S

    def __post_init__(self) -> None:
        if self.max_chars < 1 or self.max_cpu_s < 0:
            raise ValueError("max_chars must be >= 1 and max_cpu_s >= 0")

    def check_size(self, chars: int) -> None:
        if chars > self.max_chars:
            raise InputTooLargeError(chars=chars, limit=self.max_chars)

    def deadline(self) -> "Deadline":
        return Deadline(self.max_cpu_s)


class Deadline:
    """Measures the CPU time of the thread that created it (waiting for the CPU does not count)."""

    def __init__(self, cpu_s: float):
        self.limit = cpu_s
        self.started = time.thread_time()

    def used(self) -> float:
        return time.thread_time() - self.started

    def check(self) -> None:
        if self.limit and self.used() > self.limit:
            raise ScanTimeoutError(limit=self.limit)


NO_DEADLINE = Deadline(0.0)
