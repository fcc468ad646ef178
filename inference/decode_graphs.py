"""CUDA graphs of the decode step, one per batch-size bucket.

A decode step of a few sequences launches hundreds of small kernels; replaying a captured graph
launches them as one. A step whose tokens are all decode tokens (one per sequence) is padded to the
next bucket and run through static buffers: the real rows are copied in, the padding rows write
nothing (slot -1, which the cache writes skip) and read one cached token of block 0. Graphs are
captured at start-up, largest bucket first, sharing one memory pool. Steps with prefill tokens,
more sequences than the largest bucket or a wider block table than the buffers run eagerly.

Only where the step has no host synchronisation: CUDA, the Triton kernel backend, one process
(under tensor parallelism every rank would have to replay in step). With ``replay=False`` the same
padded buffers run eagerly: that is how the padding is tested on CPU.
"""

from __future__ import annotations

from collections.abc import Callable

import torch

from sluice.inference.forward_batch import ForwardBatch

SMALL_BUCKETS = (1, 2, 4, 8)


def buckets(max_batch: int) -> list[int]:
    """1, 2, 4, 8, then every 16 up to ``max_batch`` (which is always one)."""
    sizes = [b for b in SMALL_BUCKETS if b < max_batch] + list(range(16, max_batch, 16))
    return sorted(set(sizes) | {max_batch})


class DecodeGraphs:
    def __init__(self, forward: Callable[[ForwardBatch], torch.Tensor], *, max_batch: int, max_blocks: int,
                 device: torch.device, replay: bool = True) -> None:
        self.forward, self.device, self.replay = forward, device, replay
        self.sizes = buckets(max_batch)
        self.max_blocks = max_blocks
        top = self.sizes[-1]
        self.input_ids = torch.zeros(top, dtype=torch.long, device=device)
        self.positions = torch.zeros(top, dtype=torch.long, device=device)
        self.slots = torch.full((top,), -1, dtype=torch.long, device=device)
        self.tables = torch.zeros(top, max_blocks, dtype=torch.int32, device=device)
        self.lens = torch.ones(top, dtype=torch.int32, device=device)
        self.graphs: dict[int, tuple[torch.cuda.CUDAGraph, torch.Tensor]] = {}
        self.replays = 0  # steps served by a graph (or, with replay=False, by the padded buffers)

    def covers(self, batch: ForwardBatch) -> bool:
        n = batch.num_decode
        return (0 < n == batch.num_tokens and n <= self.sizes[-1] and batch.decode_block_tables is not None
                and batch.decode_block_tables.shape[1] <= self.max_blocks)

    def bucket(self, n: int) -> int:
        return next(b for b in self.sizes if b >= n)

    def _static(self, size: int) -> ForwardBatch:
        return ForwardBatch(input_ids=self.input_ids[:size], positions=self.positions[:size],
                            slot_mapping=self.slots[:size], num_decode=size,
                            decode_block_tables=self.tables[:size], decode_context_lens=self.lens[:size],
                            prefill_block_tables=None, prefill_context_lens=None, cu_seqlens_q=[0],
                            cu_seqlens_k=[0])

    def capture_all(self) -> None:
        """Capture every bucket, largest first (its memory pool then serves the smaller ones)."""
        pool = torch.cuda.graph_pool_handle()
        stream = torch.cuda.Stream(self.device)
        for size in reversed(self.sizes):
            static = self._static(size)
            stream.wait_stream(torch.cuda.current_stream(self.device))
            with torch.cuda.stream(stream), torch.inference_mode():
                self.forward(static)  # warm-up: kernels compiled and autotuned outside the capture
            torch.cuda.current_stream(self.device).wait_stream(stream)
            graph = torch.cuda.CUDAGraph()
            with torch.cuda.graph(graph, pool=pool), torch.inference_mode():
                out = self.forward(static)
            self.graphs[size] = (graph, out)
        torch.cuda.synchronize(self.device)

    def run(self, batch: ForwardBatch) -> torch.Tensor:
        """Hidden states of the step's ``num_decode`` tokens, computed through the bucket's buffers."""
        n = batch.num_decode
        size = self.bucket(n)
        width = batch.decode_block_tables.shape[1]
        self.input_ids[:n].copy_(batch.input_ids)
        self.positions[:n].copy_(batch.positions)
        self.slots[:n].copy_(batch.slot_mapping)
        self.tables[:n, :width].copy_(batch.decode_block_tables)
        self.lens[:n].copy_(batch.decode_context_lens)
        if size > n:  # padding rows: no cache write, one token of block 0 read
            self.input_ids[n:size].zero_()
            self.positions[n:size].zero_()
            self.slots[n:size].fill_(-1)
            self.tables[n:size].zero_()
            self.lens[n:size].fill_(1)
        self.replays += 1
        if not self.replay:
            return self.forward(self._static(size))[:n]
        graph, out = self.graphs[size]
        graph.replay()
        return out[:n]
