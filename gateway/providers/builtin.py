"""The built-in inference engine as a provider, in-process through ``inference.AsyncEngine``.

Each call's tenant is the engine's cache salt: tenants never share prefix-cache blocks, so one
cannot learn from response timing whether another recently sent the same prompt.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.providers import engine_format as fmt
from sluice.gateway.providers.base import CHAT, ModelProvider, ProviderCall, ProviderResources
from sluice.gateway.providers.builtin_prompt import TOOL_FORMATS, chat_mode, chat_prompt
from sluice.gateway.providers.engine_holder import EngineHolder
from sluice.gateway.providers.engine_reply import ReplyParser
from sluice.gateway.providers.failures import ENGINE_DOWN, NOT_READY, REJECTED, SERVER_ERROR, ProviderFailure
from sluice.gateway.providers.spec import ProviderSpec


def _prompts(call: ProviderCall, engine) -> list:
    body = call.body
    if call.endpoint == CHAT:
        return [chat_prompt(body, engine.tokenizer, engine.chat_format)]  # message text never becomes markup
    prompt = body["prompt"]
    if isinstance(prompt, str) or (prompt and isinstance(prompt[0], int)):
        return [prompt]
    return list(prompt)


def _unsupported(body: dict) -> str | None:
    """Request options the built-in engine cannot honour (refused rather than silently ignored)."""
    if body.get("echo") or body.get("suffix"):
        return "echo" if body.get("echo") else "suffix"
    if (body.get("best_of") or 1) > (body.get("n") or 1):
        return "best_of"
    if body.get("logit_bias"):
        return "logit_bias"
    for name in ("frequency_penalty", "presence_penalty"):
        if body.get(name):
            return name
    return None


def _params(call: ProviderCall, prompt_len: int, max_model_len: int, defaults: dict):
    from sluice.inference import SamplingParams  # loads torch: only once a builtin provider is called

    body = call.body
    chat = call.endpoint == CHAT
    max_tokens = body.get("max_completion_tokens") or body.get("max_tokens")
    room = max(1, max_model_len - prompt_len)
    if max_tokens is None:
        max_tokens = room if chat else 16
    if chat:
        logprobs = (body.get("top_logprobs") or 0) if body.get("logprobs") else None
    else:
        logprobs = body.get("logprobs")
    # what the request leaves out: the checkpoint's generation_config.json, then the OpenAI defaults
    temperature = body.get("temperature")
    top_p = body.get("top_p")
    return SamplingParams(n=body.get("n") or 1, max_tokens=min(max_tokens, room),
                          temperature=defaults.get("temperature", 1.0) if temperature is None else temperature,
                          top_p=defaults.get("top_p", 1.0) if top_p is None else top_p,
                          top_k=defaults.get("top_k", -1), seed=body.get("seed"), stop=body.get("stop"),
                          logprobs=logprobs)


LOAD_WAIT_S = 30.0  # a request that arrives while the model loads waits this long before `not ready`


class BuiltinProvider(ModelProvider):
    kind = "builtin"

    def __init__(self, spec: ProviderSpec, resources: ProviderResources):
        super().__init__(spec, resources)
        self._holder: EngineHolder | None = resources.engine

    @property
    def supports_tools(self) -> bool:
        """Tools need a model whose replies are parsed into tool calls; while the engine loads this is
        not known yet, and the request waits for the engine's own answer (not ready)."""
        engine = self._holder.engine if self._holder else None
        return self.spec.supports_tools and (engine is None or engine.chat_format in TOOL_FORMATS)

    def readiness(self) -> tuple[bool, str]:
        return self._holder.readiness() if self._holder else (False, "no built-in engine in this process")

    def _engine(self):
        if self._holder is not None and self._holder.engine is None and self._holder.down:
            raise ProviderFailure(ENGINE_DOWN, f"the built-in engine is down ({self._holder.readiness()[1]})",
                                  retry_after=self._holder.retry_after_s())
        if self._holder is None or self._holder.engine is None:
            ok, detail = self.readiness()
            raise ProviderFailure(NOT_READY, f"the built-in engine is not ready ({detail})", retry_after=5)
        return self._holder.engine

    async def send(self, call: ProviderCall) -> dict:
        final: dict | None = None
        async for body in self._run(call, streaming=False):
            final = body
        return final

    async def stream(self, call: ProviderCall) -> AsyncIterator[list[dict]]:
        chunks = self._run(call, streaming=True)
        try:
            async for chunk in chunks:
                yield [chunk]
        finally:
            await chunks.aclose()

    async def _run(self, call: ProviderCall, *, streaming: bool) -> AsyncIterator[dict]:
        if self._holder is not None and self._holder.engine is None:
            await self._holder.wait_loaded(LOAD_WAIT_S)
        engine = self._engine()
        unsupported = _unsupported(call.body)
        if unsupported:
            raise ProviderFailure(REJECTED, f"'{unsupported}' is not supported by the built-in engine",
                                  status=400, code=ErrorCode.UNSUPPORTED_PARAMETER)
        try:
            prompts = _prompts(call, engine)
            encoded = [p if isinstance(p, list) else engine.tokenizer.encode(p) for p in prompts]
            params = [_params(call, len(ids), engine.max_model_len, engine.sampling_defaults) for ids in encoded]
        except ValueError as exc:
            raise ProviderFailure(REJECTED, str(exc)[:300], status=400,
                                  code=ErrorCode.INVALID_REQUEST) from None
        chunks = _Assembler(call, streaming=streaming, n=params[0].n, decode=engine.tokenizer.decode,
                            chat_format=engine.chat_format)
        queue: asyncio.Queue = asyncio.Queue()
        ids = [f"{call.request_id}-{i}" for i in range(len(prompts))]

        async def pump(i: int) -> None:
            try:
                async for out in engine.generate(prompts[i], params[i], request_id=ids[i],
                                                 cache_salt=call.tenant_id or None):
                    await queue.put((i, out))
                await queue.put((i, None))
            except Exception as exc:  # delivered to the consumer, which raises it as a failure
                await queue.put((i, exc))

        tasks = [asyncio.create_task(pump(i)) for i in range(len(prompts))]
        prompt_tokens, running = 0, len(prompts)
        try:
            while running:
                i, out = await queue.get()
                if out is None:
                    running -= 1
                    prompt_tokens += len(encoded[i])
                elif isinstance(out, BaseException):
                    if isinstance(out, ValueError):
                        raise ProviderFailure(REJECTED, str(out)[:300], status=400,
                                              code=ErrorCode.INVALID_REQUEST)
                    raise ProviderFailure(SERVER_ERROR, f"the built-in engine failed: {type(out).__name__}")
                else:
                    chunk = chunks.update(i, out)
                    if chunk is not None:
                        yield chunk
            yield chunks.last(prompt_tokens)
        finally:
            for task in tasks:
                task.cancel()
            if running:
                for request_id in ids:
                    await engine.abort(request_id)


class _Assembler:
    """Turns the engine's cumulative outputs into OpenAI chunks (deltas) or one final response."""

    def __init__(self, call: ProviderCall, *, streaming: bool, n: int, decode, chat_format: str | None):
        body = call.body
        self.chat = call.endpoint == CHAT
        self.chat_format, self.request_id = chat_format, call.request_id
        self.thinking = chat_mode(body).thinking if self.chat else False
        self.replies: dict[int, ReplyParser] = {}  # choice index -> its reply's parser
        self.streaming = streaming
        self.n = n
        self.decode = decode
        self.top = (body.get("top_logprobs") or 0) if self.chat else (body.get("logprobs") or 0)
        kind = "chat.completion" if self.chat else "text_completion"
        self.envelope = {"id": ("chatcmpl-" if self.chat else "cmpl-") + call.request_id,
                         "object": kind + (".chunk" if streaming and self.chat else ""),
                         "created": int(time.time()), "model": body.get("model")}
        self.sent: dict[int, tuple[int, int]] = {}  # choice index -> (characters, tokens) already sent
        self.finals: dict[int, dict] = {}
        self.completion_tokens = 0

    def update(self, prompt_index: int, out) -> dict | None:
        choices = []
        for comp in out.outputs:
            if not self.streaming and not comp.finished:
                continue
            index = prompt_index * self.n + comp.index
            chars, toks = self.sent.get(index, (0, 0))
            text, new_ids = comp.text[chars:], comp.token_ids[toks:]
            if not text and not new_ids and not comp.finished:
                continue
            self.sent[index] = (len(comp.text), len(comp.token_ids))
            positions = comp.logprobs[toks:] if comp.logprobs else None
            if comp.finished:
                self.completion_tokens += len(comp.token_ids)
            if self.streaming:
                choice = self._choice(index, text, new_ids, positions, comp.finish_reason, chars,
                                      first=not toks, finished=comp.finished)
                if choice is not None:
                    choices.append(choice)
            else:
                self.finals[index] = self._choice(index, comp.text, new_ids, positions, comp.finish_reason, 0)
        return {**self.envelope, "choices": choices} if choices else None

    def reply(self, index: int) -> ReplyParser:
        if index not in self.replies:
            self.replies[index] = ReplyParser(self.chat_format, thinking=self.thinking,
                                              call_id_prefix=f"call_{self.request_id}_{index}_")
        return self.replies[index]

    def _choice(self, index, text, token_ids, positions, finish_reason, offset, first=False,
                finished=True) -> dict | None:
        if self.chat:
            lp = (fmt.chat_logprobs(positions, token_ids, self.decode, self.top)
                  if positions is not None else None)
            reply = self.reply(index)
            if not self.streaming:
                message = reply.message(text)
                return fmt.chat_choice(index, message, reply.finish_reason(finish_reason), lp)
            delta = reply.delta(text, finished)
            if not delta and lp is None and not finished and not first:
                return None  # everything new is held back as possible markup
            if first:
                delta = {"role": "assistant", **({"content": ""} if not delta else delta)}
            return fmt.chat_delta(index, delta, reply.finish_reason(finish_reason), lp)
        lp = (fmt.completion_logprobs(positions, token_ids, self.decode, self.top, offset)
              if positions is not None else None)
        return fmt.completion_choice(index, text, finish_reason, lp)

    def last(self, prompt_tokens: int) -> dict:
        usage = fmt.usage(prompt_tokens, self.completion_tokens)
        if self.streaming:
            return {**self.envelope, "choices": [], "usage": usage}
        return {**self.envelope, "choices": [self.finals[k] for k in sorted(self.finals)], "usage": usage}
