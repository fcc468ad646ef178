"""The paged latent cache: write new tokens' rows, read sequences' rows back in order.

Layout: ``kv_cache[num_blocks, block_size, D]`` (``D = kv_lora_rank + rope_dim`` for MLA); token
``t`` of a step lives at flat slot ``block * block_size + offset``.
"""
from __future__ import annotations

import torch


def cache_write(kv_cache: torch.Tensor, slot_mapping: torch.Tensor, latent: torch.Tensor) -> None:
    """In place: row ``t`` of ``latent`` ``[T, D]`` goes to flat slot ``slot_mapping[t]``.

    Negative slots (padding rows of a CUDA-graph batch) are skipped.
    """
    if slot_mapping.numel() and slot_mapping.min().item() < 0:
        keep = slot_mapping >= 0
        slot_mapping, latent = slot_mapping[keep], latent[keep]
    flat = kv_cache.view(-1, kv_cache.shape[-1])
    flat.index_copy_(0, slot_mapping.long(), latent.to(kv_cache.dtype))


def cache_gather(kv_cache: torch.Tensor, block_tables: torch.Tensor,
                 context_lens: torch.Tensor) -> torch.Tensor:
    """Each sequence's first ``context_lens[i]`` cached rows, concatenated: ``[sum(context_lens), D]``."""
    block_size = kv_cache.shape[1]
    lens = context_lens.tolist()
    pos = torch.cat([torch.arange(n, device=kv_cache.device) for n in lens])
    seq = torch.repeat_interleave(torch.arange(len(lens), device=kv_cache.device), context_lens.long())
    blocks = block_tables[seq, pos // block_size].long()
    return kv_cache.view(-1, kv_cache.shape[-1])[blocks * block_size + pos % block_size]
