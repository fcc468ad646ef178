"""Runs one scheduled batch: builds the flat token tensors, runs the model, samples, and reports
logprobs. Owns the model weights and the paged latent KV cache."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import torch

from sluice.inference import ops
from sluice.inference.block_manager import BlockManager
from sluice.inference.config import ModelConfig
from sluice.inference.engine_config import EngineConfig
from sluice.inference.errors import ConfigError, InferenceErrorCode
from sluice.inference.block_tables import BlockTables
from sluice.inference.decode_graphs import DecodeGraphs
from sluice.inference.forward_batch import ForwardBatch, build_forward_batch
from sluice.inference.loader import load_weights
from sluice.inference.model import DeepseekForCausalLM
from sluice.inference.parallel import ParallelContext
from sluice.inference.sampler import TokenLogprobs, sample, token_logprobs
from sluice.inference.sequence import Sequence

if TYPE_CHECKING:
    from sluice.inference.architectures import AnyModelConfig


@dataclass
class SeqResult:
    token_id: int | None = None  # None while the prompt is still being prefilled
    logprobs: TokenLogprobs | None = None
    prompt_logprobs: list[TokenLogprobs] = field(default_factory=list)


class ModelRunner:
    supports_prefix_caching = True  # cached blocks hold everything a later request needs
    # Kept in step with the block manager (it is the manager's listener); None for runners that
    # read no paged cache.
    block_tables: BlockTables | None = None
    graphs: DecodeGraphs | None = None  # captured decode steps, where the device allows them

    def __init__(
        self,
        cfg: ModelConfig,
        model_dir: str | Path,
        *,
        device: torch.device,
        dtype: torch.dtype,
        block_size: int,
        parallel: ParallelContext | None = None,
        seed: int = 0,
        load_progress: bool = True,
        keep_fp8: bool = False,
    ) -> None:
        self.cfg, self.device, self.dtype, self.block_size = cfg, device, dtype, block_size
        self.par = parallel or ParallelContext()
        self.model = DeepseekForCausalLM(cfg, self.par, dtype=dtype, device=device, keep_fp8=keep_fp8)
        load_weights(self.model, model_dir, progress=load_progress and self.par.rank == 0)
        self.kv_cache: torch.Tensor | None = None
        self.block_tables = BlockTables(device=device)
        self.generator = torch.Generator(device=device)
        self.generator.manual_seed(seed)

    def allocate_cache(self, num_blocks: int) -> None:
        cfg = self.cfg
        self.kv_cache = torch.zeros(
            cfg.num_hidden_layers,
            num_blocks,
            self.block_size,
            cfg.kv_cache_dim,
            dtype=self.dtype,
            device=self.device,
        )

    def make_block_manager(self, num_blocks: int, *, enable_prefix_caching: bool) -> BlockManager:
        return BlockManager(num_blocks, self.block_size, enable_prefix_caching=enable_prefix_caching,
                            listener=self.block_tables)

    def fixed_cache_bytes(self) -> int:
        """Cache memory that does not grow with the number of blocks (none for the latent cache)."""
        return 0

    @staticmethod
    def bytes_per_block(cfg: ModelConfig, block_size: int, dtype: torch.dtype) -> int:
        return (
            cfg.num_hidden_layers
            * block_size
            * cfg.kv_cache_dim
            * torch.empty((), dtype=dtype).element_size()
        )

    def prepare(self, seqs: list[Sequence], num_new: list[int]) -> ForwardBatch:
        """Decode tokens (one per sequence) must come first in `seqs`."""
        return build_forward_batch(
            seqs, num_new, self.block_tables, block_size=self.block_size, device=self.device
        )

    @staticmethod
    def _logit_rows(seqs: list[Sequence], num_new: list[int]):
        """Which token rows need logits: the last token of each sequence that samples this step,
        and every prompt position whose next-token logprob was asked for and not yet produced.
        Returns (rows, sampling seq indices, their rows' indices, (seq index, first row, first position))."""
        rows: list[int] = []
        samplers: list[int] = []
        sample_rows: list[int] = []
        prompt_rows: list[tuple[int, int, int]] = []
        offset = 0
        for i, (seq, n) in enumerate(zip(seqs, num_new)):
            start = seq.num_computed_tokens
            if seq.params.prompt_logprobs is not None and start < seq.num_prompt_tokens - 1:
                first = max(start, seq.prompt_logprobs_done)
                # positions whose next token is still in the prompt
                last = min(start + n, seq.num_prompt_tokens - 1)
                if first < last:
                    prompt_rows.append((i, len(rows), first))
                    rows.extend(range(offset + first - start, offset + last - start))
            if start + n == seq.num_tokens:
                samplers.append(i)
                sample_rows.append(len(rows))
                rows.append(offset + n - 1)
            offset += n
        return rows, samplers, sample_rows, prompt_rows

    def capture_decode_graphs(self, *, max_batch: int, max_blocks: int) -> list[int]:
        """Capture the decode step per batch-size bucket where it is safe (CUDA, Triton kernels, one
        process, a V2/V3 model); returns the buckets captured (none elsewhere)."""
        if (self.device.type != "cuda" or ops.active_backend() != "triton" or self.par.world_size > 1
                or not isinstance(self.cfg, ModelConfig) or self.kv_cache is None):
            return []
        self.graphs = DecodeGraphs(lambda batch: self.model(batch, self.kv_cache), max_batch=max_batch,
                                   max_blocks=max_blocks, device=self.device)
        self.graphs.capture_all()
        return self.graphs.sizes

    def forward(self, seqs: list[Sequence], num_new: list[int]) -> torch.Tensor:
        """Hidden states of the step's tokens, sequence by sequence in the order of `seqs`."""
        batch = self.prepare(seqs, num_new)
        if self.par.world_size > 1:
            self.par.broadcast_object(("forward", batch.to("cpu")))
        if self.graphs is not None and self.graphs.covers(batch):
            return self.graphs.run(batch)
        return self.model(batch, self.kv_cache)

    def release(self, seq_id: int) -> None:
        """A sequence finished or was aborted (its blocks go back through the block manager)."""

    @torch.inference_mode()
    def execute(self, seqs: list[Sequence], num_new: list[int]) -> list[SeqResult]:
        """Run one step; `seqs` ordered decode-first. Tokens are not appended here."""
        hidden = self.forward(seqs, num_new)
        results = [SeqResult() for _ in seqs]
        rows, samplers, sample_rows, prompt_rows = self._logit_rows(seqs, num_new)
        if not rows:
            return results
        every_row = len(rows) == hidden.shape[0] and rows == list(range(len(rows)))  # e.g. a decode step
        picked = hidden if every_row else hidden[torch.tensor(rows, device=self.device)]
        logits = self.model.compute_logits(picked)
        need_lp = any(seqs[i].params.logprobs is not None for i in samplers) or prompt_rows
        logprobs = torch.log_softmax(logits, dim=-1) if need_lp else None
        if samplers:
            tokens = sample(
                logits if sample_rows == list(range(logits.shape[0])) else logits[sample_rows],
                [seqs[i].params for i in samplers],
                [seqs[i].generator for i in samplers],
                self.generator,
            )
            want = [seqs[i].params.logprobs for i in samplers]
            lps = None
            if any(w is not None for w in want):
                lps = token_logprobs(logprobs[sample_rows], tokens, [w or 0 for w in want])
            for j, i in enumerate(samplers):
                results[i].token_id = tokens[j]
                if lps is not None and want[j] is not None:
                    results[i].logprobs = lps[j]
        for i, first_row, first_pos in prompt_rows:
            seq = seqs[i]
            last = min(seq.num_computed_tokens + num_new[i], seq.num_prompt_tokens - 1)
            count = last - first_pos
            targets = seq.token_ids[first_pos + 1 : last + 1]
            results[i].prompt_logprobs = token_logprobs(
                logprobs[first_row : first_row + count], targets, [seq.params.prompt_logprobs] * count
            )
        return results

    # -- tensor/expert parallelism: rank 0 schedules and samples, the other ranks follow ----------
    def follow(self) -> None:
        """Ranks > 0: run the leader's forward passes (for their collectives) until released."""
        while True:
            kind, batch = self.par.broadcast_object(None)
            if kind == "stop":
                return
            self.model(batch.to(self.device), self.kv_cache)

    def release_followers(self) -> None:
        if self.par.world_size > 1 and self.par.rank == 0:
            self.par.broadcast_object(("stop", None))


def build_runner(
    model_dir: str | Path,
    config: EngineConfig,
    model_config: ModelConfig,
    *,
    device: str,
    dtype: str,
    parallel: ParallelContext,
) -> ModelRunner:
    """Pick device, dtype and kernel backend, then load this rank's share of the weights."""
    dev, torch_dtype = select_device(device, dtype, config, model_config)
    return ModelRunner(
        model_config,
        model_dir,
        device=dev,
        dtype=torch_dtype,
        block_size=config.block_size,
        parallel=parallel,
        seed=config.seed,
        load_progress=config.load_progress,
        keep_fp8=dev.type == "cuda" if config.keep_fp8 is None else config.keep_fp8,
    )


def select_device(
    device: str, dtype: str, config: EngineConfig, model_config: AnyModelConfig
) -> tuple[torch.device, torch.dtype]:
    """The torch device and dtype to run on; selects the kernel backend for that device."""
    dev = torch.device(device)
    if dev.type == "cuda" and not torch.cuda.is_available():
        raise ConfigError("device 'cuda' requested but CUDA is not available",
                          code=InferenceErrorCode.DEVICE_UNAVAILABLE)
    torch_dtype = resolve_dtype(dtype, model_config, dev)
    ops.select_backend(config.kernel_backend, dev)
    return dev, torch_dtype


def resolve_dtype(name: str, cfg: AnyModelConfig, device: torch.device) -> torch.dtype:
    table = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}
    if name == "auto":
        if device.type == "cpu":
            return torch.float32
        return (
            table.get(str(cfg.torch_dtype), torch.bfloat16) if cfg.torch_dtype != "float32" else torch.float32
        )
    if name not in table:
        raise ConfigError(f"dtype {name!r} is not one of {['auto', *table]}")
    return table[name]
