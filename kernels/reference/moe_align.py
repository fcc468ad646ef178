"""Align (token, k) pairs by expert for the grouped MoE GEMM (see ``kernels/moe_align.py``)."""
from __future__ import annotations

import torch


def aligned_sizes(numel: int, num_experts: int, block_m: int) -> tuple[int, int]:
    """(length of ``sorted_ids``, number of M-blocks): fixed for a given number of pairs."""
    max_padded = numel + num_experts * (block_m - 1)
    return max_padded, -(-max_padded // block_m)


def moe_align_block_size(topk_ids: torch.Tensor, block_m: int, num_experts: int, expert_start: int = 0):
    """``(sorted_ids, expert_ids, num_post_pad)``: pair ids grouped by local expert, each expert's
    run padded to a multiple of ``block_m`` with the pad id ``T*k``; the expert of each M-block (-1
    past the end); the used length of ``sorted_ids``. Pairs keep their order within an expert."""
    flat = topk_ids.reshape(-1).long() - expert_start
    numel = flat.numel()
    local = (flat >= 0) & (flat < num_experts)
    pair_ids = torch.arange(numel, device=topk_ids.device)[local]
    flat = flat[local]
    max_padded, max_blocks = aligned_sizes(numel, num_experts, block_m)
    dev = topk_ids.device
    counts = torch.zeros(num_experts, dtype=torch.long, device=dev).scatter_add_(
        0, flat, torch.ones_like(flat))
    padded = (counts + block_m - 1) // block_m * block_m
    ends = padded.cumsum(0)
    starts = ends - padded
    order = torch.sort(flat, stable=True).indices
    first_of_expert = counts.cumsum(0) - counts
    rank = torch.arange(flat.numel(), device=dev) - first_of_expert[flat[order]]
    sorted_ids = torch.full((max_padded,), numel, dtype=torch.int32, device=dev)
    sorted_ids[starts[flat[order]] + rank] = pair_ids[order].to(torch.int32)
    block_starts = torch.arange(max_blocks, device=dev) * block_m
    expert_ids = torch.searchsorted(ends, block_starts, right=True)
    expert_ids = torch.where(expert_ids < num_experts, expert_ids, -1).to(torch.int32)
    return sorted_ids, expert_ids, ends[-1:].to(torch.int32)
