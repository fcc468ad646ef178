"""The streaming path: open the stream (retries and fallback before the first byte), commit the
audit intent, then relay chunk by chunk through the output stage, and end with ``data: [DONE]`` or a
final error event.

Nothing is sent before the intent is committed: an audit log that cannot take it refuses the
request (503 ``audit_unavailable``) before the HTTP response starts, so every delivered stream has
an event even when the process dies or the log is lost before the stream's completion is recorded.

A client that goes away cancels the relay: the upstream call is closed at once and the request is
still recorded (``client_disconnected``). An upstream that hangs (read timeout) or resets mid-stream
ends the stream with an error event; nothing is half-recorded.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator

import anyio
import orjson

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import SluiceError
from sluice.gateway.outages import dependency_error
from sluice.gateway.pipeline import dispatch
from sluice.gateway.pipeline.choice_output import ChoiceOutput
from sluice.gateway.pipeline.context import CLIENT_DISCONNECTED, OK, RequestContext
from sluice.gateway.pipeline.run import (PipelineServices, finalize, finalize_quietly, prepare, provider_call,
                                         record_failure)
from sluice.gateway.providers.base import CHAT
from sluice.gateway.providers.failures import GARBAGE, SERVER_ERROR, ProviderFailure

log = logging.getLogger("sluice.pipeline")

DONE = b"data: [DONE]\n\n"


def sse(payload: dict) -> bytes:
    return b"data: " + orjson.dumps(payload) + b"\n\n"


def error_event(code: str, message: str, type_: str = "api_error") -> bytes:
    return sse({"error": {"message": message, "type": type_, "param": None, "code": code}})


def _failure_code(failure: ProviderFailure) -> tuple[str, str]:
    if failure.kind in (GARBAGE, SERVER_ERROR):
        return ErrorCode.UPSTREAM_ERROR, "the provider sent an invalid or failed response mid-stream"
    return ErrorCode.UPSTREAM_UNAVAILABLE, "the provider stopped answering mid-stream"


class _Relay:
    """Per-stream state: the output stages of each choice, which choices finished, the usage chunk."""

    def __init__(self, services: PipelineServices, rctx: RequestContext, include_usage: bool):
        self.services = services
        self.rctx = rctx
        self.chat = rctx.endpoint == CHAT
        self.include_usage = include_usage
        self.choices: dict[int, ChoiceOutput] = {}
        self.finished: set[int] = set()
        self.usage_chunk: dict | None = None
        self.envelope: dict = {}

    def _choice(self, index: int) -> ChoiceOutput:
        output = self.choices.get(index)
        if output is None:
            output = self.choices[index] = ChoiceOutput(self.services.guardrails, self.rctx, index, chat=self.chat)
        return output

    def transform(self, chunk: dict) -> dict | None:
        """Scan one chunk's text fields; returns the chunk to send (None: nothing to send now)."""
        if not self.envelope:
            self.rctx.answered_as(chunk.get("model"))
        chunk["model"] = self.rctx.model
        self.envelope = {k: chunk[k] for k in ("id", "object", "created", "model") if k in chunk}
        if chunk.get("usage"):
            self.rctx.set_usage(chunk["usage"])
            if not chunk.get("choices"):
                self.usage_chunk = chunk
                return None
        if not self.include_usage:
            chunk.pop("usage", None)
        for choice in chunk.get("choices") or []:
            index = choice.get("index", 0)
            output = self._choice(index)
            if choice.get("logprobs") is not None and not output.keeps_logprobs():
                choice["logprobs"] = None
            holder = (choice.get("delta") or {}) if self.chat else choice
            output.feed(holder)
            if choice.get("finish_reason") is not None and index not in self.finished:
                output.finish(holder)
                self.finished.add(index)
            if self.chat and holder:
                choice["delta"] = holder
        return chunk

    def encode(self, batch: list[dict]) -> list[bytes]:
        """The SSE events for chunks that arrived together, each scanned by ``transform``."""
        return [sse(chunk) for chunk in map(self.transform, batch) if chunk is not None]

    def tail(self) -> list[dict]:
        """Text still held back for choices whose stream ended without a finish reason."""
        chunks = []
        for index, output in sorted(self.choices.items()):
            if index in self.finished:
                continue
            holder: dict = {}
            output.finish(holder)
            self.finished.add(index)
            if holder:
                piece = {"delta": holder} if self.chat else {"text": holder.get("text", "")}
                choice = {"index": index, **piece, "logprobs": None, "finish_reason": None}
                chunks.append({**self.envelope, "choices": [choice]})
        if self.usage_chunk is not None and self.include_usage:
            chunks.append(self.usage_chunk)
        return chunks


async def start(services: PipelineServices, rctx: RequestContext, body: dict,
                include_usage: bool) -> AsyncIterator[bytes]:
    """Everything up to the first chunk, with the intent committed; raises a SluiceError (recorded)
    if the stream cannot start."""
    rctx.request_body = body
    opened = None
    try:
        candidates = await prepare(services, rctx, body)
        opened = await dispatch.open_stream(candidates, rctx, services.backoff,
                                            lambda p: provider_call(rctx, rctx.forwarded_body, p))
        rctx.answered_as(opened.first[0].get("model"))
        with rctx.stage("record_intent"):
            await services.recorder.record_intent(rctx)
    except BaseException as exc:
        if opened is not None:  # the intent was not recorded: nothing of the stream goes out
            with anyio.CancelScope(shield=True):
                await opened.rest.aclose()
                opened.provider.leave()
        if not isinstance(exc, Exception):  # cancelled (the client went away): nothing to answer
            raise
        answer = await record_failure(services, rctx, exc)
        if answer is exc:
            raise
        raise answer from None
    return _relay(services, rctx, opened, _Relay(services, rctx, include_usage))


async def _relay(services: PipelineServices, rctx: RequestContext, opened: dispatch.OpenStream,
                 relay: _Relay) -> AsyncIterator[bytes]:
    provider, rest = opened.provider, opened.rest
    waits = services.guardrails.output_waits(rctx)
    try:
        batch: list[dict] | None = opened.first
        while batch is not None:
            began = time.perf_counter()
            if waits:
                out = await anyio.to_thread.run_sync(relay.encode, batch)
            else:
                out = relay.encode(batch)
            rctx.add_time("output", time.perf_counter() - began)
            if out:
                yield b"".join(out)  # what arrived together goes out in one write
            began = time.perf_counter()
            try:
                batch = await anext(rest)
            except StopAsyncIteration:
                batch = None
            finally:
                rctx.add_time("provider_stream", time.perf_counter() - began, provider=True)
        for extra in (await anyio.to_thread.run_sync(relay.tail) if waits else relay.tail()):
            yield sse(extra)
        rctx.outcome = OK
        await finalize(services, rctx)
        yield DONE
    except ProviderFailure as failure:
        provider.breaker.record_failure()
        rctx.attempt(provider.spec, failure.kind)
        code, message = _failure_code(failure)
        rctx.fail(502, code)
        await finalize_quietly(services, rctx)
        yield error_event(code, message)
        yield DONE
    except SluiceError as exc:
        rctx.fail(exc.status, exc.code)
        await finalize_quietly(services, rctx)
        yield error_event(exc.code, exc.message, exc.type)
        yield DONE
    except Exception as exc:  # an outage or a bug mid-stream: end the stream cleanly, recorded, without details
        # the type only: an exception message may quote request or response content
        log.error("stream relay failed", extra={"request_id": rctx.request_id, "error_type": type(exc).__name__})
        error = dependency_error(exc)
        if error is None:
            rctx.fail(500, ErrorCode.INTERNAL_ERROR)
            await finalize_quietly(services, rctx)
            yield error_event(ErrorCode.INTERNAL_ERROR, f"internal error (request id {rctx.request_id})")
        else:
            rctx.fail(error.status, error.code)
            await finalize_quietly(services, rctx)
            yield error_event(error.code, error.message, error.type)
        yield DONE
    except (asyncio.CancelledError, GeneratorExit):
        rctx.client_disconnected = True
        rctx.outcome = CLIENT_DISCONNECTED
        raise
    finally:
        with anyio.CancelScope(shield=True):
            await rest.aclose()
            provider.leave()
            if not rctx.finalized:
                await finalize_quietly(services, rctx)
