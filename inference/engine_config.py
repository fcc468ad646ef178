"""Engine arguments: one typed object built from keyword arguments at the edge."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sluice.inference.errors import ConfigError, InferenceErrorCode


@dataclass(frozen=True)
class EngineConfig:
    max_num_seqs: int = 64
    max_num_batched_tokens: int = 2048
    max_prefill_chunk: int | None = None
    block_size: int = 16
    num_kv_blocks: int | None = None  # explicit cache size; otherwise derived from the memory below
    kv_cache_memory_mb: int = 256  # CPU cache budget
    gpu_memory_utilization: float = 0.85  # share of free GPU memory given to the cache
    max_model_len: int | None = None
    enable_prefix_caching: bool = True
    kernel_backend: str | None = None  # "torch" | "triton" | "auto"; None = SLUICE_KERNEL_BACKEND or auto
    seed: int = 0
    load_progress: bool = True
    model_name: str | None = None
    keep_fp8: bool | None = None  # keep FP8 attention weights in FP8; None = on CUDA only
    cuda_graphs: bool = True  # capture the decode step per batch-size bucket (CUDA + Triton backend only)

    @classmethod
    def from_kwargs(cls, **kwargs) -> EngineConfig:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(kwargs) - known)
        if unknown:
            raise ConfigError(
                f"unknown engine arguments {unknown}; known: {sorted(known)}",
                code=InferenceErrorCode.INVALID_ENGINE_ARG,
            )
        cfg = cls(**kwargs)
        for name in ("max_num_seqs", "max_num_batched_tokens", "block_size", "kv_cache_memory_mb"):
            value = getattr(cfg, name)
            if not isinstance(value, int) or value < 1:
                raise ConfigError(f"engine argument {name} must be a positive integer, got {value!r}")
        for name in ("num_kv_blocks", "max_model_len", "max_prefill_chunk"):
            value = getattr(cfg, name)
            if value is not None and (not isinstance(value, int) or value < 1):
                raise ConfigError(f"engine argument {name} must be a positive integer, got {value!r}")
        if not 0.0 < cfg.gpu_memory_utilization <= 1.0:
            raise ConfigError("gpu_memory_utilization must be in (0, 1]")
        return cfg
