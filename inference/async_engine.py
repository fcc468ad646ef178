"""Asynchronous engine for servers: a background thread owns the engine and runs its loop; each
request streams cumulative `RequestOutput`s through its own asyncio queue.

The event loop never waits for a model step: new requests and aborts are handed to the engine
thread through a short critical section and applied between steps. A bad request fails with its
own error as the first item of its stream; a failed model step ends only the requests in it;
aborting or closing the stream frees the request.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from sluice.inference.engine import LLMEngine
from sluice.inference.errors import DuplicateRequestError, EngineClosedError, EngineStepError
from sluice.inference.outputs import RequestOutput
from sluice.inference.sampling_params import SamplingParams

_DONE = object()


class _Stream:
    """One request's outputs, handed over from the engine's side to the caller's event loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.queue: asyncio.Queue = asyncio.Queue()
        self.ended = False  # the caller saw the last output, or the request's error

    async def outputs(self) -> AsyncIterator[RequestOutput]:
        """Cumulative outputs until the finished one; the request's error is raised."""
        while True:
            item = await self.queue.get()
            if item is _DONE:
                self.ended = True
                return
            if isinstance(item, BaseException):
                self.ended = True
                raise item
            yield item
            if item.finished:
                self.ended = True
                return

    def put(self, item: object) -> None:
        try:
            self.loop.call_soon_threadsafe(self.queue.put_nowait, item)
        except RuntimeError:  # the caller's event loop is gone; nobody is listening
            pass


@dataclass
class _Pending:
    request_id: str
    prompt: str | list[int]
    params: SamplingParams | None
    stream: _Stream
    cache_salt: str | None = None


class AsyncEngine:
    def __init__(self, engine: LLMEngine) -> None:
        self.engine = engine
        self._cv = threading.Condition()
        self._streams: dict[str, _Stream] = {}  # guarded by _cv
        self._adds: list[_Pending] = []  # guarded by _cv
        self._aborts: list[str] = []  # guarded by _cv
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
    def chat_format(self) -> str | None:
        return self.engine.chat_format

    @property
    def model_name(self) -> str:
        return self.engine.model_name

    @property
    def sampling_defaults(self) -> dict[str, float | int]:
        return self.engine.sampling_defaults

    @property
    def max_model_len(self) -> int:
        return self.engine.max_model_len

    async def generate(
        self,
        prompt: str | list[int],
        params: SamplingParams | None = None,
        request_id: str | None = None,
        cache_salt: str | None = None,
    ) -> AsyncIterator[RequestOutput]:
        """Stream cumulative outputs of one request. `cache_salt`: prefix-cache blocks are shared only
        among requests with the same salt (use one per tenant). After `abort(request_id)` the stream
        ends with a finished output whose unfinished choices say finish_reason "abort"."""
        request_id = request_id or uuid.uuid4().hex
        stream = _Stream(asyncio.get_running_loop())
        with self._cv:
            if self._closed:
                raise EngineClosedError("the engine has been shut down")
            if request_id in self._streams:
                raise DuplicateRequestError(f"request id {request_id!r} is already running")
            self._streams[request_id] = stream
            self._adds.append(_Pending(request_id, prompt, params, stream, cache_salt))
            self._cv.notify()
        try:
            async for item in stream.outputs():
                yield item
        finally:
            if not stream.ended:
                self._request_abort(request_id, listening=False)

    async def abort(self, request_id: str) -> None:
        """Stop a request; its stream (if still read) gets the final "abort" output, then ends."""
        self._request_abort(request_id, listening=True)

    def _request_abort(self, request_id: str, *, listening: bool) -> None:
        with self._cv:
            stream = None if listening else self._streams.pop(request_id, None)
            self._aborts.append(request_id)
            self._cv.notify()
        if stream is not None:
            stream.put(_DONE)

    def stats(self) -> dict[str, float]:
        """The engine's counters (requests running and waiting, cache use, prefix-cache hits)."""
        return self.engine.stats()  # plain counters, read while a step may be running

    async def shutdown(self) -> None:
        with self._cv:
            self._closed = True
            self._cv.notify()
        await asyncio.to_thread(self._thread.join, 30)

    # -- engine thread -------------------------------------------------------------------------
    def _loop(self) -> None:
        engine = self.engine
        while True:
            with self._cv:
                while not (self._closed or self._adds or self._aborts or engine.has_unfinished()):
                    self._cv.wait()
                adds, self._adds = self._adds, []
                aborts, self._aborts = self._aborts, []
                closed = self._closed
            for rid in aborts:
                final = engine.abort(rid)
                stream = self._drop(rid)
                if stream is not None:  # still read: end it with the abort output (or plainly)
                    stream.put(final if final is not None else _DONE)
            if closed:
                self._close(adds)
                return
            for item in adds:
                if self._stream(item.request_id) is not item.stream:
                    continue  # aborted before it started
                try:
                    engine.add_request(item.request_id, item.prompt, item.params, cache_salt=item.cache_salt)
                except Exception as exc:  # the request's own error, delivered to its stream only
                    self._drop(item.request_id)
                    item.stream.put(exc)
            if engine.has_unfinished():
                self._step()

    def _step(self) -> None:
        engine = self.engine
        try:
            outputs, failure = engine.step(), None
        except EngineStepError as exc:
            outputs, failure = [], exc
        except Exception as exc:  # a fault outside the model step: end everything in flight
            outputs = []
            failure = EngineStepError(f"engine step failed: {type(exc).__name__}: {exc}")
            failure.request_ids = list(engine.requests)
            for rid in failure.request_ids:
                engine.abort(rid)
        for out in outputs:
            stream = self._drop(out.request_id) if out.finished else self._stream(out.request_id)
            if stream is not None:
                stream.put(out)
        if failure is not None:
            for rid in getattr(failure, "request_ids", []):
                stream = self._drop(rid)
                if stream is not None:
                    stream.put(failure)

    def _stream(self, request_id: str) -> _Stream | None:
        with self._cv:
            return self._streams.get(request_id)

    def _drop(self, request_id: str) -> _Stream | None:
        with self._cv:
            return self._streams.pop(request_id, None)

    def _close(self, adds: list[_Pending]) -> None:
        self.engine.close()
        with self._cv:
            streams, self._streams = self._streams, {}
        for stream in streams.values():
            stream.put(EngineClosedError("the engine has been shut down"))
