"""The engine loop in a process of its own, behind `AsyncEngine`'s interface.

The server process keeps HTTP, policy scanning and prompt rendering; the child process owns the
model, the scheduler and detokenisation and runs steps back to back, so neither waits on the other's
interpreter lock. They talk over two pipes: requests and aborts go down, each step's outputs come
up as one message. The tokenizer is loaded on both sides (prompts are rendered and counted here).

If the child dies (killed, out of memory), every request in flight ends with `EngineStepError`
naming the exit code, new requests are refused with `EngineClosedError`, and ``on_exit`` tells the
owner, which may start a new one. A child that dies before it is ready raises `EngineProcessDied`
(with its exit code) from the constructor. Nothing is retried silently.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import pickle
import sys
import threading
import uuid
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from sluice.inference.async_engine import _DONE, _Stream
from sluice.inference.errors import (DuplicateRequestError, EngineClosedError, EngineProcessDied,
                                     EngineStepError)
from sluice.inference.outputs import RequestOutput
from sluice.inference.sampling_params import SamplingParams
from sluice.inference.tokenizer import Tokenizer

log = logging.getLogger("sluice.inference.process")

_START_TIMEOUT_S = 1800.0  # model loading may take long; the child reports failures itself


class ProcessEngine:
    """`AsyncEngine`'s interface (generate, abort, shutdown, tokenizer, chat_format, model_name,
    max_model_len, stats)."""

    def __init__(self, model_dir: str | Path, *, device: str = "cpu", dtype: str = "auto",
                 on_exit: Callable[[int | None], None] | None = None, torch_threads: int | None = None,
                 child_main: Callable | None = None, **engine_args) -> None:
        """Start the child and wait until its engine is loaded (blocking: call it off the event loop).

        ``torch_threads``: the child's intra-op threads; by default what this process has set, if it
        has imported torch (the engine in a thread would share that setting), else torch's default.
        ``child_main``: the child's entry point (this module's by default; a module-level function
        with the same arguments)."""
        if torch_threads is None and "torch" in sys.modules:
            torch_threads = sys.modules["torch"].get_num_threads()
        ctx = multiprocessing.get_context("spawn")  # never fork a process that holds threads and torch
        down_recv, self._down = ctx.Pipe(duplex=False)
        self._up, up_send = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(target=child_main or _child_main, name="sluice-engine",
                                 args=(down_recv, up_send, str(model_dir), device, dtype, torch_threads, engine_args),
                                 daemon=True)
        self._proc.start()
        down_recv.close()
        up_send.close()
        self._send_lock = threading.Lock()
        self._lock = threading.Lock()
        self._streams: dict[str, _Stream] = {}  # guarded by _lock
        self._closed = False
        self._on_exit = on_exit
        self._asked: dict[int, tuple[threading.Event, list]] = {}  # stats requests waiting for the child
        self._asks = 0
        if not self._up.poll(_START_TIMEOUT_S):
            self._proc.kill()
            self._proc.join(5)
            raise EngineProcessDied("the engine process did not start in time", self._proc.exitcode)
        try:
            kind, *info = self._up.recv()
        except EOFError:
            self._proc.join(5)
            code = self._proc.exitcode
            message = f"the engine process exited while loading (exit code {code})"
            raise EngineProcessDied(message, code) from None
        if kind == "failed":
            self._proc.join(30)
            raise info[0]
        (self.model_name, self.max_model_len, self.pid, self.chat_format, template, markup,
         self.sampling_defaults) = info
        # the same tokenizer as the child's: prompts are rendered and counted on this side
        self.tokenizer = Tokenizer(model_dir, default_chat_template=template, markup=markup)
        self._reader = threading.Thread(target=self._read, name="sluice-engine-reader", daemon=True)
        self._reader.start()

    @classmethod
    def from_model_dir(cls, model_dir: str | Path, device: str = "cpu", dtype: str = "auto",
                       **engine_args) -> ProcessEngine:
        return cls(model_dir, device=device, dtype=dtype, **engine_args)

    @property
    def alive(self) -> bool:
        return not self._closed and self._proc.is_alive()

    async def generate(self, prompt: str | list[int], params: SamplingParams | None = None,
                       request_id: str | None = None, cache_salt: str | None = None) -> AsyncIterator[RequestOutput]:
        """As `AsyncEngine.generate`: cumulative outputs of one request."""
        request_id = request_id or uuid.uuid4().hex
        stream = _Stream(asyncio.get_running_loop())
        with self._lock:
            if self._closed:
                raise EngineClosedError("the engine has been shut down")
            if request_id in self._streams:
                raise DuplicateRequestError(f"request id {request_id!r} is already running")
            self._streams[request_id] = stream
        if not self._send(("add", request_id, prompt, params, cache_salt)):
            self._drop(request_id)
            raise EngineClosedError("the engine process is not running")
        try:
            async for item in stream.outputs():
                yield item
        finally:
            if not stream.ended:
                self._drop(request_id)
                self._send(("abort", request_id))

    async def abort(self, request_id: str) -> None:
        """Stop a request; its stream (if still read) gets the final "abort" output, then ends."""
        self._send(("abort", request_id))

    def stats(self, timeout: float = 10.0) -> dict[str, float]:
        """The child engine's counters, read between two of its steps (blocks up to ``timeout``)."""
        with self._lock:
            self._asks += 1
            token, answer = self._asks, (threading.Event(), [])
            self._asked[token] = answer
        try:
            if not self._send(("stats", token)) or not answer[0].wait(timeout):
                raise EngineStepError("the engine process did not report its counters")
            return answer[1][0]
        finally:
            with self._lock:
                self._asked.pop(token, None)

    async def shutdown(self) -> None:
        with self._lock:
            self._closed = True
        self._send(("close",))
        await asyncio.to_thread(self._proc.join, 30)
        if self._proc.is_alive():
            self._proc.kill()
            await asyncio.to_thread(self._proc.join, 5)

    # -- server side ----------------------------------------------------------------------------
    def _send(self, message: tuple) -> bool:
        with self._send_lock:
            try:
                self._down.send(message)
                return True
            except (BrokenPipeError, OSError, EOFError):
                return False

    def _drop(self, request_id: str) -> _Stream | None:
        with self._lock:
            return self._streams.pop(request_id, None)

    def _read(self) -> None:
        """Reader thread: hands each step's outputs to their streams until the child goes away."""
        while True:
            try:
                kind, *payload = self._up.recv()
            except (EOFError, OSError):
                break
            if kind == "outputs":
                for out in payload[0]:
                    stream = self._drop(out.request_id) if out.finished else self._streams.get(out.request_id)
                    if stream is not None:
                        stream.put(out)
            elif kind == "error":  # one request's own error, or a failed step's requests
                request_ids, exc = payload
                for rid in request_ids:
                    stream = self._drop(rid)
                    if stream is not None:
                        stream.put(exc)
            elif kind == "stats":
                token, counters = payload
                with self._lock:
                    waiting = self._asked.get(token)
                if waiting is not None:
                    waiting[1].append(counters)
                    waiting[0].set()
            elif kind == "aborted":
                rid, final = payload
                stream = self._drop(rid)
                if stream is not None:
                    stream.put(final if final is not None else _DONE)
        self._proc.join(5)
        code = self._proc.exitcode
        with self._lock:
            expected = self._closed
            self._closed = True
            streams, self._streams = self._streams, {}
        failure = (EngineClosedError("the engine has been shut down") if expected
                   else EngineStepError(f"the engine process exited (exit code {code})"))
        for stream in streams.values():
            stream.put(failure)
        if not expected:
            log.error("engine process exited", extra={"exit_code": code})
            if self._on_exit is not None:
                self._on_exit(code)


# -- child side ---------------------------------------------------------------------------------
def _portable(exc: BaseException) -> BaseException:
    """``exc`` if it survives pickling, else an `EngineStepError` that says what it was."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return EngineStepError(f"{type(exc).__name__}: {exc}")


def _child_main(down, up, model_dir: str, device: str, dtype: str, torch_threads: int | None,
                engine_args: dict) -> None:
    from sluice.inference.engine import LLMEngine

    try:
        if torch_threads:
            import torch

            torch.set_num_threads(torch_threads)
        engine = LLMEngine(model_dir, device=device, dtype=dtype, **engine_args)
    except Exception as exc:  # reported to the server, which raises it where the engine was asked for
        up.send(("failed", _portable(exc)))
        return
    from sluice.inference.architectures import default_chat_template, reply_markup

    cfg = engine.model_config
    up.send(("ready", engine.model_name, engine.max_model_len, os.getpid(), engine.chat_format,
             default_chat_template(cfg), reply_markup(cfg), engine.sampling_defaults))
    try:
        _serve(engine, down, up)
    finally:
        engine.close()


def _serve(engine, down, up) -> None:
    while True:
        busy = engine.has_unfinished()
        if busy and not down.poll(0):
            _step(engine, up)
            continue
        try:
            message = down.recv()  # idle: wait for work
        except EOFError:
            return  # the server went away
        kind = message[0]
        if kind == "close":
            return
        if kind == "add":
            _, rid, prompt, params, salt = message
            try:
                engine.add_request(rid, prompt, params, cache_salt=salt)
            except Exception as exc:  # the request's own error, delivered to its stream only
                up.send(("error", [rid], _portable(exc)))
        elif kind == "abort":
            up.send(("aborted", message[1], engine.abort(message[1])))
        elif kind == "stats":
            up.send(("stats", message[1], engine.stats()))


def _step(engine, up) -> None:
    try:
        up.send(("outputs", engine.step()))
    except EngineStepError as exc:
        up.send(("error", list(getattr(exc, "request_ids", [])), _portable(exc)))
    except Exception as exc:  # a fault outside the model step: end everything in flight
        failure = EngineStepError(f"engine step failed: {type(exc).__name__}: {exc}")
        rids = list(engine.requests)
        for rid in rids:
            engine.abort(rid)
        up.send(("error", rids, failure))
