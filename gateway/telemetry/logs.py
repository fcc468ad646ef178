"""JSON logs: one object per line, with the structured fields passed as ``extra``.

Exceptions are written as their type and stack frames (file, line, function) only: exception
messages can quote request content, so they are left out.
"""

from __future__ import annotations

import atexit
import collections
import logging
import sys
import threading
import traceback
from datetime import datetime, timezone

import orjson

_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime", "taskName"}
_HANDLER_MARK = "_sluice_handler"


def _frames(exc: BaseException) -> list[str]:
    return [f"{f.filename}:{f.lineno} in {f.name}" for f in traceback.extract_tb(exc.__traceback__)]


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            entry["error_type"] = type(exc).__name__
            entry["stack"] = _frames(exc)
        return orjson.dumps(entry, default=str).decode()


class BackgroundLineHandler(logging.Handler):
    """Formats in the caller and writes from a background thread, every ``interval_s`` at most.

    Writing and flushing a log line is blocking I/O; on the event loop it would stall every request
    in flight whenever the disk or pipe is slow. The caller only formats (microseconds) and appends
    to a deque; it never wakes the writer, whose wake-up (a system call and a hand-over of the
    interpreter lock) would cost more than the line itself. The writer wakes on its own, writes
    what piled up in one go, and is woken at once only to flush or close.
    """

    def __init__(self, stream, *, interval_s: float = 0.05):
        super().__init__()
        self.stream = stream
        self.interval_s = interval_s
        self._lines: collections.deque = collections.deque()
        self._wake = threading.Event()
        self._closing = False
        self._thread = threading.Thread(target=self._write, name="sluice-log-writer", daemon=True)
        self._thread.start()
        atexit.register(self.close)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._lines.append(self.format(record) + "\n")
        except Exception:
            self.handleError(record)

    def flush(self, timeout: float = 5.0) -> None:
        """Return once every line queued so far is written."""
        if self._thread.is_alive():
            written = threading.Event()
            self._lines.append(written)
            self._wake.set()
            written.wait(timeout)

    def _write(self) -> None:
        while True:
            self._wake.wait(self.interval_s)
            self._wake.clear()
            closing = self._closing
            batch, markers = [], []
            while self._lines:  # take what has piled up, write it in one go
                item = self._lines.popleft()
                (markers if isinstance(item, threading.Event) else batch).append(item)
            self._write_out(batch, markers)
            if closing:
                return

    def _write_out(self, batch: list[str], markers: list[threading.Event]) -> None:
        try:
            if batch:
                self.stream.write("".join(batch))
                self.stream.flush()
        except (OSError, ValueError):
            pass
        for marker in markers:
            marker.set()

    def close(self) -> None:
        if self._thread.is_alive():
            self._closing = True
            self._wake.set()
            self._thread.join(timeout=5)
        super().close()


def flush_logs() -> None:
    """Write out queued log lines (at shutdown: the process may end by a re-raised signal)."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, _HANDLER_MARK, False):
            handler.flush()


def configure_logging(settings) -> None:
    """Send every log record to stderr, as JSON when ``SLUICE_JSON_LOGS`` (the default)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _HANDLER_MARK, False)]:
        root.removeHandler(handler)
        handler.close()
    handler = BackgroundLineHandler(sys.stderr)
    setattr(handler, _HANDLER_MARK, True)
    handler.setFormatter(JsonFormatter() if settings.json_logs
                         else logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root.addHandler(handler)
    root.setLevel(settings.log_level)
    # uvicorn's own access log repeats what sluice.access says, without the request id
    logging.getLogger("uvicorn.access").disabled = True
