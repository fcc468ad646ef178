"""Reading an upstream's server-sent events: raw bytes in, each complete event's ``data`` out.

Fed whatever each network read brought, it returns every event that read completed, so a caller
can relay events that arrived together in one write.
"""

from __future__ import annotations

import re

from sluice.gateway.providers.failures import GARBAGE, ProviderFailure

_FIELDS = ("data", "event", "id", "retry")
_EOL = re.compile(rb"\r\n|\r|\n")
MAX_LINE_BYTES = 16 << 20  # a line this long without an end is not an event stream


class SseParser:
    def __init__(self):
        self._pending = b""  # the start of a line whose end has not arrived
        self._data: list[str] = []  # data lines of the event being read

    def feed(self, chunk: bytes) -> list[str]:
        """Lines end with CRLF, LF or CR (as SSE allows) and may be split across chunks at any byte."""
        pending = self._pending + chunk
        events: list[str] = []
        start = 0
        for match in _EOL.finditer(pending):
            if match.group() == b"\r" and match.end() == len(pending):
                break  # maybe the first half of a CRLF: wait for the next chunk
            self._line(pending[start:match.start()], events)
            start = match.end()
        self._pending = pending[start:]
        if len(self._pending) > MAX_LINE_BYTES:
            raise ProviderFailure(GARBAGE, "the upstream stream is not server-sent events")
        return events

    def end(self) -> list[str]:
        """The events still open when the stream ended (an unterminated last line included)."""
        events: list[str] = []
        if self._pending:
            self._line(self._pending.rstrip(b"\r"), events)
            self._pending = b""
        if self._data:
            events.append("\n".join(self._data))
            self._data = []
        return events

    def _line(self, raw: bytes, events: list[str]) -> None:
        if not raw:
            if self._data:
                events.append("\n".join(self._data))
                self._data = []
            return
        line = raw.decode("utf-8", "replace")
        if line.startswith(":"):
            return
        name, _, value = line.partition(":")
        if name not in _FIELDS:
            raise ProviderFailure(GARBAGE, "the upstream stream is not server-sent events")
        if name == "data":
            self._data.append(value[1:] if value.startswith(" ") else value)
