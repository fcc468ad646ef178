"""The built-in engine with scripted replies: the real engine's tokenizer, chat format and limits, and
each reply's token ids coming out one token at a time through the real incremental detokenizer, as the
engine streams them. Random tiny weights write no reasoning or tool calls; a script does."""

from __future__ import annotations

from sluice.inference.detokenizer import IncrementalDetokenizer
from sluice.inference.outputs import CompletionOutput, RequestOutput


class ScriptedEngine:
    def __init__(self, engine, replies: list[str]):
        self.engine = engine
        self.replies = list(replies)
        self.prompts: list[list[int]] = []

    def __getattr__(self, name):  # tokenizer, chat_format, max_model_len, model_name
        return getattr(self.engine, name)

    async def generate(self, prompt, params=None, request_id=None, cache_salt=None):
        self.prompts.append(prompt)
        ids = self.tokenizer.encode(self.replies.pop(0), special=True)
        detok = IncrementalDetokenizer(self.tokenizer, prompt)
        for k, token_id in enumerate(ids, 1):
            detok.add(token_id)
            last = k == len(ids)
            if last:
                detok.flush()
            out = CompletionOutput(0, detok.text, ids[:k], finish_reason="stop" if last else None)
            yield RequestOutput(request_id, None, prompt, None, [out], finished=last)

    async def abort(self, request_id: str) -> None:
        pass
