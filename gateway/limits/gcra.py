"""Generic cell rate algorithm (GCRA) for per-minute budgets, as plain arithmetic.

One number per budget, the theoretical arrival time (TAT): the moment the budget would be fully
restored. A cost ``c`` against a limit ``L`` per window ``W`` moves TAT by ``c * W / L``; it fits
while ``TAT - now <= W``. This is a sliding window without buckets or resets at minute edges.
The Redis script in :mod:`sluice.gateway.limits.redis_store` is a line-by-line transcription.

Requests are charged when admitted. Tokens are only *checked* at admission (the estimate must fit
the remaining budget) and *charged* with the real count when the response is done, which may
overdraw the budget; later requests then wait until it is paid back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

WINDOW_S = 60.0
# ``now + interval - now`` is not exactly ``interval`` in floating point (the clock reads thousands of
# seconds): comparisons against the window allow this much, or a key's last slot would come and go
# with the clock's value.
SLACK_S = 1e-6


@dataclass(frozen=True)
class Budget:
    limit: int  # per window; 0 = unlimited
    tat: float  # seconds, same clock as ``now``

    @property
    def interval(self) -> float:
        return WINDOW_S / self.limit


@dataclass(frozen=True)
class Decision:
    allowed: bool
    denied_by: str | None  # "requests" | "tokens" | None
    retry_after_s: float
    remaining_requests: int | None
    reset_requests_s: float | None
    remaining_tokens: int | None
    reset_tokens_s: float | None
    new_request_tat: float
    impossible: bool = False  # the estimate alone exceeds the whole token budget


def _remaining(limit: int, backlog: float) -> int:
    return max(0, min(limit, math.floor((WINDOW_S - backlog) * limit / WINDOW_S + 1e-9)))


def decide(requests: Budget, tokens: Budget, *, estimated_tokens: int, now: float) -> Decision:
    """Admit one request costing one request slot and needing room for ``estimated_tokens``."""
    rem_r = reset_r = rem_t = reset_t = None
    new_r_tat = requests.tat
    retry = 0.0
    denied = None
    impossible = False
    if tokens.limit:
        base_t = max(tokens.tat, now)
        needed = base_t + estimated_tokens * tokens.interval - now
        if estimated_tokens > tokens.limit:
            denied, impossible = "tokens", True
        elif needed > WINDOW_S + SLACK_S:
            denied, retry = "tokens", needed - WINDOW_S
        rem_t = _remaining(tokens.limit, base_t - now)
        reset_t = base_t - now
    if requests.limit:
        base_r = max(requests.tat, now)
        candidate = base_r + requests.interval
        if candidate - now > WINDOW_S + SLACK_S:
            if denied is None:
                denied = "requests"
            retry = max(retry, candidate - now - WINDOW_S)
            rem_r, reset_r = 0, base_r - now
        elif denied is None:
            new_r_tat = candidate
            rem_r, reset_r = _remaining(requests.limit, candidate - now), candidate - now
        else:
            rem_r, reset_r = _remaining(requests.limit, base_r - now), base_r - now
    return Decision(allowed=denied is None, denied_by=denied, retry_after_s=retry, remaining_requests=rem_r,
                    reset_requests_s=reset_r, remaining_tokens=rem_t, reset_tokens_s=reset_t,
                    new_request_tat=new_r_tat, impossible=impossible)


def charge_tokens(tokens: Budget, *, used: int, now: float) -> float:
    """The token budget's new TAT after ``used`` tokens were consumed."""
    return max(tokens.tat, now) + used * tokens.interval
