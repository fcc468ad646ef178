"""Runs DeepSeek-V4 inside the engine over a paged cache, all of a step's sequences in one model call.

Each step's decode rows and chunked-prefill rows go through the model together: projections, mHC
and the MoE run over every token at once. A step of decode rows only (one token per sequence, torch
backend) runs attention batch-wide with a fixed number of ops (`v4.paged_decode`); otherwise it
runs per sequence against the paged cache (`v4.paged_attention`). Compressed CSA / HCA entries
and CSA indexer keys live in blocks addressed through the sequence's block table
(`v4.paged_cache`), the window rings and the compressors' open windows in a slot per running
sequence. Memory planning counts both: paged bytes per block and a
fixed cost per slot (`max_num_seqs` sequence slots plus as many prefix snapshots).

Prefix caching reuses blocks up to share boundaries (multiples of lcm(block size, CSA rate, HCA
rate)) with a snapshot of the unpaged state, salted per tenant like V2/V3 (`v4.block_manager`).
Preemption recomputes; preempted, finished and aborted sequences give back their blocks and slot.
Sampling and logprobs are `ModelRunner`'s.

Tensor / expert parallelism (`parallel` with world_size > 1) splits heads, output groups, routed
and shared experts over ranks (`v4.sharding`); rank 0 schedules and samples and broadcasts each
step (token ids, positions, per-sequence rows / slots / block tables / snapshot captures and the
snapshot restores), and the followers (`parallel_worker.run_follower`) run the same step, so every
rank's paged cache, window rings and compressor state stay identical (they are replicated).

Kernels: with `kernel_backend="triton"` (`ops.select_backend`) the paged path calls the V4 Triton
kernels through `ops.dispatch` (adapters in `v4.kernel_ops`): `swa_prefill` for sliding layers,
`sparse_attention` for CSA / HCA layers (window plus chosen entries, decode and prefill),
`indexer_topk`, `compress_kv` and `hc_pre` / `hc_post`. Attention and the indexer are one launch
per layer and step; the compressor still launches once per sequence and compressor.
When the checkpoint's routed experts are FP4, the triton backend keeps them packed (`v4.fp4_experts`:
about 4.25 bits per weight) and runs each layer's routed experts as one `fused_moe_fp4` call; the torch
backend dequantises them at load. The projections, norms, rotary and the final mHC collapse stay torch.
CUDA graphs (`cuda_graphs`): pure decode steps replay the position-wise halves of each layer from
per-bucket graphs, the attention between them runs eagerly (`v4.decode_graphs` says which and why).

The torch backend stacks the routed experts after loading (`MoE.stack_experts`, the experts' weights
become views): on CPU fp32 batches of up to 512 tokens run the whole MoE block as one C call over the
chosen experts only (`v4.moe_sparse_kernel`); elsewhere small batches run every local expert over the
batch in one batched matmul; larger ones (prefill) loop over the chosen experts. Pure decode steps on the torch backend run
attention batch-wide (`v4.paged_decode`); mixed and prefill steps, and the triton backend, use
`PagedLayer` per sequence.
`DeepseekV4ForCausalLM.forward` with a `V4Cache` stays as the per-sequence reference.

On CPU in fp32 the mHC mixing (with the block input's norm) and write-back, the RMSNorms with the
rotary that follows them, the closing of compression windows, the MoE block of a small batch (or the
router with the dense experts' SwiGLU), the decode step's sink attention (reading the window rings and
the chosen entries in place) and the prefill's sink attention run as one C call each (`v4.hc_kernel`,
`v4.norm_kernel`, `v4.compress_kernel`, `v4.moe_sparse_kernel`, `v4.moe_kernel`, `v4.sink_kernel`,
`v4.prefill_kernel`; built with the system C compiler at start-up and cached by `v4.c_build`;
`SLUICE_V4_C_KERNELS=0` or no compiler keeps the torch ops, with PyTorch's fused CPU attention kernel
for the prefill's sink attention, `attention.fused_sink_attention`).
"""

from __future__ import annotations

import array
import logging
from dataclasses import dataclass
from pathlib import Path

import torch

from sluice.inference import ops
from sluice.inference.engine_config import EngineConfig
from sluice.inference.model_runner import ModelRunner
from sluice.inference.parallel import ParallelContext
from sluice.inference.sequence import Sequence
from sluice.inference.v4 import (
    compress_kernel,
    hc_kernel,
    moe_kernel,
    moe_sparse_kernel,
    norm_kernel,
    paged_cache,
    prefill_kernel,
    sink_kernel,
)
from sluice.inference.v4.block_manager import V4BlockManager
from sluice.inference.v4.config import V4Config
from sluice.inference.v4.decode_graphs import V4DecodeGraphs
from sluice.inference.v4.fp4_experts import packed_bytes
from sluice.inference.v4.loader import load_v4_weights
from sluice.inference.v4.model import DeepseekV4ForCausalLM
from sluice.inference.v4.paged_attention import PagedLayer, SeqRows
from sluice.inference.v4.paged_decode import DecodeStep, long_tensor

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class V4Step:
    """One step in plain Python, as rank 0 broadcasts it: snapshot restores (snapshot, slot), token
    ids, positions and per sequence (first row, end row, first position, slot, block table, captures)."""

    copies: list[tuple[int, int]]
    ids: list[int]
    positions: list[int]
    rows: list[tuple[int, int, int, int, list[int], tuple[tuple[int, int], ...]]]


def keeps_fp4_experts(cfg: V4Config) -> bool:
    """Routed experts stay packed in FP4 when the checkpoint stores them so and the triton backend runs
    them (`fused_moe_fp4`); the torch backend dequantises them at load."""
    fp4 = cfg.quant is not None and cfg.quant.expert_dtype == "fp4"
    return fp4 and ops.active_backend() == "triton"


class V4Runner(ModelRunner):
    supports_prefix_caching = True  # at share boundaries, with snapshots of the unpaged state

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
        self.cfg, self.device, self.dtype, self.par = cfg, device, dtype, par
        self.block_size = config.block_size
        self.num_seq_slots = config.max_num_seqs
        self.num_snapshots = config.max_num_seqs if config.enable_prefix_caching else 0
        self.fp4_experts = keeps_fp4_experts(cfg)
        self.model = DeepseekV4ForCausalLM(cfg, par, dtype=dtype, device=device, fp4_experts=self.fp4_experts)
        load_v4_weights(self.model, model_dir)
        for block in self.model.layers:
            block.ffn.stack_experts()
            if device.type == "cpu":
                block.attn.fuse_projections()
        self.model.eval()
        if device.type == "cpu" and ops.active_backend() == "torch" and all(
                kernel.prepare() for kernel in (hc_kernel, norm_kernel, compress_kernel, moe_kernel,
                                                moe_sparse_kernel, sink_kernel, prefill_kernel)):
            logger.info("mHC mixing, norms / rotary, closing windows, the MoE block and the attention run "
                        "as C calls (%s=0 turns it off)", hc_kernel.ENV_VAR)
        # (bytes of the routed experts as held, bytes they would take dequantised to `dtype`)
        self.expert_bytes = packed_bytes(self.model, dtype) if self.fp4_experts else None
        if self.expert_bytes:
            held, full = self.expert_bytes
            logger.info("routed experts kept in FP4: %d bytes (%d dequantised to %s, %d saved)",
                        held, full, dtype, full - held)
        self.kv_cache: paged_cache.V4PagedCache | None = None
        self.blocks: V4BlockManager | None = None
        self.generator = torch.Generator(device=device)
        self.generator.manual_seed(config.seed)

    @staticmethod
    def bytes_per_block(cfg: V4Config, block_size: int, dtype: torch.dtype) -> int:
        """Paged bytes a block adds: compressed entries (and CSA indexer keys) per layer type."""
        return paged_cache.bytes_per_block(cfg, block_size, dtype)

    def fixed_cache_bytes(self) -> int:
        """Slots: one per running sequence and one (smaller) per prefix snapshot."""
        seq = paged_cache.bytes_per_slot(self.cfg, self.dtype)
        snapshot = paged_cache.bytes_per_slot(self.cfg, self.dtype, snapshot=True)
        return self.num_seq_slots * seq + self.num_snapshots * snapshot

    def allocate_cache(self, num_blocks: int) -> None:
        self.kv_cache = paged_cache.V4PagedCache(
            self.cfg, num_blocks, self.block_size, self.num_seq_slots, self.num_snapshots,
            dtype=self.dtype, device=self.device,
        )  # fmt: skip

    def make_block_manager(self, num_blocks: int, *, enable_prefix_caching: bool) -> V4BlockManager:
        self.blocks = V4BlockManager(
            num_blocks,
            self.block_size,
            rates=(self.cfg.csa_rate, self.cfg.hca_rate),
            num_seq_slots=self.num_seq_slots,
            num_snapshots=self.num_snapshots,
            enable_prefix_caching=enable_prefix_caching,
        )
        return self.blocks

    def capture_decode_graphs(self, *, max_batch: int, max_blocks: int) -> list[int]:
        """Piecewise decode graphs (`v4.decode_graphs`) on CUDA with the triton backend, one process and
        packed FP4 experts (the MoE without host synchronisation); the buckets captured, none elsewhere."""
        if (self.device.type != "cuda" or ops.active_backend() != "triton" or self.par.world_size > 1
                or not self.fp4_experts or self.kv_cache is None):
            return []
        self.graphs = V4DecodeGraphs(self.model, max_batch=max_batch, device=self.device, dtype=self.dtype)
        self.graphs.capture_all()
        return self.graphs.sizes

    def forward(self, seqs: list[Sequence], num_new: list[int]) -> torch.Tensor:
        step = self._plan(seqs, num_new)
        if self.par.world_size > 1:
            self.par.broadcast_object(("forward", step))
        return self._run(step)

    def _plan(self, seqs: list[Sequence], num_new: list[int]) -> V4Step:
        ids: list[int] = []
        positions: list[int] = []
        rows = []
        for seq, n in zip(seqs, num_new):
            start = seq.num_computed_tokens
            ids.extend(seq.token_ids[start : start + n])
            positions.extend(range(start, start + n))
            slot, captures = self.blocks.slot_of[seq.seq_id], tuple(self.blocks.captures(seq))
            rows.append((len(ids) - n, len(ids), start, slot, list(seq.block_table), captures))
        return V4Step(list(self.blocks.take_copies()), ids, positions, rows)

    def _run(self, step: V4Step) -> torch.Tensor:
        cache, dev = self.kv_cache, self.device
        for snapshot, slot in step.copies:
            cache.restore(snapshot, slot)
        ids = long_tensor(array.array("q", step.ids), dev)
        positions = long_tensor(array.array("q", step.positions), dev)
        if _is_decode(step):  # one token per sequence: batch-wide attention (`v4.paged_decode`)
            slots, tables = [r[3] for r in step.rows], [r[4] for r in step.rows]
            decode = DecodeStep(cache, slots, step.positions, tables, dev)
            views = [decode.layer(layer) for layer in range(self.cfg.num_hidden_layers)]
            hidden = self._forward(step, ids, positions, views)
            decode.capture([(r[3], snapshot) for r in step.rows for _, snapshot in r[5]])
            return hidden
        rows = [
            SeqRows(first, end, start, slot, torch.tensor(table, dtype=torch.long, device=dev), captures)
            for first, end, start, slot, table, captures in step.rows
        ]
        views = [PagedLayer(cache, layer, rows) for layer in range(self.cfg.num_hidden_layers)]
        return self._forward(step, ids, positions, views)

    def _forward(self, step: V4Step, ids: torch.Tensor, positions: torch.Tensor, views: list) -> torch.Tensor:
        """The model over the step's tokens: replayed from a decode graph where one covers the step,
        eagerly otherwise (either kind of attention view fits both)."""
        if self.graphs is not None and self.graphs.covers(len(step.ids), [row[:2] for row in step.rows]):
            return self.graphs.run(ids, positions, views)
        return self.model.run(ids, positions, views)

    @torch.inference_mode()
    def follow(self) -> None:
        """Ranks > 0: run rank 0's steps on this rank's share of the model until released."""
        while True:
            kind, step = self.par.broadcast_object(None)
            if kind == "stop":
                return
            self._run(step)


def _is_decode(step: V4Step) -> bool:
    """Every sequence adds one token (a share boundary reached is the one right after it) and the
    attention runs on the torch backend (the triton kernels take `PagedLayer`'s layout)."""
    if ops.active_backend() != "torch":
        return False
    return all(end - first == 1 and all(pos == start + 1 for pos, _ in captures)
               for first, end, start, _, _, captures in step.rows)
