"""Stopping a non-streaming request whose caller has gone away.

Starlette keeps running a handler after its client disconnected; for a long generation that wastes
the provider's time. :func:`unless_disconnected` races the work against ``http.disconnect``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

from fastapi import Request

T = TypeVar("T")


class ClientGone(Exception):
    """The caller disconnected before the response was ready; the work was cancelled."""


async def _disconnected(request: Request) -> None:
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            return


async def unless_disconnected(request: Request, work: Awaitable[T]) -> T:
    """Await ``work`` in the current task; if the client disconnects first, cancel it and raise ClientGone."""
    current = asyncio.current_task()
    gone = False

    async def watch() -> None:
        nonlocal gone
        await _disconnected(request)
        gone = True
        current.cancel()

    watcher = asyncio.ensure_future(watch())
    try:
        return await work
    except asyncio.CancelledError:
        if not gone:
            raise
        current.uncancel()
        raise ClientGone() from None
    finally:
        watcher.cancel()
