"""An OpenAI-emulating upstream: a real HTTP server with configurable latency, streaming, usage,
logprobs, tool calls and faults. Tests use it as a real upstream; the benchmark runs it alone::

    python -m tests.support.emulator --port 9100 [--latency-ms 0] [--chunk-delay-ms 0]

Faults, consumed one per request from ``config.faults`` (then ``config.fault`` for every request):
``429``, ``500``/``502``/``503``, ``400``, ``401``, ``hang`` (nothing is sent), ``hang_mid_stream``
(some chunks, then silence), ``reset`` (some bytes, then the connection drops), ``garbage`` (200
with a body that is not the OpenAI format). Change the config over HTTP with ``POST /_emulator/config``.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import time
from dataclasses import dataclass, field, fields

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from tests.support import emulator_content as content
from tests.support.emulator_content import REFUSAL_TEXT  # noqa: F401  (re-exported for tests)
from tests.support.servers import ServerThread


@dataclass
class EmulatorConfig:
    latency_s: float = 0.0       # before the response starts
    chunk_delay_s: float = 0.0   # between stream chunks
    reply_words: int = 12        # length of a default reply
    hang_s: float = 600.0
    retry_after: float | None = None
    fault: str | None = None
    faults: list[str] = field(default_factory=list)
    models: list[str] = field(default_factory=lambda: ["emu-model"])
    reply: dict | None = None    # chat: the assistant message to answer with (any text fields, tool calls),
                                 # streamed field by field in pieces of ``piece_chars``; completions: its "text"
    piece_chars: int = 5


@dataclass
class EmulatorState:
    requests: list[dict] = field(default_factory=list)
    headers: list[dict] = field(default_factory=list)
    streams_started: int = 0
    streams_completed: int = 0
    streams_aborted: int = 0


def _json(payload, status: int = 200, headers: dict | None = None) -> Response:
    return Response(orjson.dumps(payload), status_code=status, headers=headers, media_type="application/json")


def _error(status: int, code: str, message: str, headers: dict | None = None) -> Response:
    return _json({"error": {"message": message, "type": "api_error", "param": None, "code": code}}, status, headers)


class Emulator:
    def __init__(self, config: EmulatorConfig | None = None):
        self.config = config or EmulatorConfig()
        self.state = EmulatorState()
        self._ids = itertools.count(1)
        self.app = Starlette(routes=[
            Route("/v1/chat/completions", self._chat, methods=["POST"]),
            Route("/v1/completions", self._completions, methods=["POST"]),
            Route("/v1/models", self._models, methods=["GET"]),
            Route("/_emulator/config", self._configure, methods=["POST"]),
            Route("/_emulator/state", self._state, methods=["GET"]),
        ])

    # --- control --------------------------------------------------------------------------------
    def next_fault(self) -> str | None:
        return self.config.faults.pop(0) if self.config.faults else self.config.fault

    async def _configure(self, request: Request) -> Response:
        changes = orjson.loads(await request.body())
        names = {f.name for f in fields(EmulatorConfig)}
        for key, value in changes.items():
            if key in names:
                setattr(self.config, key, value)
        return _json({"ok": True})

    async def _state(self, request: Request) -> Response:
        s = self.state
        return _json({"requests": len(s.requests), "streams_started": s.streams_started,
                      "streams_completed": s.streams_completed, "streams_aborted": s.streams_aborted})

    async def _models(self, request: Request) -> Response:
        return _json({"object": "list", "data": [{"id": m, "object": "model", "created": 0, "owned_by": "emulator"}
                                                 for m in self.config.models]})

    # --- inference ------------------------------------------------------------------------------
    async def _chat(self, request: Request) -> Response:
        return await self._serve(request, chat=True)

    async def _completions(self, request: Request) -> Response:
        return await self._serve(request, chat=False)

    async def _serve(self, request: Request, *, chat: bool) -> Response:
        try:
            body = orjson.loads(await request.body())
        except orjson.JSONDecodeError:
            return _error(400, "invalid_json", "body is not JSON")
        self.state.requests.append(body)
        self.state.headers.append(dict(request.headers))
        fault = self.next_fault()
        if self.config.latency_s:
            await asyncio.sleep(self.config.latency_s)
        if fault == "429":
            after = self.config.retry_after
            return _error(429, "rate_limit_exceeded", "slow down",
                          {"retry-after": str(after)} if after is not None else None)
        if fault in ("500", "502", "503"):
            return _error(int(fault), "server_error", "the emulated upstream failed")
        if fault == "400":
            return _error(400, "invalid_value", "the emulated upstream rejects this request")
        if fault == "401":
            return _error(401, "invalid_api_key", "bad upstream key")
        if fault == "hang" or (fault == "hang_mid_stream" and not body.get("stream")):
            await asyncio.sleep(self.config.hang_s)
        if fault == "garbage":
            if body.get("stream"):
                return Response(b"data: {this is not json\n\n", media_type="text/event-stream")
            return Response(b"<html>upstream proxy error</html>", media_type="application/json")
        choices = self._choices(body, chat)
        if body.get("stream"):
            return StreamingResponse(self._stream(body, chat, choices, fault), media_type="text/event-stream")
        if fault == "reset":
            return StreamingResponse(self._reset_body(), media_type="application/json")
        return _json(self._response(body, chat, choices))

    def _choices(self, body: dict, chat: bool) -> list[dict]:
        out = []
        if self.config.reply is not None:
            text = self.config.reply.get("content" if chat else "text") or ""
            return [{"index": i, "text": text, "finish": _scripted_finish(self.config.reply),
                     "tool_call": None, "reply": self.config.reply} for i in range(body.get("n") or 1)]
        for index in range(body.get("n") or 1):
            call = content.tool_call(body, index) if chat else None
            text, finish = content.apply_limits(content.base_reply(body, index, self.config.reply_words), body)
            if chat:
                text = content.json_reply(body, text)
            out.append({"index": index, "text": text, "finish": finish, "tool_call": call})
        return out

    def _envelope(self, body: dict, chat: bool, chunk: bool) -> dict:
        obj = ("chat.completion.chunk" if chunk else "chat.completion") if chat else "text_completion"
        return {"id": f"{'chatcmpl' if chat else 'cmpl'}-emu{next(self._ids)}", "object": obj,
                "created": int(time.time()), "model": body.get("model"), "system_fingerprint": "emu"}

    def _usage(self, body: dict, choices: list[dict]) -> dict:
        prompt = content.count_tokens(content.prompt_text(body))
        completion = sum(content.count_tokens(c["text"]) for c in choices if not c["tool_call"])
        return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}

    def _logprobs(self, body: dict, chat: bool, tokens: list[str]):
        if chat:
            return content.chat_logprobs(tokens, body.get("top_logprobs") or 0) if body.get("logprobs") else None
        return content.completion_logprobs(tokens, body["logprobs"]) if body.get("logprobs") is not None else None

    def _response(self, body: dict, chat: bool, choices: list[dict]) -> dict:
        out = []
        for c in choices:
            logprobs = self._logprobs(body, chat, content.tokens_of(c["text"]))
            if not chat:
                out.append({"index": c["index"], "text": c["text"], "logprobs": logprobs, "finish_reason": c["finish"]})
                continue
            message = {"role": "assistant", "content": c["text"], "refusal": None}
            if c.get("reply"):
                message = {"role": "assistant", "content": None, "refusal": None, **c["reply"]}
            finish = c["finish"]
            if c["tool_call"] and body.get("functions"):
                message.update(content=None, function_call=c["tool_call"]["function"])
                finish = "function_call"
            elif c["tool_call"]:
                message.update(content=None, tool_calls=[c["tool_call"]])
                finish, logprobs = "tool_calls", None
            out.append({"index": c["index"], "message": message, "logprobs": logprobs, "finish_reason": finish})
        return {**self._envelope(body, chat, False), "choices": out, "usage": self._usage(body, choices)}

    def _pieces(self, body: dict, chat: bool, c: dict):
        """(delta-or-text, logprobs, finish) pieces of one choice's stream, one token at a time."""
        index = c["index"]
        if chat and c.get("reply"):
            yield from self._scripted_pieces(c["reply"], c["finish"])
            return
        if chat and c["tool_call"]:
            call = c["tool_call"]
            yield {"role": "assistant", "content": None, "tool_calls": [
                {"index": 0, "id": call["id"], "type": "function",
                 "function": {"name": call["function"]["name"], "arguments": ""}}]}, None, None
            args = call["function"]["arguments"]
            for start in range(0, len(args), 8):
                yield {"tool_calls": [{"index": 0, "function": {"arguments": args[start:start + 8]}}]}, None, None
            yield {}, None, "tool_calls"
            return
        if chat:
            yield {"role": "assistant", "content": ""}, None, None
        tokens = content.tokens_of(c["text"])
        for token in tokens:
            logprobs = self._logprobs(body, chat, [token])
            if logprobs and not chat:
                logprobs["text_offset"] = [len("".join(tokens[:tokens.index(token)]))]
            yield ({"content": token} if chat else token), logprobs, None
        yield ({} if chat else ""), None, c["finish"]
        del index

    def _scripted_pieces(self, reply: dict, finish: str):
        """A scripted message as deltas: each text field, then each tool call's arguments, in small pieces."""
        size = self.config.piece_chars
        yield {"role": "assistant"}, None, None
        for key in ("reasoning_content", "content", "refusal"):
            text = reply.get(key) or ""
            for start in range(0, len(text), size):
                yield {key: text[start:start + size]}, None, None
        for i, call in enumerate(reply.get("tool_calls") or []):
            yield {"tool_calls": [{"index": i, "id": call["id"], "type": "function",
                                   "function": {"name": call["function"]["name"], "arguments": ""}}]}, None, None
            args = call["function"]["arguments"]
            for start in range(0, len(args), size):
                yield {"tool_calls": [{"index": i, "function": {"arguments": args[start:start + size]}}]}, None, None
        call = reply.get("function_call")
        if call:
            yield {"function_call": {"name": call["name"], "arguments": ""}}, None, None
            for start in range(0, len(call["arguments"]), size):
                yield {"function_call": {"arguments": call["arguments"][start:start + size]}}, None, None
        yield {}, None, finish

    async def _stream(self, body: dict, chat: bool, choices: list[dict], fault: str | None):
        self.state.streams_started += 1
        envelope = self._envelope(body, chat, True)
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        sent = 0
        finished = False
        try:
            for c in choices:
                for piece, logprobs, finish in self._pieces(body, chat, c):
                    if sent == 3 and fault == "hang_mid_stream":
                        await asyncio.sleep(self.config.hang_s)
                    if sent == 3 and fault == "reset":
                        raise ConnectionResetError("emulated reset mid-stream")
                    choice = ({"index": c["index"], "delta": piece} if chat else {"index": c["index"], "text": piece})
                    choice.update(logprobs=logprobs, finish_reason=finish)
                    chunk = {**envelope, "choices": [choice]}
                    if include_usage:
                        chunk["usage"] = None
                    yield b"data: " + orjson.dumps(chunk) + b"\n\n"
                    sent += 1
                    if self.config.chunk_delay_s:
                        await asyncio.sleep(self.config.chunk_delay_s)
            if include_usage:
                yield b"data: " + orjson.dumps({**envelope, "choices": [], "usage": self._usage(body, choices)}) + b"\n\n"
            yield b"data: [DONE]\n\n"
            finished = True
        finally:
            if finished:
                self.state.streams_completed += 1
            else:
                self.state.streams_aborted += 1

    async def _reset_body(self):
        yield b'{"id": "cmpl-partial", "choi'
        raise ConnectionResetError("emulated reset")


def _scripted_finish(reply: dict) -> str:
    if reply.get("tool_calls"):
        return "tool_calls"
    return "function_call" if reply.get("function_call") else "stop"


def serve(config: EmulatorConfig | None = None, port: int | None = None) -> tuple[Emulator, ServerThread]:
    """Start an emulator on a free local port; returns (emulator, running server)."""
    emulator = Emulator(config)
    return emulator, ServerThread(emulator.app, port=port).start()


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description="OpenAI-emulating upstream for tests and benchmarks")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9100)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--chunk-delay-ms", type=float, default=0.0)
    parser.add_argument("--reply-words", type=int, default=12)
    parser.add_argument("--model", action="append", default=None)
    args = parser.parse_args()
    config = EmulatorConfig(latency_s=args.latency_ms / 1000, chunk_delay_s=args.chunk_delay_ms / 1000,
                            reply_words=args.reply_words, models=args.model or ["emu-model"])
    uvicorn.run(Emulator(config).app, host=args.host, port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
