"""DeepSeek-V4 lightning indexer: score every compressed entry for every query, keep the top k.

``score[t, s] = scale * sum_h weights[t, h] * relu(q[t, h] . k[s])`` over the indexer's own heads
(``weights`` already holds V4's ``weights_proj(x) * n_heads ** -0.5``; ``scale`` is
``head_dim ** -0.5``). Entry ``s`` of a sequence summarises source tokens
``s * rate .. s * rate + rate - 1``, so a query at position ``p`` may only pick entries
``s < (p + 1) // rate``. Varlen: sequence ``b`` owns query rows ``cu_seqlens_q[b]:cu_seqlens_q[b+1]``
and compressed rows ``cu_seqlens_k[b]:cu_seqlens_k[b+1]``; returned indices count from the start
of the sequence's compressed rows.
"""
from __future__ import annotations

import torch

from .mla_prefill import offsets


def indexer_scores(q: torch.Tensor, k: torch.Tensor, weights: torch.Tensor, cu_seqlens_q, cu_seqlens_k,
                   positions: torch.Tensor, compress_rate: int, scale: float) -> torch.Tensor:
    """``q`` ``[T, Hi, Di]``, ``k`` ``[Nc, Di]``, ``weights`` ``[T, Hi]``, ``positions`` ``[T]`` ->
    fp32 ``[T, max entries of a sequence]``, ``-inf`` where an entry is in the future or absent."""
    cq, ck = offsets(cu_seqlens_q), offsets(cu_seqlens_k)
    width = max((b - a for a, b in zip(ck, ck[1:])), default=0)
    out = torch.full((q.shape[0], width), float("-inf"), device=q.device)
    for b in range(len(cq) - 1):
        rows, keys = slice(cq[b], cq[b + 1]), k[ck[b]:ck[b + 1]].float()
        if rows.stop == rows.start or keys.shape[0] == 0:
            continue
        dots = torch.einsum("thd,nd->thn", q[rows].float(), keys).relu()
        scores = (dots * weights[rows].float()[..., None]).sum(1) * scale
        ready = (positions[rows].long() + 1) // compress_rate
        future = torch.arange(keys.shape[0], device=q.device)[None, :] >= ready[:, None]
        out[rows, :keys.shape[0]] = scores.masked_fill(future, float("-inf"))
    return out


def topk_indices(scores: torch.Tensor, topk: int) -> torch.Tensor:
    """int32 ``[T, topk]``: the best columns of ``scores`` per row, ``-1`` for ``-inf`` or missing ones."""
    k = min(topk, scores.shape[1])
    values, idx = scores.topk(k, dim=-1) if k else (scores[:, :0], scores[:, :0].long())
    idx = torch.where(values > float("-inf"), idx, torch.full_like(idx, -1)).to(torch.int32)
    if k < topk:
        idx = torch.cat([idx, idx.new_full((scores.shape[0], topk - k), -1)], dim=1)
    return idx


def indexer_topk(q: torch.Tensor, k: torch.Tensor, weights: torch.Tensor, cu_seqlens_q, cu_seqlens_k,
                 positions: torch.Tensor, compress_rate: int, topk: int, scale: float) -> torch.Tensor:
    """int32 ``[T, topk]`` entry indices per query (sequence-local), best first, ``-1`` padded."""
    scores = indexer_scores(q, k, weights, cu_seqlens_q, cu_seqlens_k, positions, compress_rate, scale)
    return topk_indices(scores, topk)
