"""Piecewise CUDA graphs of DeepSeek-V4's decode step, one set per batch-size bucket.

A V4 decode step cannot be captured whole: its attention has data-dependent shapes and host work.
Per sequence it reads a window ring filled up to min(position, window), closes a compressed entry only
when the position crosses a multiple of the compress rate (a different amount of work on different
steps), gathers a growing number of entries through the block table, turns the indexer's choice into
index lists whose width is read back to the host (`mask_to_indices`), and writes prefix snapshots at
share boundaries. So the step is split around the attention proper, as piecewise graphs do elsewhere:

- captured (fixed shapes for a fixed token count): the embedding and both rotary tables (prologue);
  per layer, before the attention: the mHC collapse, the norm and the query / key-value projections
  with their rotation (`Block.before_attention`); after the attention: the output rotation, the grouped
  output projection, mHC, the router, the routed experts (`fused_moe_fp4`, packed FP4) and the shared
  expert (`Block.after_attention`); the final mHC collapse and norm (epilogue).
- eager, between the two halves of each layer (`PagedLayer.attend`, the same code as without graphs):
  window rings, the compressor and indexer projections and their closing windows, the paged entries,
  the indexer's top-k and the sink / window attention kernels.

The step's tokens are padded to the bucket: padding rows carry token 0 at position 0 through the
captured pieces and are left out of the attention (zero attention output), so they touch no cache.
Graphs need the routed MoE without host synchronisation, i.e. packed FP4 experts on the triton
backend (the torch MoE groups tokens with `ids.unique().tolist()`). Until `capture_all` the same
buffers and pieces run eagerly, which is how the padding and the piece split are tested on CPU.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import torch

from sluice.inference.decode_graphs import buckets
from sluice.inference.v4.config import SLIDING
from sluice.inference.v4.model import DeepseekV4ForCausalLM


class _Piece:
    """A function of static buffers; replayed from its graph once captured, called directly before."""

    def __init__(self, fn: Callable[[], tuple[torch.Tensor, ...]]) -> None:
        self.fn, self.graph, self.out = fn, None, None

    def capture(self, pool, stream: torch.cuda.Stream, device: torch.device) -> None:
        stream.wait_stream(torch.cuda.current_stream(device))
        with torch.cuda.stream(stream):
            self.fn()  # warm-up: kernels compiled outside the capture
        torch.cuda.current_stream(device).wait_stream(stream)
        self.graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(self.graph, pool=pool):
            self.out = self.fn()

    def __call__(self) -> tuple[torch.Tensor, ...]:
        if self.graph is None:
            self.out = self.fn()
        else:
            self.graph.replay()
        return self.out


class V4DecodeGraphs:
    def __init__(self, model: DeepseekV4ForCausalLM, *, max_batch: int, device: torch.device,
                 dtype: torch.dtype) -> None:
        """Buffers and pieces per bucket; `capture_all` captures them (CUDA), before that they run eagerly."""
        cfg = model.cfg
        self.model, self.device = model, device
        self.sizes = buckets(max_batch)
        top = self.sizes[-1]
        heads = model.layers[0].attn.heads
        self.input_ids = torch.zeros(top, dtype=torch.long, device=device)
        self.positions = torch.zeros(top, dtype=torch.long, device=device)
        self.streams = torch.zeros(top, cfg.hc_mult, cfg.hidden_size, dtype=dtype, device=device)
        self.attn_out = torch.zeros(top, heads, cfg.head_dim, dtype=dtype, device=device)
        self.pieces = {size: self._pieces(size) for size in self.sizes}
        self.replays = 0  # steps served through the buckets' buffers

    def covers(self, num_tokens: int, rows: Sequence[tuple[int, int]]) -> bool:
        """A pure decode step (one token per sequence) that fits the largest bucket."""
        return 0 < num_tokens == len(rows) <= self.sizes[-1] and all(end - first == 1 for first, end in rows)

    def bucket(self, n: int) -> int:
        return next(b for b in self.sizes if b >= n)

    def _pieces(self, size: int):
        model, cfg = self.model, self.model.cfg
        ids, positions = self.input_ids[:size], self.positions[:size]
        streams, attn_out = self.streams[:size], self.attn_out[:size]
        rope: dict[str, tuple[torch.Tensor, torch.Tensor]] = {}

        def prologue():
            streams.copy_(model.embed_streams(ids))
            rope["main"], rope["compress"] = model.main_rotary(positions), model.compress_rotary(positions)
            return (*rope["main"], *rope["compress"])

        layers = []
        for kind, block in zip(cfg.layer_types, model.layers):
            branch = "main" if kind == SLIDING else "compress"
            before = _Piece(lambda block=block, branch=branch: block.before_attention(streams, rope[branch]))

            def after(block=block, branch=branch, before=before):
                post, comb = before.out[:2]
                streams.copy_(block.after_attention(streams, attn_out, post, comb, ids, rope[branch]))
                return (streams,)

            layers.append((before, _Piece(after), branch))
        epilogue = _Piece(lambda: (model.final_hidden(streams),))
        return _Piece(prologue), layers, epilogue

    def capture_all(self) -> None:
        """Capture every bucket's pieces, largest bucket first, in replay order, sharing one pool."""
        pool = torch.cuda.graph_pool_handle()
        stream = torch.cuda.Stream(self.device)
        with torch.inference_mode():
            for size in reversed(self.sizes):
                prologue, layers, epilogue = self.pieces[size]
                prologue.capture(pool, stream, self.device)  # `rope` now holds its graph's outputs
                for before, after, _ in layers:
                    before.capture(pool, stream, self.device)
                    after.capture(pool, stream, self.device)
                epilogue.capture(pool, stream, self.device)
        torch.cuda.synchronize(self.device)

    def run(self, ids: torch.Tensor, positions: torch.Tensor, views: Sequence) -> torch.Tensor:
        """Hidden states [n, hidden] of a decode step's n tokens; `views` are the step's per-layer
        `PagedLayer`s (the eager attention between the captured halves)."""
        n = ids.shape[0]
        size = self.bucket(n)
        self.input_ids[:n].copy_(ids)
        self.positions[:n].copy_(positions)
        if size > n:  # padding rows: token 0 at position 0, no attention
            self.input_ids[n:size].zero_()
            self.positions[n:size].zero_()
            self.attn_out[n:size].zero_()
        prologue, layers, epilogue = self.pieces[size]
        rope = prologue()
        tables = {"main": (rope[0][:n], rope[1][:n]), "compress": (rope[2][:n], rope[3][:n])}
        for (before, after, branch), block, view in zip(layers, self.model.layers, views):
            _, _, x, q_latent, q, kv = before()
            attended = block.attn.attend_cache(view, x[:n], q[:n], q_latent[:n], kv[:n], positions,
                                               self.model.compress_rotary, tables[branch])
            self.attn_out[:n].copy_(attended)
            after()
        self.replays += 1
        return epilogue()[0][:n]
