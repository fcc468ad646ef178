"""Asynchronous engine for servers: a background thread runs the engine loop; each request streams
cumulative `RequestOutput`s through its own asyncio queue.

Bad requests fail in `generate` with their own error before anything is streamed; a failed model
step ends only the requests that were in it; aborting or closing the stream frees the request.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

from inference.engine import LLMEngine
from inference.errors import EngineClosedError, EngineStepError
from inference.outputs import RequestOutput
from inference.sampling_params import SamplingParams

_DONE = object()


class _Stream:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.queue: asyncio.Queue = asyncio.Queue()

    def put(self, item: object) -> None:
        self.loop.call_soon_threadsafe(self.queue.put_nowait, item)


class AsyncEngine:
    def __init__(self, engine: LLMEngine) -> None:
        self.engine = engine
        self._lock = threading.Lock()
        self._work = threading.Condition(self._lock)
        self._streams: dict[str, _Stream] = {}
        self._closed = False
        self._thread = threading.Thread(target=self._loop, name="sluice-engine", daemon=True)
        self._thread.start()

    @classmethod
    def from_model_dir(
        cls, model_dir: str | Path, device: str = "cpu", dtype: str = "auto", **engine_args
    ) -> AsyncEngine:
        return cls(LLMEngine(model_dir, device=device, dtype=dtype, **engine_args))

    @property
    def tokenizer(self):
        return self.engine.tokenizer

    @property
    def model_name(self) -> str:
        return self.engine.model_name

    @property
    def max_model_len(self) -> int:
        return self.engine.max_model_len

    async def generate(
        self,
        prompt: str | list[int],
        params: SamplingParams | None = None,
        request_id: str | None = None,
    ) -> AsyncIterator[RequestOutput]:
        request_id = request_id or uuid.uuid4().hex
        stream = _Stream(asyncio.get_running_loop())
        with self._work:
            if self._closed:
                raise EngineClosedError("the engine has been shut down")
            self.engine.add_request(request_id, prompt, params)
            self._streams[request_id] = stream
            self._work.notify()
        finished = False
        try:
            while True:
                item = await stream.queue.get()
                if item is _DONE:
                    finished = True
                    return
                if isinstance(item, BaseException):
                    finished = True
                    raise item
                yield item
                if item.finished:
                    finished = True
                    return
        finally:
            if not finished:
                self._abort_now(request_id)

    async def abort(self, request_id: str) -> None:
        self._abort_now(request_id)

    def _abort_now(self, request_id: str) -> None:
        with self._work:
            self.engine.abort(request_id)
            stream = self._streams.pop(request_id, None)
        if stream is not None:
            stream.put(_DONE)

    async def shutdown(self) -> None:
        with self._work:
            self._closed = True
            streams, self._streams = self._streams, {}
            for rid in list(self.engine.requests):
                self.engine.abort(rid)
            self._work.notify()
        for stream in streams.values():
            stream.put(EngineClosedError("the engine has been shut down"))
        await asyncio.to_thread(self._thread.join, 10)

    def _loop(self) -> None:
        while True:
            with self._work:
                while not self._closed and not self.engine.has_unfinished():
                    self._work.wait()
                if self._closed:
                    return
                try:
                    outputs = self.engine.step()
                    failure = None
                except EngineStepError as exc:
                    outputs, failure = [], exc
                except Exception as exc:  # a bug outside the model step: end everything in flight
                    outputs = []
                    failure = EngineStepError(f"engine step failed: {type(exc).__name__}: {exc}")
                    failure.request_ids = list(self.engine.requests)
                    for rid in failure.request_ids:
                        self.engine.abort(rid)
                deliveries = []
                for out in outputs:
                    stream = self._streams.get(out.request_id)
                    if out.finished:
                        self._streams.pop(out.request_id, None)
                    if stream is not None:
                        deliveries.append((stream, out))
                if failure is not None:
                    for rid in getattr(failure, "request_ids", []):
                        stream = self._streams.pop(rid, None)
                        if stream is not None:
                            deliveries.append((stream, failure))
            for stream, item in deliveries:
                stream.put(item)
