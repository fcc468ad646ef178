"""Running a blocking piece of upkeep every few seconds in the app's event loop."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

log = logging.getLogger("sluice.gateway")


async def every(interval_s: float, work: Callable[[], object], *, name: str) -> None:
    """Call ``work`` in a thread every ``interval_s`` seconds until cancelled; a failure is logged and retried."""
    while True:
        await asyncio.sleep(interval_s)
        try:
            await asyncio.to_thread(work)
        except Exception as exc:  # noqa: BLE001 - the next tick retries
            log.error("periodic work failed", extra={"work": name, "error_type": type(exc).__name__})
