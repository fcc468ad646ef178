"""A clock that moves only when a test moves it, for code that takes ``clock=`` (time.monotonic's shape)."""

from __future__ import annotations


class FakeClock:
    def __init__(self, now: float = 1000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
