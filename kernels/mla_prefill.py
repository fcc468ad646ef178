"""MLA prefill / chunked prefill in the non-absorbed (MHA) form: causal varlen attention.

The caller expands each sequence's cached prefix plus its new chunk to per-head keys
(``k_nope`` from ``kv_b_proj`` + the shared ``k_pe``) and values. Sequence ``i`` owns query
rows ``cu_seqlens_q[i]:cu_seqlens_q[i+1]`` and key/value rows
``cu_seqlens_k[i]:cu_seqlens_k[i+1]``; its queries are the *last* tokens of its keys, so
query ``j`` (of ``q_len``) sees keys ``0 .. k_len - q_len + j``.

Shapes: ``q`` ``[Tq, H, D]``, ``k`` ``[Tk, H, D]``, ``v`` ``[Tk, H, Dv]`` (any token/head
strides, last dim contiguous) -> ``[Tq, H, Dv]``. Flash-attention style: one program per
(query block, sequence, head), online softmax over key blocks up to the causal limit.
"""
from __future__ import annotations

import torch

from ._common import (FLOAT_DTYPES, KernelArgumentError, cdiv, check_same_device, check_tensor, lazy_jit,
                      next_pow2, tl, triton_runnable)
from ._device import online_softmax_step
from .reference.mla_prefill import mla_prefill as mla_prefill_ref
from .reference.mla_prefill import offsets

_NAME = "mla_prefill"


@lazy_jit
def _prefill_kernel(q_ptr, k_ptr, v_ptr, o_ptr, cuq_ptr, cuk_ptr, D, DV, sm_scale,
                    stride_qt, stride_qh, stride_kt, stride_kh, stride_vt, stride_vh, stride_ot, stride_oh,
                    BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_D: tl.constexpr,
                    BLOCK_DV: tl.constexpr):
    mb = tl.program_id(0)
    b = tl.program_id(1)
    h = tl.program_id(2).to(tl.int64)
    q_start = tl.load(cuq_ptr + b).to(tl.int64)
    q_len = tl.load(cuq_ptr + b + 1).to(tl.int64) - q_start
    if mb * BLOCK_M >= q_len:
        return
    k_start = tl.load(cuk_ptr + b).to(tl.int64)
    k_len = tl.load(cuk_ptr + b + 1).to(tl.int64) - k_start
    offs_m = mb * BLOCK_M + tl.arange(0, BLOCK_M)
    m_ok = offs_m < q_len
    q_pos = k_len - q_len + offs_m
    offs_d = tl.arange(0, BLOCK_D)
    offs_dv = tl.arange(0, BLOCK_DV)
    d_ok = offs_d < D
    dv_ok = offs_dv < DV
    q = tl.load(q_ptr + (q_start + offs_m)[:, None] * stride_qt + h * stride_qh + offs_d[None, :],
                mask=m_ok[:, None] & d_ok[None, :], other=0.0)
    qk_scale = sm_scale * 1.4426950408889634
    m_i = tl.full([BLOCK_M], float("-inf"), tl.float32)
    l_i = tl.zeros([BLOCK_M], dtype=tl.float32)
    acc = tl.zeros([BLOCK_M, BLOCK_DV], dtype=tl.float32)
    kv_end = tl.minimum(k_len - q_len + (mb + 1) * BLOCK_M, k_len)
    for n0 in range(0, kv_end, BLOCK_N):
        offs_n = n0 + tl.arange(0, BLOCK_N)
        n_ok = offs_n < kv_end
        kt = k_start + offs_n
        k = tl.load(k_ptr + kt[:, None] * stride_kt + h * stride_kh + offs_d[None, :],
                    mask=n_ok[:, None] & d_ok[None, :], other=0.0)
        v = tl.load(v_ptr + kt[:, None] * stride_vt + h * stride_vh + offs_dv[None, :],
                    mask=n_ok[:, None] & dv_ok[None, :], other=0.0)
        s = tl.dot(q, tl.trans(k))
        visible = n_ok[None, :] & (offs_n[None, :] <= q_pos[:, None])
        s = tl.where(visible, s * qk_scale, float("-inf"))
        m_i, l_i, acc = online_softmax_step(s, m_i, l_i, acc, v)
    out = acc / tl.where(l_i > 0, l_i, 1.0)[:, None]
    tl.store(o_ptr + (q_start + offs_m)[:, None] * stride_ot + h * stride_oh + offs_dv[None, :],
             out.to(o_ptr.dtype.element_ty), mask=m_ok[:, None] & dv_ok[None, :])


def mla_prefill(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, cu_seqlens_q, cu_seqlens_k,
                scale: float, *, block_m: int = 64, block_n: int = 32) -> torch.Tensor:
    """Causal varlen attention; ``cu_seqlens_*`` are lists or int tensors of ``B + 1`` offsets."""
    check_tensor(_NAME, "q", q, ndim=3, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "k", k, ndim=3, dtypes=(q.dtype,))
    check_tensor(_NAME, "v", v, ndim=3, dtypes=(q.dtype,))
    if k.shape[:2] != v.shape[:2] or k.shape[1:] != q.shape[1:]:
        raise KernelArgumentError(_NAME, f"shapes disagree: q {tuple(q.shape)}, k {tuple(k.shape)}, "
                                         f"v {tuple(v.shape)} (want [Tq,H,D], [Tk,H,D], [Tk,H,Dv])")
    cq, ck = offsets(cu_seqlens_q), offsets(cu_seqlens_k)
    if len(cq) != len(ck) or len(cq) < 1 or cq[0] != 0 or ck[0] != 0:
        raise KernelArgumentError(_NAME, "cu_seqlens_q and cu_seqlens_k must be offsets of equal length "
                                         "starting at 0")
    if cq[-1] != q.shape[0] or ck[-1] != k.shape[0]:
        raise KernelArgumentError(_NAME, f"cu_seqlens end at {cq[-1]}/{ck[-1]} but q/k have "
                                         f"{q.shape[0]}/{k.shape[0]} rows")
    lens_q = [b - a for a, b in zip(cq, cq[1:])]
    lens_k = [b - a for a, b in zip(ck, ck[1:])]
    if any(lq < 0 or lq > lk for lq, lk in zip(lens_q, lens_k)):
        raise KernelArgumentError(_NAME, "every sequence needs 0 <= query length <= key length")
    check_same_device(_NAME, q=q, k=k, v=v)
    if not triton_runnable(q, k, v):
        return mla_prefill_ref(q, k, v, cq, ck, scale)
    out = q.new_empty(q.shape[0], q.shape[1], v.shape[-1])
    B, H = len(lens_q), q.shape[1]
    if q.shape[0] == 0 or B == 0:
        return out
    cuq = torch.tensor(cq, dtype=torch.int32).to(q.device, non_blocking=True)
    cuk = torch.tensor(ck, dtype=torch.int32).to(q.device, non_blocking=True)
    D, DV = q.shape[2], v.shape[2]
    grid = (cdiv(max(lens_q), block_m), B, H)
    _prefill_kernel[grid](q, k, v, out, cuq, cuk, D, DV, float(scale), q.stride(0), q.stride(1), k.stride(0),
                          k.stride(1), v.stride(0), v.stride(1), out.stride(0), out.stride(1),
                          BLOCK_M=block_m, BLOCK_N=block_n, BLOCK_D=next_pow2(D), BLOCK_DV=next_pow2(DV),
                          num_warps=4 if next_pow2(D) <= 128 else 8, num_stages=2)
    return out
