"""A recorder seam that keeps what the pipeline hands it, for tests of the request path itself."""

from __future__ import annotations

import asyncio

from sluice.gateway.pipeline.stages import Recorder


class ListRecorder(Recorder):
    def __init__(self):
        self.records = []
        self.intents = []

    async def record_intent(self, rctx):
        await asyncio.sleep(0)
        self.intents.append(rctx)

    async def record(self, rctx):
        await asyncio.sleep(0)
        self.records.append(rctx)
