"""Align (token, k) pairs by expert for the grouped MoE GEMM.

Input ``topk_ids`` ``[T, k]``. Pair ``i = t * k + j`` is routed to ``topk_ids[t, j]``.
Output:
- ``sorted_ids`` ``[T*k + E*(block_m-1)]`` int32: pair ids grouped by expert, each
  expert's run padded to a multiple of ``block_m`` with the pad id ``T*k``;
- ``expert_ids`` ``[len(sorted_ids) // block_m]`` int32: the expert of each M-block
  (-1 past the end);
- ``num_post_pad`` ``[1]`` int32: used length of ``sorted_ids``.
With expert parallelism the local experts are ``expert_start .. expert_start + E - 1``;
pairs routed elsewhere are left out of ``sorted_ids``.
Buffers have a fixed size for a given ``T`` so the result can live in a CUDA graph.
Pair order inside one expert's run is unspecified (atomics on GPU).
"""
from __future__ import annotations

import torch

from ._common import (INDEX_DTYPES, KernelArgumentError, cdiv, check_tensor, lazy_jit, next_pow2, tl,
                      triton_runnable)
from .reference.moe_align import aligned_sizes
from .reference.moe_align import moe_align_block_size as moe_align_block_size_ref

_NAME = "moe_align_block_size"


@lazy_jit
def _count_kernel(ids_ptr, counts_ptr, rank_ptr, numel, E, expert_start, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    ids = tl.load(ids_ptr + offs, mask=offs < numel, other=0) - expert_start
    mask = (offs < numel) & (ids >= 0) & (ids < E)
    rank = tl.atomic_add(counts_ptr + ids, 1, mask=mask)
    tl.store(rank_ptr + offs, rank, mask=mask)


@lazy_jit
def _blocks_kernel(counts_ptr, starts_ptr, expert_ids_ptr, npad_ptr, E, max_blocks,
                   BLOCK_M: tl.constexpr, BLOCK_E: tl.constexpr, BLOCK_B: tl.constexpr):
    pid = tl.program_id(0)
    offs_e = tl.arange(0, BLOCK_E)
    counts = tl.load(counts_ptr + offs_e, mask=offs_e < E, other=0)
    nblocks = (counts + BLOCK_M - 1) // BLOCK_M
    ends = tl.cumsum(nblocks, axis=0)
    if pid == 0:
        tl.store(starts_ptr + offs_e, (ends - nblocks) * BLOCK_M, mask=offs_e < E)
        tl.store(npad_ptr, tl.sum(nblocks, axis=0) * BLOCK_M)
    offs_b = pid * BLOCK_B + tl.arange(0, BLOCK_B)
    ends_ok = tl.where(offs_e < E, ends, 2147483647)
    expert = tl.sum((ends_ok[None, :] <= offs_b[:, None]).to(tl.int32), axis=1)
    expert = tl.where(expert < E, expert, -1)
    tl.store(expert_ids_ptr + offs_b, expert, mask=offs_b < max_blocks)


@lazy_jit
def _scatter_kernel(ids_ptr, rank_ptr, starts_ptr, sorted_ptr, numel, E, expert_start, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    ids = tl.load(ids_ptr + offs, mask=offs < numel, other=0) - expert_start
    mask = (offs < numel) & (ids >= 0) & (ids < E)
    rank = tl.load(rank_ptr + offs, mask=mask, other=0)
    start = tl.load(starts_ptr + ids, mask=mask, other=0)
    tl.store(sorted_ptr + start + rank, offs.to(tl.int32), mask=mask)


def moe_align_block_size(topk_ids: torch.Tensor, block_m: int, num_experts: int, expert_start: int = 0):
    """See the module docstring. Returns ``(sorted_ids, expert_ids, num_post_pad)``."""
    check_tensor(_NAME, "topk_ids", topk_ids, ndim=2, dtypes=INDEX_DTYPES)
    if block_m < 1 or num_experts < 1:
        raise KernelArgumentError(_NAME, f"block_m={block_m} and num_experts={num_experts} must be >= 1")
    if num_experts > 1024 or not triton_runnable(topk_ids):
        return moe_align_block_size_ref(topk_ids, block_m, num_experts, expert_start)
    flat = topk_ids.reshape(-1)
    if flat.dtype != torch.int32:
        flat = flat.to(torch.int32)
    numel = flat.numel()
    max_padded, max_blocks = aligned_sizes(numel, num_experts, block_m)
    dev = topk_ids.device
    sorted_ids = torch.full((max_padded,), numel, dtype=torch.int32, device=dev)
    expert_ids = torch.empty((max_blocks,), dtype=torch.int32, device=dev)
    counts = torch.zeros((num_experts,), dtype=torch.int32, device=dev)
    starts = torch.empty((num_experts,), dtype=torch.int32, device=dev)
    rank = torch.empty((max(numel, 1),), dtype=torch.int32, device=dev)
    num_post_pad = torch.empty((1,), dtype=torch.int32, device=dev)
    block = 256
    if numel:
        _count_kernel[(cdiv(numel, block),)](flat, counts, rank, numel, num_experts, expert_start,
                                             BLOCK=block)
    block_b = 64
    _blocks_kernel[(cdiv(max_blocks, block_b),)](counts, starts, expert_ids, num_post_pad, num_experts,
                                                 max_blocks, BLOCK_M=block_m,
                                                 BLOCK_E=next_pow2(num_experts), BLOCK_B=block_b)
    if numel:
        _scatter_kernel[(cdiv(numel, block),)](flat, rank, starts, sorted_ids, numel, num_experts,
                                               expert_start, BLOCK=block)
    return sorted_ids, expert_ids, num_post_pad
