"""Rate-limit state in Redis, shared by every gateway process.

Each decision is one atomic Lua script run with the Redis server's own clock (``TIME``), so
processes on different hosts agree without synchronised clocks. The arithmetic is the same as
:func:`sluice.gateway.limits.gcra.decide`; TATs are stored in milliseconds and expire once restored.
"""

from __future__ import annotations

from sluice.gateway.limits.gcra import Decision
from sluice.gateway.limits.redis_client import LoopBoundRedis

# KEYS[1] request TAT, KEYS[2] token TAT; ARGV: rpm, tpm, estimated tokens. All times in ms.
_DECIDE = """
local t = redis.call('TIME')
local now = t[1] * 1000 + t[2] / 1000
local window = 60000
local slack = 0.001 -- as gcra.SLACK_S: float error of now + interval - now
local rpm = tonumber(ARGV[1])
local tpm = tonumber(ARGV[2])
local est = tonumber(ARGV[3])
local function remaining(limit, backlog)
  local r = math.floor((window - backlog) * limit / window + 1e-9)
  if r < 0 then return 0 end
  if r > limit then return limit end
  return r
end
local denied = 0
local impossible = 0
local retry = 0
local rem_r, reset_r, rem_t, reset_t = -1, -1, -1, -1
if tpm > 0 then
  local base_t = math.max(tonumber(redis.call('GET', KEYS[2]) or now), now)
  local needed = base_t + est * window / tpm - now
  if est > tpm then
    denied = 2
    impossible = 1
  elseif needed > window + slack then
    denied = 2
    retry = needed - window
  end
  rem_t = remaining(tpm, base_t - now)
  reset_t = base_t - now
end
if rpm > 0 then
  local base_r = math.max(tonumber(redis.call('GET', KEYS[1]) or now), now)
  local candidate = base_r + window / rpm
  if candidate - now > window + slack then
    if denied == 0 then denied = 1 end
    retry = math.max(retry, candidate - now - window)
    rem_r = 0
    reset_r = base_r - now
  elseif denied == 0 then
    redis.call('SET', KEYS[1], tostring(candidate), 'PX', math.ceil(candidate - now) + 1000)
    rem_r = remaining(rpm, candidate - now)
    reset_r = candidate - now
  else
    rem_r = remaining(rpm, base_r - now)
    reset_r = base_r - now
  end
end
return {denied, impossible, math.ceil(retry), rem_r, math.ceil(reset_r), rem_t, math.ceil(reset_t)}
"""

# KEYS[1] token TAT; ARGV: tpm, tokens used.
_CHARGE = """
local t = redis.call('TIME')
local now = t[1] * 1000 + t[2] / 1000
local tpm = tonumber(ARGV[1])
local base = math.max(tonumber(redis.call('GET', KEYS[1]) or now), now)
local tat = base + tonumber(ARGV[2]) * 60000 / tpm
redis.call('SET', KEYS[1], tostring(tat), 'PX', math.ceil(tat - now) + 1000)
return 1
"""

_DENIED = {0: None, 1: "requests", 2: "tokens"}


def _count(value: int) -> int | None:
    return None if value < 0 else int(value)


def _seconds(value_ms: int) -> float | None:
    return None if value_ms < 0 else value_ms / 1000


class RedisStore:
    name = "redis"

    def __init__(self, url: str, *, prefix: str = "sluice:rl", timeout_s: float = 0.5):
        self.url = url
        self.prefix = prefix
        self.timeout_s = timeout_s
        self.redis = LoopBoundRedis(url, timeout_s=timeout_s, scripts={"decide": _DECIDE, "charge": _CHARGE})

    def _keys(self, key_id: str) -> tuple[str, str]:
        # The hash tag keeps both budgets of a key on one Redis Cluster slot.
        return f"{self.prefix}:{{{key_id}}}:r", f"{self.prefix}:{{{key_id}}}:t"

    async def decide(self, key_id: str, *, rpm: int, tpm: int, estimated_tokens: int) -> Decision:
        denied, impossible, retry, rem_r, reset_r, rem_t, reset_t = await self.redis.script("decide")(
            keys=list(self._keys(key_id)), args=[rpm, tpm, estimated_tokens])
        return Decision(allowed=denied == 0, denied_by=_DENIED[int(denied)], retry_after_s=retry / 1000,
                        remaining_requests=_count(rem_r), reset_requests_s=_seconds(reset_r),
                        remaining_tokens=_count(rem_t), reset_tokens_s=_seconds(reset_t),
                        new_request_tat=0.0, impossible=bool(impossible))

    async def charge(self, key_id: str, *, tpm: int, tokens: int) -> None:
        await self.redis.script("charge")(keys=[self._keys(key_id)[1]], args=[tpm, tokens])

    async def ping(self) -> bool:
        return bool(await self.redis.client().ping())

    async def close(self) -> None:
        await self.redis.close()
