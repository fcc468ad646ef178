"""Reading an upstream's server-sent events: the ``data`` payload of each event, in order."""

from __future__ import annotations

from collections.abc import AsyncIterator

from gateway.providers.failures import GARBAGE, ProviderFailure

_FIELDS = ("data", "event", "id", "retry")


async def iter_sse_data(lines: AsyncIterator[str]) -> AsyncIterator[str]:
    """Yield each event's data (multi-line data joined by newlines). Non-SSE lines are garbage."""
    data: list[str] = []
    async for line in lines:
        if not line:
            if data:
                yield "\n".join(data)
                data = []
            continue
        if line.startswith(":"):
            continue
        name, sep, value = line.partition(":")
        if name not in _FIELDS:
            raise ProviderFailure(GARBAGE, "the upstream stream is not server-sent events")
        if name == "data":
            data.append(value[1:] if value.startswith(" ") else value)
    if data:
        yield "\n".join(data)
