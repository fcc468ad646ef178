"""The SIGTERM hook of a serving process: draining at once, the server's own handler after the delay."""

from __future__ import annotations

import asyncio
import os
import signal

from sluice.gateway.drain import Drain


async def settle(condition) -> None:
    for _ in range(100):
        if condition():
            return
        await asyncio.sleep(0)


async def test_sigterm_turns_readiness_off_then_hands_the_signal_on_and_a_second_one_at_once():
    handed: list[int] = []

    def server_handler(sig, frame):
        handed.append(sig)

    original = signal.signal(signal.SIGTERM, server_handler)
    try:
        drain = Drain(delay_s=0)
        assert drain.readiness() == (True, "ok")
        with drain.on_sigterm(asyncio.get_running_loop()):
            os.kill(os.getpid(), signal.SIGTERM)
            assert drain.readiness() == (False, "shutting down")
            assert handed == []  # not before the delay has passed on the event loop
            await settle(lambda: handed)
            assert handed == [signal.SIGTERM]
            os.kill(os.getpid(), signal.SIGTERM)  # while draining: straight to the server's handler
            assert handed == [signal.SIGTERM, signal.SIGTERM]
        assert signal.getsignal(signal.SIGTERM) is server_handler  # the server's handler is back
    finally:
        signal.signal(signal.SIGTERM, original)
