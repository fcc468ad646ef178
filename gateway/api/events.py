"""A server-sent-events response that notices a client going away while the upstream is silent.

Starlette's StreamingResponse (ASGI spec >= 2.4) learns of a disconnect only when a write fails,
which never happens while the upstream hangs. This response also listens for ``http.disconnect``
and cancels the stream then, so the upstream call stops and the request is finalized at once.
"""

from __future__ import annotations

import anyio
from starlette.responses import StreamingResponse

from sluice.gateway.pipeline.streaming import DONE


class EventStreamResponse(StreamingResponse):
    media_type = "text/event-stream"

    def __init__(self, content, *, headers: dict | None = None):
        merged = {"cache-control": "no-cache", "x-accel-buffering": "no", **(headers or {})}
        super().__init__(content, headers=merged, media_type=self.media_type)

    async def stream_response(self, send) -> None:
        """As Starlette's, except that ``data: [DONE]`` ends the body in the same message (one write
        with the end of the chunked encoding instead of two). The events are bytes already."""
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        ended = False
        async for chunk in self.body_iterator:
            if ended:
                continue  # nothing follows [DONE]; iterating on lets the stream's own clean-up run
            ended = chunk.endswith(DONE)
            await send({"type": "http.response.body", "body": chunk, "more_body": not ended})
        if not ended:
            await send({"type": "http.response.body", "body": b"", "more_body": False})

    async def __call__(self, scope, receive, send) -> None:
        async with anyio.create_task_group() as group:

            async def stream() -> None:
                try:
                    await self.stream_response(send)
                except OSError:
                    pass  # the client went away while we wrote
                finally:
                    group.cancel_scope.cancel()

            group.start_soon(stream)
            await self.listen_for_disconnect(receive)
            group.cancel_scope.cancel()
        close = getattr(self.body_iterator, "aclose", None)
        if close is not None:
            with anyio.CancelScope(shield=True):
                await close()
