"""Sluice inference core: DeepSeek-V2/V3 (MLA + MoE) with a paged latent KV cache, and DeepSeek-V4
(`inference/v4/`: sliding / compressed sparse / heavily compressed attention, mHC, hash MoE).

Public API: `LLM`, `SamplingParams`, `AsyncEngine`, `RequestOutput`, `CompletionOutput`, `Logprob`.
Names are imported on first use, so the plain-Python parts (block manager, scheduler) and the
error classes load without torch.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "LLM": "sluice.inference.llm",
    "AsyncEngine": "sluice.inference.async_engine",
    "LLMEngine": "sluice.inference.engine",
    "SamplingParams": "sluice.inference.sampling_params",
    "RequestOutput": "sluice.inference.outputs",
    "CompletionOutput": "sluice.inference.outputs",
    "Logprob": "sluice.inference.outputs",
    "InferenceError": "sluice.inference.errors",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'sluice.inference' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
