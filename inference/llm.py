"""Offline batch API: `LLM(model_dir).generate(prompts, params)`."""

from __future__ import annotations

import itertools
from pathlib import Path

from sluice.inference.engine import LLMEngine
from sluice.inference.errors import InvalidRequestError
from sluice.inference.outputs import RequestOutput
from sluice.inference.sampling_params import SamplingParams

Prompt = str | list[int]


class LLM:
    def __init__(
        self, model_dir: str | Path, device: str = "cpu", dtype: str = "auto", **engine_args
    ) -> None:
        self.engine = LLMEngine(model_dir, device=device, dtype=dtype, **engine_args)
        self._ids = itertools.count()

    def close(self) -> None:
        """Release follower ranks under tensor/expert parallelism (nothing to do on one process)."""
        self.engine.close()

    @property
    def tokenizer(self):
        return self.engine.tokenizer

    def get_default_sampling_params(self) -> SamplingParams:
        """`SamplingParams()` with the checkpoint's recommended settings (its `generation_config.json`)."""
        return SamplingParams(**self.engine.sampling_defaults)

    def generate(
        self,
        prompts: str | list[str] | list[int] | list[list[int]],
        params: SamplingParams | list[SamplingParams] | None = None,
        *,
        cache_salt: str | None = None,
    ) -> list[RequestOutput]:
        """Run every prompt to completion; outputs come back in prompt order. Prefix-cache blocks
        are shared only among requests with the same `cache_salt` (see `LLMEngine.add_request`)."""
        items = _normalize(prompts)
        if params is None or isinstance(params, SamplingParams):
            params_list = [params or self.get_default_sampling_params()] * len(items)
        else:
            params_list = list(params)
            if len(params_list) != len(items):
                raise InvalidRequestError("give one SamplingParams per prompt, or a single one for all")
        ids = [f"llm-{next(self._ids)}" for _ in items]
        try:
            for rid, prompt, p in zip(ids, items, params_list):
                self.engine.add_request(rid, prompt, p, cache_salt=cache_salt)
            final: dict[str, RequestOutput] = {}
            while len(final) < len(ids):
                for out in self.engine.step(finished_only=True):
                    final[out.request_id] = out
        except BaseException:
            for rid in ids:
                self.engine.abort(rid)
            raise
        return [final[rid] for rid in ids]


def _normalize(prompts) -> list[Prompt]:
    if isinstance(prompts, str):
        return [prompts]
    if isinstance(prompts, (list, tuple)):
        if prompts and all(isinstance(t, int) and not isinstance(t, bool) for t in prompts):
            return [list(prompts)]
        if all(isinstance(p, str) or isinstance(p, (list, tuple)) for p in prompts):
            return [p if isinstance(p, str) else list(p) for p in prompts]
    raise InvalidRequestError(
        "prompts must be a string, a list of strings, a token-id list or a list of those"
    )
