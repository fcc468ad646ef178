"""A circuit breaker per provider that recovers in seconds.

Closed: every request goes through; ``failure_threshold`` consecutive failures open it.
Open: no request goes through until the attempt window, ``cooldown_s`` after it opened.
Half-open (the attempt window): up to ``probes`` requests at a time go through; ``close_after``
of them succeeding closes it, one of them failing opens it again for twice as long as before
(capped at ``cooldown_max_s``). Closing resets the cool-down to ``cooldown_s``.

Every request goes through :meth:`CircuitBreaker.admit`, which returns an :class:`Admission` (or
None: not now) that the caller settles with ``succeeded``, ``failed`` or ``abandoned``. Only the
first verdict on an admission counts, and only in the state it was admitted in: a request admitted
before the circuit opened that fails later does not lengthen the cool-down, and one that succeeds
late does not close it.

State is kept per provider instance, so per gateway process: each process finds out on its own
that an upstream is down or back (within one attempt window of its own), and several processes
each send their own trickle of probes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half_open"


@dataclass(frozen=True)
class BreakerSettings:
    failure_threshold: int = 5   # consecutive failures that open a closed circuit
    cooldown_s: float = 0.5      # first open period; doubles on each failed attempt window
    cooldown_max_s: float = 2.0  # the longest open period
    probes: int = 4              # requests let through at a time in an attempt window
    close_after: int = 2         # successful probes that close the circuit


@dataclass
class Admission:
    epoch: int    # the breaker's epoch when admitted (it changes on every open and close)
    probe: bool   # admitted in an attempt window
    settled: bool = False  # only the first verdict on an admission counts


class CircuitBreaker:
    def __init__(self, settings: BreakerSettings = BreakerSettings(), *,
                 clock: Callable[[], float] = time.monotonic,
                 on_change: Callable[[str], None] | None = None):
        self.settings = settings
        self._clock = clock
        self._on_change = on_change
        self._epoch = 0
        self._open = False
        self._failures = 0           # consecutive, while closed
        self._cooldown = settings.cooldown_s
        self._window_at = 0.0        # when the open circuit's next attempt window starts
        self._window_seen = False    # the current window's half-open transition was reported
        self._probes = 0             # probes in flight in the current window
        self._successes = 0          # probes that succeeded in the current window

    # --- reading -------------------------------------------------------------------------------
    @property
    def state(self) -> str:
        if not self._open:
            return CLOSED
        return HALF_OPEN if self._clock() >= self._window_at else OPEN

    def retry_after_s(self) -> float:
        """Seconds until the next attempt window (0 when closed or in one)."""
        return max(0.0, self._window_at - self._clock()) if self._open else 0.0

    # --- the request path ----------------------------------------------------------------------
    def admit(self) -> Admission | None:
        """An admission for one request now, or None (the circuit is open, or the window is full)."""
        if not self._open:
            return Admission(self._epoch, probe=False)
        if self._clock() < self._window_at or self._probes >= self.settings.probes:
            return None
        if not self._window_seen:
            self._window_seen = True
            self._changed(HALF_OPEN)
        self._probes += 1
        return Admission(self._epoch, probe=True)

    def _current(self, admission: Admission) -> bool:
        """Whether a verdict on ``admission`` counts (the first one, in the state it was admitted in)."""
        first, admission.settled = not admission.settled, True
        return first and admission.epoch == self._epoch

    def succeeded(self, admission: Admission) -> None:
        if not self._current(admission):
            return
        if not self._open:
            self._failures = 0
            return
        self._probes -= 1
        self._successes += 1
        if self._successes >= self.settings.close_after:
            self._close()

    def failed(self, admission: Admission) -> None:
        if not self._current(admission):
            return
        if not self._open:
            self.record_failure()
            return
        self._reopen(min(self.settings.cooldown_max_s, self._cooldown * 2))

    def abandoned(self, admission: Admission) -> None:
        """The request ended without a verdict (the client went away): its probe slot is free again."""
        if self._current(admission) and self._open:
            self._probes -= 1

    def record_failure(self) -> None:
        """A failure outside an admission (a stream that broke after it started): counts while closed."""
        if self._open:
            return
        self._failures += 1
        if self._failures >= self.settings.failure_threshold:
            self._reopen(self.settings.cooldown_s)

    # --- transitions ---------------------------------------------------------------------------
    def _reopen(self, cooldown: float) -> None:
        self._epoch += 1
        self._open = True
        self._cooldown = cooldown
        self._window_at = self._clock() + cooldown
        self._window_seen = False
        self._probes = self._successes = 0
        self._changed(OPEN)

    def _close(self) -> None:
        self._epoch += 1
        self._open = False
        self._failures = 0
        self._cooldown = self.settings.cooldown_s
        self._probes = self._successes = 0
        self._changed(CLOSED)

    def _changed(self, state: str) -> None:
        if self._on_change is not None:
            self._on_change(state)
