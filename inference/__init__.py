"""Sluice inference core: DeepSeek-V2/V3 (MLA + MoE) with a paged latent KV cache.

Public API: `LLM`, `SamplingParams`, `AsyncEngine`, `RequestOutput`, `CompletionOutput`, `Logprob`.
Names are imported on first use, so the plain-Python parts (block manager, scheduler) and the
error classes load without torch.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "LLM": "inference.llm",
    "AsyncEngine": "inference.async_engine",
    "LLMEngine": "inference.engine",
    "SamplingParams": "inference.sampling_params",
    "RequestOutput": "inference.outputs",
    "CompletionOutput": "inference.outputs",
    "Logprob": "inference.outputs",
    "InferenceError": "inference.errors",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'inference' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
