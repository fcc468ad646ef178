"""DeepSeek-V4 sliding-window attention with sinks, prefill (varlen) and decode (paged cache).

A query at position ``p`` sees the keys at positions ``p - window < i <= p`` of its sequence (the
window counts the query's own token, as transformers' sliding-window mask does). Key and value
are one single-head tensor; see ``sparse_attention`` for the sink.
"""
from __future__ import annotations

import torch

from .mla_prefill import offsets
from .sparse_attention import sparse_attention


def window_indices(positions: torch.Tensor, window: int) -> torch.Tensor:
    """``[T, window]`` key positions ``p - window + 1 .. p`` of each query position, ``-1`` below 0."""
    idx = positions.long()[:, None] - torch.arange(window - 1, -1, -1, device=positions.device)
    return torch.where(idx >= 0, idx, torch.full_like(idx, -1))


def swa_prefill(q: torch.Tensor, kv: torch.Tensor, cu_seqlens_q, cu_seqlens_k, window: int, scale: float,
                sinks: torch.Tensor | None = None) -> torch.Tensor:
    """``q`` ``[Tq, H, D]``, ``kv`` ``[Tk, D]`` -> ``[Tq, H, D]``. Sequence ``b`` owns query rows
    ``cu_seqlens_q[b]:cu_seqlens_q[b+1]`` and key rows ``cu_seqlens_k[b]:cu_seqlens_k[b+1]``; its
    queries are its last tokens, so query ``j`` of ``q_len`` sits at position ``k_len - q_len + j``."""
    cq, ck = offsets(cu_seqlens_q), offsets(cu_seqlens_k)
    out = q.new_zeros(q.shape)
    for b in range(len(cq) - 1):
        q_len, k_len = cq[b + 1] - cq[b], ck[b + 1] - ck[b]
        if q_len == 0:
            continue
        pos = torch.arange(k_len - q_len, k_len, device=q.device)
        idx = window_indices(pos, window)
        idx = torch.where(idx >= 0, idx + ck[b], idx)
        out[cq[b]:cq[b + 1]] = sparse_attention(q[cq[b]:cq[b + 1]], kv, idx, scale, sinks)
    return out


def swa_decode(q: torch.Tensor, cache: torch.Tensor, block_table: torch.Tensor, seq_lens: torch.Tensor,
               window: int, scale: float, sinks: torch.Tensor | None = None) -> torch.Tensor:
    """One new query per sequence: ``q`` ``[B, H, D]`` over a paged ``cache`` ``[blocks, page, D]``
    (``block_table`` ``[B, max_blocks]``, ``seq_lens`` ``[B]`` counting the new token) -> ``[B, H, D]``."""
    page = cache.shape[1]
    pos = window_indices(seq_lens.long() - 1, window)
    blocks = block_table.long().gather(1, pos.clamp(min=0) // page)
    slots = torch.where(pos >= 0, blocks * page + pos.clamp(min=0) % page, torch.full_like(pos, -1))
    return sparse_attention(q, cache.reshape(-1, cache.shape[-1]), slots, scale, sinks)
