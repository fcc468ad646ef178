"""A short-lived cache of authenticated API keys, so the /v1 hot path skips the database.

Entries live ``ttl_s`` seconds (``SLUICE_KEY_CACHE_TTL_S``, default 2 s): a revoked or expired key,
or a disabled tenant, stops working within that time in every process. Only successful look-ups
are cached; the presented key is held as a BLAKE2 digest, never as text. 0 turns the cache off.
"""

from __future__ import annotations

import hashlib
import time

from sluice.gateway.auth.principal import KeyPrincipal


class KeyCache:
    def __init__(self, *, ttl_s: float, max_entries: int = 10_000, clock=time.monotonic):
        self.ttl_s = ttl_s
        self.max_entries = max_entries
        self._clock = clock
        self._entries: dict[bytes, tuple[float, KeyPrincipal]] = {}

    @staticmethod
    def _digest(presented: str) -> bytes:
        return hashlib.blake2b(presented.encode(), digest_size=20).digest()

    def get(self, presented: str) -> KeyPrincipal | None:
        if self.ttl_s <= 0:
            return None
        entry = self._entries.get(self._digest(presented))
        if entry is None or entry[0] <= self._clock():
            return None
        return entry[1]

    def put(self, presented: str, principal: KeyPrincipal) -> None:
        if self.ttl_s <= 0:
            return
        now = self._clock()
        if len(self._entries) >= self.max_entries:
            self._entries = {k: v for k, v in self._entries.items() if v[0] > now}
            if len(self._entries) >= self.max_entries:
                self._entries.clear()
        self._entries[self._digest(presented)] = (now + self.ttl_s, principal)
