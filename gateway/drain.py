"""Draining on SIGTERM: readiness turns false at once, the port closes ``delay_s`` later.

A load balancer that reads ``/readyz`` stops sending new requests while the process still accepts
them; then the server stops listening (new connections are refused) and lets the requests and
streams in flight finish within ``SLUICE_GRACEFUL_SHUTDOWN_S`` before it exits.

uvicorn installs its own SIGTERM handler, which stops listening straight away. While the app runs,
:meth:`Drain.on_sigterm` puts a handler in front of it that marks the process as draining and hands
the signal on to uvicorn's handler only after the delay. A second SIGTERM hands it on at once.
"""

from __future__ import annotations

import asyncio
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class Drain:
    def __init__(self, *, delay_s: float):
        self.delay_s = delay_s
        self._since: float | None = None

    @property
    def draining(self) -> bool:
        return self._since is not None

    def begin(self) -> None:
        if self._since is None:
            self._since = time.monotonic()

    def readiness(self) -> tuple[bool, str]:
        return (False, "shutting down") if self.draining else (True, "ok")

    @contextmanager
    def on_sigterm(self, loop: asyncio.AbstractEventLoop) -> Iterator[None]:
        """While inside, SIGTERM starts the drain; the previous handler runs ``delay_s`` later.

        Signal handlers belong to the main thread: elsewhere (an app served from a test thread)
        this does nothing."""
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = signal.getsignal(signal.SIGTERM)

        def pass_on(sig: int, frame: FrameType | None) -> None:
            if callable(previous):
                previous(sig, frame)
            else:  # the default disposition: end the process as the signal would have
                signal.signal(sig, previous)
                signal.raise_signal(sig)

        def handle(sig: int, frame: FrameType | None) -> None:
            if self.draining:
                pass_on(sig, frame)
                return
            self.begin()
            loop.call_soon_threadsafe(loop.call_later, self.delay_s, pass_on, sig, frame)

        signal.signal(signal.SIGTERM, handle)
        try:
            yield
        finally:
            if signal.getsignal(signal.SIGTERM) is handle:
                signal.signal(signal.SIGTERM, previous)
