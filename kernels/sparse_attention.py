"""DeepSeek-V4 sparse attention: each query attends to its own list of rows of a single-head
key/value tensor, with one learned sink per head (semantics in ``reference/sparse_attention.py``).

The index list can hold the query's sliding window, the compressed entries the indexer chose, or
both, so one kernel serves decode and prefill of all three V4 layer types. One program per
(query, block of heads): all heads of a query share the gathered key rows, so each row is read
once per program; online softmax over blocks of ``BLOCK_N`` indices, ``-1`` skipped.
"""
from __future__ import annotations

import torch

from ._common import (FLOAT_DTYPES, INDEX_DTYPES, KernelArgumentError, cdiv, check_same_device, check_tensor,
                      lazy_jit, next_pow2, tl, triton_runnable)
from ._device import finish_with_sink, online_softmax_step
from .reference.sparse_attention import sparse_attention as sparse_attention_ref

_NAME = "sparse_attention"


@lazy_jit
def _sparse_attn_kernel(q_ptr, kv_ptr, idx_ptr, sink_ptr, o_ptr, H, D, N, K, sm_scale,
                        stride_qt, stride_qh, stride_kv, stride_it, stride_ot, stride_oh,
                        HAS_SINK: tl.constexpr, BLOCK_H: tl.constexpr, BLOCK_N: tl.constexpr,
                        BLOCK_D: tl.constexpr):
    t = tl.program_id(0).to(tl.int64)
    offs_h = tl.program_id(1) * BLOCK_H + tl.arange(0, BLOCK_H)
    offs_d = tl.arange(0, BLOCK_D)
    h_ok = offs_h < H
    d_ok = offs_d < D
    q = tl.load(q_ptr + t * stride_qt + offs_h[:, None] * stride_qh + offs_d[None, :],
                mask=h_ok[:, None] & d_ok[None, :], other=0.0)
    qk_scale = sm_scale * 1.4426950408889634
    m_i = tl.full([BLOCK_H], float("-inf"), tl.float32)
    l_i = tl.zeros([BLOCK_H], dtype=tl.float32)
    acc = tl.zeros([BLOCK_H, BLOCK_D], dtype=tl.float32)
    for n0 in range(0, K, BLOCK_N):
        offs_n = n0 + tl.arange(0, BLOCK_N)
        idx = tl.load(idx_ptr + t * stride_it + offs_n, mask=offs_n < K, other=-1).to(tl.int64)
        ok = (idx >= 0) & (idx < N)
        kv = tl.load(kv_ptr + tl.where(ok, idx, 0)[:, None] * stride_kv + offs_d[None, :],
                     mask=ok[:, None] & d_ok[None, :], other=0.0)
        s = tl.dot(q, tl.trans(kv))
        s = tl.where(ok[None, :], s * qk_scale, float("-inf"))
        m_i, l_i, acc = online_softmax_step(s, m_i, l_i, acc, kv)
    out = finish_with_sink(m_i, l_i, acc, sink_ptr, offs_h, h_ok, HAS_SINK)
    tl.store(o_ptr + t * stride_ot + offs_h[:, None] * stride_oh + offs_d[None, :],
             out.to(o_ptr.dtype.element_ty), mask=h_ok[:, None] & d_ok[None, :])


def check_sinks(kernel: str, sinks, heads: int, device) -> None:
    if sinks is None:
        return
    check_tensor(kernel, "sinks", sinks, ndim=1, dtypes=FLOAT_DTYPES)
    if sinks.shape[0] != heads or sinks.device != device:
        raise KernelArgumentError(kernel, f"sinks must be [{heads}] on {device}, got {tuple(sinks.shape)} on "
                                          f"{sinks.device}")


def sparse_attention(q: torch.Tensor, kv: torch.Tensor, indices: torch.Tensor, scale: float,
                     sinks: torch.Tensor | None = None, *, block_h: int = 16,
                     block_n: int = 32) -> torch.Tensor:
    """``q`` ``[T, H, D]`` over the rows ``indices`` ``[T, K]`` (-1: none) of ``kv`` ``[N, D]``."""
    check_tensor(_NAME, "q", q, ndim=3, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "kv", kv, ndim=2, dtypes=(q.dtype,))
    check_tensor(_NAME, "indices", indices, ndim=2, dtypes=INDEX_DTYPES)
    T, H, D = q.shape
    if kv.shape[1] != D or indices.shape[0] != T:
        raise KernelArgumentError(_NAME, f"shapes disagree: q {tuple(q.shape)}, kv {tuple(kv.shape)}, "
                                         f"indices {tuple(indices.shape)} (want [T,H,D], [N,D], [T,K])")
    check_same_device(_NAME, q=q, kv=kv, indices=indices)
    check_sinks(_NAME, sinks, H, q.device)
    if not triton_runnable(q, kv):
        return sparse_attention_ref(q, kv, indices, scale, sinks)
    out = torch.empty_like(q)
    if T == 0:
        return out
    if indices.shape[1] and indices.stride(1) != 1:
        indices = indices.contiguous()
    block_h = min(block_h, max(16, next_pow2(H)))
    grid = (T, cdiv(H, block_h))
    _sparse_attn_kernel[grid](q, kv, indices, sinks if sinks is not None else q, out, H, D, kv.shape[0],
                              indices.shape[1], float(scale), q.stride(0), q.stride(1), kv.stride(0),
                              indices.stride(0), out.stride(0), out.stride(1), HAS_SINK=sinks is not None,
                              BLOCK_H=block_h, BLOCK_N=block_n, BLOCK_D=max(16, next_pow2(D)),
                              num_warps=4 if D <= 128 else 8)
    return out
