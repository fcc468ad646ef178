"""Runs DeepSeek-V4 inside the engine: each sequence keeps its own `V4Cache` (window ring,
compressed entries, indexer keys), so the scheduler's continuous batching, chunked prefill,
preemption and cancellation work unchanged; sampling and logprobs are `ModelRunner`'s.

Not done yet: the paged cache. The block manager only accounts for V4 state (its blocks hold no
tensors), prefix caching is off for V4, sequences run one after another within a step, and there is
no tensor / expert parallelism.
"""

from __future__ import annotations

from pathlib import Path

import torch

from sluice.inference.engine_config import EngineConfig
from sluice.inference.errors import ConfigError, InferenceErrorCode
from sluice.inference.model_runner import ModelRunner
from sluice.inference.parallel import ParallelContext
from sluice.inference.sequence import Sequence
from sluice.inference.v4.config import CSA, SLIDING, V4Config
from sluice.inference.v4.loader import load_v4_weights
from sluice.inference.v4.model import DeepseekV4ForCausalLM, V4Cache


class V4Runner(ModelRunner):
    supports_prefix_caching = False  # a block of tokens does not hold the compressors' state

    def __init__(
        self,
        cfg: V4Config,
        model_dir: str | Path,
        *,
        device: torch.device,
        dtype: torch.dtype,
        config: EngineConfig,
        parallel: ParallelContext | None = None,
    ) -> None:
        par = parallel or ParallelContext()
        if par.world_size > 1:
            raise ConfigError(
                "DeepSeek-V4 runs on one process for now (no tensor / expert parallelism)",
                code=InferenceErrorCode.INVALID_ENGINE_ARG,
            )
        self.cfg, self.device, self.dtype, self.par = cfg, device, dtype, par
        self.block_size = config.block_size
        self.model = DeepseekV4ForCausalLM(cfg, dtype=dtype, device=device)
        load_v4_weights(self.model, model_dir)
        self.model.eval()
        self.caches: dict[int, V4Cache] = {}
        self.kv_cache = None
        self.generator = torch.Generator(device=device)
        self.generator.manual_seed(config.seed)

    def allocate_cache(self, num_blocks: int) -> None:
        """Per-sequence state grows on demand; the block count only bounds admission."""

    @staticmethod
    def bytes_per_block(cfg: V4Config, block_size: int, dtype: torch.dtype) -> int:
        """Cache bytes a block of tokens adds: compressed entries (and CSA indexer keys) per layer.
        The window ring is a fixed cost per sequence and is not counted here."""
        per_token = 0.0
        for layer, kind in enumerate(cfg.layer_types):
            if kind == SLIDING:
                continue
            per_token += cfg.head_dim / cfg.compress_rate(layer)
            if kind == CSA:
                per_token += cfg.index_head_dim / cfg.csa_rate
        size = torch.empty((), dtype=dtype).element_size()
        return max(1, int(per_token * block_size * size + 0.5))

    def forward(self, seqs: list[Sequence], num_new: list[int]) -> torch.Tensor:
        hidden = []
        for seq, n in zip(seqs, num_new):
            start = seq.num_computed_tokens
            cache = self.caches.get(seq.seq_id)
            if cache is None or cache.length != start:  # new, or preempted and recomputed
                cache = self.caches[seq.seq_id] = self.model.new_cache()
                if start:  # tokens the scheduler counts as computed: rebuild their state
                    self.model(self._ids(seq, 0, start), cache)
            hidden.append(self.model(self._ids(seq, start, start + n), cache))
        return torch.cat(hidden)

    def _ids(self, seq: Sequence, start: int, end: int) -> torch.Tensor:
        return torch.tensor(seq.token_ids[start:end], dtype=torch.long, device=self.device)

    def release(self, seq_id: int) -> None:
        self.caches.pop(seq_id, None)

    def follow(self) -> None:
        raise ConfigError("DeepSeek-V4 has no follower ranks", code=InferenceErrorCode.INVALID_ENGINE_ARG)
