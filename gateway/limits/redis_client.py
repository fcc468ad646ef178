"""One Redis client per event loop, with the Lua scripts a store runs registered on it."""

from __future__ import annotations

import asyncio


class LoopBoundRedis:
    """Connections belong to one event loop; a new loop (tests, reloads) gets its own client."""

    def __init__(self, url: str, *, timeout_s: float, scripts: dict[str, str]):
        self.url = url
        self.timeout_s = timeout_s
        self._sources = scripts
        self._client = None
        self._loop = None
        self.scripts: dict = {}

    def client(self):
        loop = asyncio.get_running_loop()
        if self._client is None or self._loop is not loop:
            import redis.asyncio as aioredis

            self._client = aioredis.Redis.from_url(self.url, socket_timeout=self.timeout_s,
                                                   socket_connect_timeout=self.timeout_s)
            self._loop = loop
            self.scripts = {name: self._client.register_script(src) for name, src in self._sources.items()}
        return self._client

    def script(self, name: str):
        self.client()
        return self.scripts[name]

    async def close(self) -> None:
        if self._client is not None:
            try:
                await self._client.aclose()
            except RuntimeError:  # its loop is already gone
                pass
            self._client = None
