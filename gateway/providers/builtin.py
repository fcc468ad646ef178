"""The built-in inference engine as a provider, in-process through ``inference.AsyncEngine``."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

from gateway.providers import engine_format as fmt
from gateway.providers.base import CHAT, ModelProvider, ProviderCall, ProviderResources, register_kind
from gateway.providers.engine_holder import ENGINE_KEY, EngineHolder
from gateway.providers.failures import NOT_READY, REJECTED, SERVER_ERROR, ProviderFailure
from gateway.providers.spec import ProviderSpec


def _text_of(content) -> str:
    if content is None or isinstance(content, str):
        return content or ""
    return "".join(part.get("text", "") for part in content if isinstance(part, dict) and part.get("type") == "text")


def _prompts(call: ProviderCall, tokenizer) -> list:
    body = call.body
    if call.endpoint == CHAT:
        messages = [{"role": m.get("role"), "content": _text_of(m.get("content"))} for m in body["messages"]]
        return [tokenizer.apply_chat_template(messages, add_generation_prompt=True)]
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


def _params(call: ProviderCall, prompt_len: int, max_model_len: int):
    from inference import SamplingParams

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
    return SamplingParams(n=body.get("n") or 1, max_tokens=min(max_tokens, room),
                          temperature=1.0 if body.get("temperature") is None else body["temperature"],
                          top_p=1.0 if body.get("top_p") is None else body["top_p"], seed=body.get("seed"),
                          stop=body.get("stop"), logprobs=logprobs)


@register_kind("builtin")
class BuiltinProvider(ModelProvider):
    tools_capable = False

    def __init__(self, spec: ProviderSpec, resources: ProviderResources):
        super().__init__(spec, resources)
        self._holder: EngineHolder | None = resources.extras.get(ENGINE_KEY)

    def readiness(self) -> tuple[bool, str]:
        return self._holder.readiness() if self._holder else (False, "no built-in engine in this process")

    def _engine(self):
        if self._holder is None or self._holder.engine is None:
            ok, detail = self.readiness()
            raise ProviderFailure(NOT_READY, f"the built-in engine is not ready ({detail})", retry_after=5)
        return self._holder.engine

    async def send(self, call: ProviderCall) -> dict:
        final: dict | None = None
        async for body in self._run(call, streaming=False):
            final = body
        return final

    def stream(self, call: ProviderCall) -> AsyncIterator[dict]:
        return self._run(call, streaming=True)

    async def _run(self, call: ProviderCall, *, streaming: bool) -> AsyncIterator[dict]:
        engine = self._engine()
        chat = call.endpoint == CHAT
        body = call.body
        unsupported = _unsupported(body)
        if unsupported:
            raise ProviderFailure(REJECTED, f"'{unsupported}' is not supported by the built-in engine", status=400,
                                  code="unsupported_parameter")
        try:
            prompts = _prompts(call, engine.tokenizer)
            encoded = [p if isinstance(p, list) else engine.tokenizer.encode(p) for p in prompts]
            params = [_params(call, len(ids), engine.max_model_len) for ids in encoded]
        except ValueError as exc:
            raise ProviderFailure(REJECTED, str(exc)[:300], status=400, code="invalid_request") from None
        n = params[0].n
        top = (body.get("top_logprobs") or 0) if chat else (body.get("logprobs") or 0)
        envelope = {"id": ("chatcmpl-" if chat else "cmpl-") + call.request_id,
                    "object": ("chat.completion" if chat else "text_completion") + (".chunk" if streaming and chat else ""),
                    "created": int(time.time()), "model": body.get("model")}
        queue: asyncio.Queue = asyncio.Queue()
        ids = [f"{call.request_id}-{i}" for i in range(len(prompts))]

        async def pump(i: int) -> None:
            try:
                async for out in engine.generate(prompts[i], params[i], request_id=ids[i]):
                    await queue.put((i, out))
                await queue.put((i, None))
            except Exception as exc:  # delivered to the consumer, which raises it as a failure
                await queue.put((i, exc))

        tasks = [asyncio.create_task(pump(i)) for i in range(len(prompts))]
        seen: dict[int, tuple[int, int]] = {}  # choice -> (chars sent, tokens sent)
        finals: dict[int, dict] = {}
        prompt_tokens, completion_tokens, running = 0, 0, len(prompts)
        decode = engine.tokenizer.decode
        try:
            while running:
                i, out = await queue.get()
                if out is None:
                    running -= 1
                    prompt_tokens += len(encoded[i])
                    continue
                if isinstance(out, BaseException):
                    kind = REJECTED if isinstance(out, ValueError) else SERVER_ERROR
                    raise ProviderFailure(kind, f"the built-in engine failed: {type(out).__name__}", status=400,
                                          code="invalid_request")
                choices = []
                for comp in out.outputs:
                    index = i * n + comp.index
                    chars, toks = seen.get(index, (0, 0))
                    text, new_ids = comp.text[chars:], comp.token_ids[toks:]
                    if not streaming and not comp.finished:
                        continue
                    if streaming and not text and not new_ids and not comp.finished:
                        continue
                    seen[index] = (len(comp.text), len(comp.token_ids))
                    positions = (comp.logprobs or [])[toks:] if top is not None and comp.logprobs else None
                    if chat:
                        lp = fmt.chat_logprobs(positions, new_ids, decode, top) if positions is not None else None
                        if streaming:
                            delta = {"content": text} if toks else {"role": "assistant", "content": text}
                            choices.append(fmt.chat_delta(index, delta, comp.finish_reason, lp))
                        else:
                            finals[index] = fmt.chat_choice(index, comp.text, comp.finish_reason, lp)
                    else:
                        lp = (fmt.completion_logprobs(positions, new_ids, decode, top, chars)
                              if positions is not None else None)
                        if streaming:
                            choices.append(fmt.completion_choice(index, text, comp.finish_reason, lp))
                        else:
                            finals[index] = fmt.completion_choice(index, comp.text, comp.finish_reason, lp)
                    if comp.finished:
                        completion_tokens += len(comp.token_ids)
                if streaming and choices:
                    yield {**envelope, "choices": choices}
            usage = fmt.usage(prompt_tokens, completion_tokens)
            if streaming:
                yield {**envelope, "choices": [], "usage": usage}
            else:
                yield {**envelope, "choices": [finals[k] for k in sorted(finals)], "usage": usage}
        finally:
            for task in tasks:
                task.cancel()
            if running:
                for request_id in ids:
                    await engine.abort(request_id)
