"""Budget counters: Redis (shared by every gateway process) or in-process (one process, no Redis).

Both keep the same semantics. ``reserve`` is atomic over all the counters a request touches: if any
counter is already at or over its limit (``used >= limit``), or the request's reservation would take
it past the limit (``used + amount > limit``), nothing is added and the index of that counter is
returned; otherwise every amount is added. ``adjust`` adds signed amounts afterwards (settling a
reservation with the real usage). Counters expire a day after their period ends.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from sluice.gateway.limits.redis_client import LoopBoundRedis


@dataclass(frozen=True)
class Counter:
    key: str  # the store key, unique per budget, dimension and period
    limit: int
    expires_at: float  # UNIX seconds: the end of the period plus a day


# KEYS: the counters. ARGV: for each counter its limit, amount and expiry (UNIX ms), in that order.
_RESERVE = """
local n = #KEYS
for i = 1, n do
  local used = tonumber(redis.call('GET', KEYS[i]) or '0')
  local limit = tonumber(ARGV[(i - 1) * 3 + 1])
  local amount = tonumber(ARGV[(i - 1) * 3 + 2])
  if used >= limit or used + amount > limit then return i end
end
for i = 1, n do
  redis.call('INCRBY', KEYS[i], ARGV[(i - 1) * 3 + 2])
  redis.call('PEXPIREAT', KEYS[i], ARGV[(i - 1) * 3 + 3])
end
return 0
"""

# KEYS: the counters. ARGV: for each counter its signed amount and expiry (UNIX ms).
_ADJUST = """
for i = 1, #KEYS do
  redis.call('INCRBY', KEYS[i], ARGV[(i - 1) * 2 + 1])
  redis.call('PEXPIREAT', KEYS[i], ARGV[(i - 1) * 2 + 2])
end
return 1
"""


class RedisBudgetStore:
    name = "redis"

    def __init__(self, url: str, *, timeout_s: float = 0.5):
        self.redis = LoopBoundRedis(url, timeout_s=timeout_s, scripts={"reserve": _RESERVE, "adjust": _ADJUST})

    async def reserve(self, counters: list[Counter], amounts: list[int]) -> int | None:
        args: list[int] = []
        for counter, amount in zip(counters, amounts):
            args += [counter.limit, amount, int(counter.expires_at * 1000)]
        refused = int(await self.redis.script("reserve")(keys=[c.key for c in counters], args=args))
        return refused - 1 if refused else None

    async def adjust(self, counters: list[Counter], amounts: list[int]) -> None:
        args: list[int] = []
        for counter, amount in zip(counters, amounts):
            args += [amount, int(counter.expires_at * 1000)]
        await self.redis.script("adjust")(keys=[c.key for c in counters], args=args)

    async def read(self, keys: list[str]) -> list[int]:
        values = await self.redis.client().mget(keys)
        return [int(v) if v is not None else 0 for v in values]

    async def close(self) -> None:
        await self.redis.close()


class MemoryBudgetStore:
    """The same arithmetic in this process only (the embedded default without Redis)."""

    name = "memory"

    def __init__(self, clock=time.time):
        self._lock = threading.Lock()
        self._values: dict[str, tuple[int, float]] = {}
        self._clock = clock

    def _get(self, key: str) -> int:
        entry = self._values.get(key)
        return entry[0] if entry is not None and entry[1] > self._clock() else 0

    async def reserve(self, counters: list[Counter], amounts: list[int]) -> int | None:
        with self._lock:
            for index, (counter, amount) in enumerate(zip(counters, amounts)):
                used = self._get(counter.key)
                if used >= counter.limit or used + amount > counter.limit:
                    return index
            self._add(counters, amounts)
        return None

    async def adjust(self, counters: list[Counter], amounts: list[int]) -> None:
        with self._lock:
            self._add(counters, amounts)

    def _add(self, counters: list[Counter], amounts: list[int]) -> None:
        now = self._clock()
        self._values = {k: v for k, v in self._values.items() if v[1] > now}
        for counter, amount in zip(counters, amounts):
            self._values[counter.key] = (self._get(counter.key) + amount, counter.expires_at)

    async def read(self, keys: list[str]) -> list[int]:
        with self._lock:
            return [self._get(k) for k in keys]

    async def close(self) -> None:
        return None
