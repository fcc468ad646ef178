"""MLA prefill / chunked prefill straight from the paged latent cache (absorbed form)."""
from __future__ import annotations

import torch

from .paged_cache import cache_gather


def mla_prefill_paged(q_lat: torch.Tensor, q_pe: torch.Tensor, kv_cache: torch.Tensor,
                      block_table: torch.Tensor, cu_seqlens_q: torch.Tensor, seq_lens: torch.Tensor,
                      scale: float) -> torch.Tensor:
    """Causal absorbed MLA over cached prefix + new tokens (already in the cache): ``[T, H, DL]``.

    ``q_lat`` ``[T, H, DL]``, ``q_pe`` ``[T, H, DR]``: new tokens of all sequences, packed;
    ``cu_seqlens_q`` ``[B + 1]``: where each sequence's new tokens start; ``seq_lens`` ``[B]``: context
    length after this step. Query ``i`` of sequence ``b`` sits at position
    ``seq_lens[b] - q_len[b] + i`` and sees keys ``0..position``. Computed in fp32.
    """
    rank = q_lat.shape[2]
    out = torch.empty_like(q_lat)
    for b in range(seq_lens.shape[0]):
        qs, qe = int(cu_seqlens_q[b]), int(cu_seqlens_q[b + 1])
        length = int(seq_lens[b])
        if qe == qs:
            continue
        kv = cache_gather(kv_cache, block_table[b:b + 1], seq_lens[b:b + 1]).float()
        s = (torch.einsum("qhd,nd->qhn", q_lat[qs:qe].float(), kv[:, :rank])
             + torch.einsum("qhd,nd->qhn", q_pe[qs:qe].float(), kv[:, rank:])) * scale
        q_pos = torch.arange(length - (qe - qs), length, device=q_lat.device)
        causal = torch.arange(length, device=q_lat.device)[None, :] <= q_pos[:, None]
        s = s.masked_fill(~causal[:, None, :], float("-inf"))
        out[qs:qe] = torch.einsum("qhn,nd->qhd", s.softmax(-1), kv[:, :rank]).to(q_lat.dtype)
    return out
