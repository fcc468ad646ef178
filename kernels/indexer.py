"""DeepSeek-V4 lightning indexer: Triton scores, then top-k selection (semantics in
``reference/indexer.py``).

One program per (query, block of ``BLOCK_N`` compressed entries of its sequence): a
``[heads, Di] x [Di, BLOCK_N]`` dot, ReLU, the per-head weights and the sum over heads stay in
registers; only the fp32 score row is written, ``-inf`` past the query's causal limit. The
selection is ``torch.topk`` over that row (``topk_indices``).
"""
from __future__ import annotations

import torch

from ._common import (FLOAT_DTYPES, KernelArgumentError, cdiv, check_same_device, check_tensor, lazy_jit,
                      next_pow2, tl, triton_runnable)
from .reference.indexer import indexer_scores as indexer_scores_ref
from .reference.indexer import indexer_topk as indexer_topk_ref  # noqa: F401 (the op's reference)
from .reference.indexer import topk_indices
from .reference.mla_prefill import offsets

_NAME = "indexer"


@lazy_jit
def _indexer_kernel(q_ptr, k_ptr, w_ptr, kstart_ptr, klen_ptr, pos_ptr, o_ptr, H, D, W, rate, scale,
                    stride_qt, stride_qh, stride_k, stride_wt, stride_ot,
                    BLOCK_H: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_D: tl.constexpr):
    t = tl.program_id(0).to(tl.int64)
    offs_n = tl.program_id(1) * BLOCK_N + tl.arange(0, BLOCK_N)
    k_len = tl.load(klen_ptr + t)
    k_start = tl.load(kstart_ptr + t).to(tl.int64)
    ready = (tl.load(pos_ptr + t) + 1) // rate
    offs_h = tl.arange(0, BLOCK_H)
    offs_d = tl.arange(0, BLOCK_D)
    h_ok = offs_h < H
    d_ok = offs_d < D
    n_ok = offs_n < k_len
    q = tl.load(q_ptr + t * stride_qt + offs_h[:, None] * stride_qh + offs_d[None, :],
                mask=h_ok[:, None] & d_ok[None, :], other=0.0)
    k = tl.load(k_ptr + (k_start + offs_n)[:, None] * stride_k + offs_d[None, :],
                mask=n_ok[:, None] & d_ok[None, :], other=0.0)
    w = tl.load(w_ptr + t * stride_wt + offs_h, mask=h_ok, other=0.0).to(tl.float32)
    dots = tl.maximum(tl.dot(q, tl.trans(k)), 0.0)
    score = tl.sum(dots * w[:, None], axis=0) * scale
    score = tl.where(n_ok & (offs_n < ready), score, float("-inf"))
    tl.store(o_ptr + t * stride_ot + offs_n, score, mask=offs_n < W)


def indexer_scores(q: torch.Tensor, k: torch.Tensor, weights: torch.Tensor, cu_seqlens_q, cu_seqlens_k,
                   positions: torch.Tensor, compress_rate: int, scale: float, *,
                   block_n: int = 64) -> torch.Tensor:
    """fp32 ``[T, max entries]`` scores, ``-inf`` where not selectable (see the reference)."""
    check_tensor(_NAME, "q", q, ndim=3, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "k", k, ndim=2, dtypes=(q.dtype,))
    check_tensor(_NAME, "weights", weights, ndim=2, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "positions", positions, ndim=1, dtypes=(torch.int32, torch.int64))
    T, H, D = q.shape
    if k.shape[1] != D or tuple(weights.shape) != (T, H) or positions.shape[0] != T:
        raise KernelArgumentError(_NAME, f"shapes disagree: q {tuple(q.shape)}, k {tuple(k.shape)}, weights "
                                         f"{tuple(weights.shape)}, positions {tuple(positions.shape)}")
    if int(compress_rate) < 1:
        raise KernelArgumentError(_NAME, f"compress_rate must be >= 1, got {compress_rate}")
    cq, ck = offsets(cu_seqlens_q), offsets(cu_seqlens_k)
    if len(cq) != len(ck) or len(cq) < 1 or cq[0] != 0 or ck[0] != 0 or cq[-1] != T or ck[-1] != k.shape[0]:
        raise KernelArgumentError(_NAME, "cu_seqlens_q / cu_seqlens_k must be offsets of equal length from 0 "
                                         "to the number of query / compressed rows")
    check_same_device(_NAME, q=q, k=k, weights=weights, positions=positions)
    if not triton_runnable(q, k):
        return indexer_scores_ref(q, k, weights, cq, ck, positions, compress_rate, scale)
    lens_q = torch.tensor([b - a for a, b in zip(cq, cq[1:])])
    lens_k = [b - a for a, b in zip(ck, ck[1:])]
    width = max(lens_k, default=0)
    out = torch.empty((T, width), dtype=torch.float32, device=q.device)
    if T == 0 or width == 0:
        return out.fill_(float("-inf"))
    k_start = torch.repeat_interleave(torch.tensor(ck[:-1]), lens_q).to(q.device, torch.int32)
    k_len = torch.repeat_interleave(torch.tensor(lens_k), lens_q).to(q.device, torch.int32)
    block_n = min(block_n, max(16, next_pow2(width)))
    _indexer_kernel[(T, cdiv(width, block_n))](
        q, k, weights, k_start, k_len, positions, out, H, D, width, int(compress_rate), float(scale),
        q.stride(0), q.stride(1), k.stride(0), weights.stride(0), out.stride(0),
        BLOCK_H=max(16, next_pow2(H)), BLOCK_N=block_n, BLOCK_D=max(16, next_pow2(D)), num_warps=4)
    return out


def indexer_topk(q: torch.Tensor, k: torch.Tensor, weights: torch.Tensor, cu_seqlens_q, cu_seqlens_k,
                 positions: torch.Tensor, compress_rate: int, topk: int, scale: float) -> torch.Tensor:
    """int32 ``[T, topk]`` sequence-local entry indices per query, best first, ``-1`` padded."""
    if int(topk) < 1:
        raise KernelArgumentError(_NAME, f"topk must be >= 1, got {topk}")
    scores = indexer_scores(q, k, weights, cu_seqlens_q, cu_seqlens_k, positions, compress_rate, scale)
    return topk_indices(scores, topk)
