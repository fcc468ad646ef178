"""Reading an upstream's server-sent events: lines out of raw chunks, then each event's ``data``."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

from gateway.providers.failures import GARBAGE, ProviderFailure

_FIELDS = ("data", "event", "id", "retry")
_EOL = re.compile(rb"\r\n|\r|\n")
MAX_LINE_BYTES = 16 << 20  # a line this long without an end is not an event stream


async def iter_lines(chunks: AsyncIterator[bytes]) -> AsyncIterator[str]:
    """Lines ended by CRLF, LF or CR (as SSE allows), split across chunks at any byte."""
    pending = b""
    async for chunk in chunks:
        pending += chunk
        start = 0
        for match in _EOL.finditer(pending):
            if match.group() == b"\r" and match.end() == len(pending):
                break  # maybe the first half of a CRLF: wait for the next chunk
            yield pending[start:match.start()].decode("utf-8", "replace")
            start = match.end()
        pending = pending[start:]
        if len(pending) > MAX_LINE_BYTES:
            raise ProviderFailure(GARBAGE, "the upstream stream is not server-sent events")
    if pending:
        yield pending.rstrip(b"\r").decode("utf-8", "replace")


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
