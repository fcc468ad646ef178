"""Rate-limit state inside one process (the embedded default, no Redis)."""

from __future__ import annotations

import time

from sluice.gateway.limits.gcra import Budget, Decision, charge_tokens, decide

_SWEEP_EVERY = 4096


class MemoryStore:
    """Budgets per key in a dict. Decisions run without awaiting, so they are atomic on the loop."""

    name = "memory"

    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self._state: dict[str, list[float]] = {}  # key id -> [request TAT, token TAT]
        self._calls = 0

    async def decide(self, key_id: str, *, rpm: int, tpm: int, estimated_tokens: int) -> Decision:
        now = self._clock()
        state = self._state.setdefault(key_id, [now, now])
        decision = decide(Budget(rpm, state[0]), Budget(tpm, state[1]), estimated_tokens=estimated_tokens, now=now)
        if decision.allowed:
            state[0] = decision.new_request_tat
        self._maybe_sweep(now)
        return decision

    async def charge(self, key_id: str, *, tpm: int, tokens: int) -> None:
        now = self._clock()
        state = self._state.setdefault(key_id, [now, now])
        state[1] = charge_tokens(Budget(tpm, state[1]), used=tokens, now=now)

    async def ping(self) -> bool:
        return True

    async def close(self) -> None:
        self._state.clear()

    def _maybe_sweep(self, now: float) -> None:
        self._calls += 1
        if self._calls % _SWEEP_EVERY == 0:
            # A budget whose TAT has passed is fully restored: forgetting it changes nothing.
            for key_id in [k for k, (r, t) in self._state.items() if r <= now and t <= now]:
                del self._state[key_id]
