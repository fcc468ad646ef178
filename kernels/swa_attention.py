"""DeepSeek-V4 sliding-window attention with sinks: varlen prefill over contiguous keys and decode
over a paged cache (semantics in ``reference/swa_attention.py``).

Key and value are one single-head tensor shared by all query heads, so a program takes
``BLOCK_M`` rows of (query token, head) pairs of one sequence - for decode, the heads of one
token - and walks only the keys inside the union of their windows, ``BLOCK_N`` at a time, with
an online softmax; the sink joins the normaliser at the end.
"""
from __future__ import annotations

import torch

from ._common import (FLOAT_DTYPES, INDEX_DTYPES, KernelArgumentError, cdiv, check_same_device, check_tensor,
                      lazy_jit, next_pow2, tl, triton_runnable)
from ._device import finish_with_sink, online_softmax_step
from .reference.mla_prefill import offsets
from .reference.swa_attention import swa_decode as swa_decode_ref
from .reference.swa_attention import swa_prefill as swa_prefill_ref
from .sparse_attention import check_sinks


@lazy_jit
def _swa_kernel(q_ptr, kv_ptr, cuq_ptr, cuk_ptr, table_ptr, sink_ptr, o_ptr, H, D, window, sm_scale,
                stride_qt, stride_qh, stride_kb, stride_kp, stride_tb, stride_ot, stride_oh,
                PAGED: tl.constexpr, PAGE: tl.constexpr, HAS_SINK: tl.constexpr, BLOCK_M: tl.constexpr,
                BLOCK_N: tl.constexpr, BLOCK_D: tl.constexpr):
    mb = tl.program_id(0)
    b = tl.program_id(1).to(tl.int64)
    q_start = tl.load(cuq_ptr + b).to(tl.int64)
    q_len = tl.load(cuq_ptr + b + 1).to(tl.int64) - q_start
    if mb * BLOCK_M >= q_len * H:
        return
    if PAGED:  # cuk holds sequence lengths
        k_start = 0
        k_len = tl.load(cuk_ptr + b).to(tl.int64)
    else:
        k_start = tl.load(cuk_ptr + b).to(tl.int64)
        k_len = tl.load(cuk_ptr + b + 1).to(tl.int64) - k_start
    rows = mb * BLOCK_M + tl.arange(0, BLOCK_M)
    tok = rows // H
    head = rows % H
    r_ok = tok < q_len
    pos = k_len - q_len + tok
    offs_d = tl.arange(0, BLOCK_D)
    d_ok = offs_d < D
    q = tl.load(q_ptr + (q_start + tok)[:, None] * stride_qt + head[:, None] * stride_qh + offs_d[None, :],
                mask=r_ok[:, None] & d_ok[None, :], other=0.0)
    qk_scale = sm_scale * 1.4426950408889634
    m_i = tl.full([BLOCK_M], float("-inf"), tl.float32)
    l_i = tl.zeros([BLOCK_M], dtype=tl.float32)
    acc = tl.zeros([BLOCK_M, BLOCK_D], dtype=tl.float32)
    first_pos = k_len - q_len + (mb * BLOCK_M) // H
    last_pos = k_len - q_len + tl.minimum(q_len - 1, (mb * BLOCK_M + BLOCK_M - 1) // H)
    lo = tl.maximum(first_pos - window + 1, 0)
    for n0 in range(lo, last_pos + 1, BLOCK_N):
        offs_n = n0 + tl.arange(0, BLOCK_N)
        n_ok = offs_n <= last_pos
        if PAGED:
            blk = tl.load(table_ptr + b * stride_tb + offs_n // PAGE, mask=n_ok, other=0).to(tl.int64)
            k_rows = blk * stride_kb + (offs_n % PAGE) * stride_kp
        else:
            k_rows = (k_start + offs_n) * stride_kb
        kv = tl.load(kv_ptr + k_rows[:, None] + offs_d[None, :], mask=n_ok[:, None] & d_ok[None, :],
                     other=0.0)
        s = tl.dot(q, tl.trans(kv))
        in_window = (offs_n[None, :] <= pos[:, None]) & (offs_n[None, :] > pos[:, None] - window)
        visible = n_ok[None, :] & in_window
        s = tl.where(visible, s * qk_scale, float("-inf"))
        m_i, l_i, acc = online_softmax_step(s, m_i, l_i, acc, kv)
    out = finish_with_sink(m_i, l_i, acc, sink_ptr, head, r_ok, HAS_SINK)
    tl.store(o_ptr + (q_start + tok)[:, None] * stride_ot + head[:, None] * stride_oh + offs_d[None, :],
             out.to(o_ptr.dtype.element_ty), mask=r_ok[:, None] & d_ok[None, :])


def _check_common(name, q, kv, window, sinks):
    check_tensor(name, "q", q, ndim=3, dtypes=FLOAT_DTYPES)
    check_tensor(name, "kv" if kv.dim() == 2 else "cache", kv, dtypes=(q.dtype,))
    if kv.shape[-1] != q.shape[-1]:
        raise KernelArgumentError(name, f"key dim {kv.shape[-1]} differs from query dim {q.shape[-1]}")
    if int(window) < 1:
        raise KernelArgumentError(name, f"window must be >= 1, got {window}")
    check_sinks(name, sinks, q.shape[1], q.device)


def _launch(q, kv, cuq, cuk, table, sinks, out, window, scale, *, max_rows, batches, paged, page, block_m,
            block_n):
    H, D = q.shape[1], q.shape[2]
    _swa_kernel[(cdiv(max_rows, block_m), batches)](
        q, kv, cuq, cuk, table, sinks if sinks is not None else q, out, H, D, int(window), float(scale),
        q.stride(0), q.stride(1), kv.stride(0), kv.stride(1) if paged else 0, table.stride(0) if paged else 0,
        out.stride(0), out.stride(1), PAGED=paged, PAGE=page, HAS_SINK=sinks is not None, BLOCK_M=block_m,
        BLOCK_N=block_n, BLOCK_D=max(16, next_pow2(D)), num_warps=4 if D <= 128 else 8)


def swa_prefill(q: torch.Tensor, kv: torch.Tensor, cu_seqlens_q, cu_seqlens_k, window: int, scale: float,
                sinks: torch.Tensor | None = None, *, block_m: int = 32, block_n: int = 32) -> torch.Tensor:
    """``q`` ``[Tq, H, D]`` over ``kv`` ``[Tk, D]`` (varlen by ``cu_seqlens_*``) -> ``[Tq, H, D]``."""
    name = "swa_prefill"
    check_tensor(name, "kv", kv, ndim=2)
    _check_common(name, q, kv, window, sinks)
    cq, ck = offsets(cu_seqlens_q), offsets(cu_seqlens_k)
    if len(cq) != len(ck) or len(cq) < 1 or cq[0] != 0 or ck[0] != 0 or cq[-1] != q.shape[0] or \
            ck[-1] != kv.shape[0]:
        raise KernelArgumentError(name, "cu_seqlens_q / cu_seqlens_k must be offsets of equal length from 0 "
                                        "to the number of query / key rows")
    lens_q = [b - a for a, b in zip(cq, cq[1:])]
    if any(lq < 0 or lq > lk for lq, lk in zip(lens_q, (b - a for a, b in zip(ck, ck[1:])))):
        raise KernelArgumentError(name, "every sequence needs 0 <= query length <= key length")
    check_same_device(name, q=q, kv=kv)
    if not triton_runnable(q, kv):
        return swa_prefill_ref(q, kv, cq, ck, window, scale, sinks)
    out = torch.empty_like(q)
    if q.shape[0] == 0 or len(lens_q) == 0:
        return out
    cuq = torch.tensor(cq, dtype=torch.int32).to(q.device, non_blocking=True)
    cuk = torch.tensor(ck, dtype=torch.int32).to(q.device, non_blocking=True)
    _launch(q, kv, cuq, cuk, cuq, sinks, out, window, scale, max_rows=max(lens_q) * q.shape[1],
            batches=len(lens_q), paged=False, page=1, block_m=block_m, block_n=block_n)
    return out


def swa_decode(q: torch.Tensor, cache: torch.Tensor, block_table: torch.Tensor, seq_lens: torch.Tensor,
               window: int, scale: float, sinks: torch.Tensor | None = None, *, block_m: int = 32,
               block_n: int = 32) -> torch.Tensor:
    """``q`` ``[B, H, D]``, paged ``cache`` ``[blocks, page, D]`` -> ``[B, H, D]`` (see the reference)."""
    name = "swa_decode"
    check_tensor(name, "cache", cache, ndim=3)
    _check_common(name, q, cache, window, sinks)
    check_tensor(name, "block_table", block_table, ndim=2, dtypes=INDEX_DTYPES)
    check_tensor(name, "seq_lens", seq_lens, ndim=1, dtypes=INDEX_DTYPES)
    B = q.shape[0]
    if block_table.shape[0] != B or seq_lens.shape[0] != B:
        raise KernelArgumentError(name, f"block_table {tuple(block_table.shape)} and seq_lens "
                                        f"{tuple(seq_lens.shape)} must have {B} rows")
    check_same_device(name, q=q, cache=cache, block_table=block_table, seq_lens=seq_lens)
    if not triton_runnable(q, cache):
        return swa_decode_ref(q, cache, block_table, seq_lens, window, scale, sinks)
    out = torch.empty_like(q)
    if B == 0:
        return out
    cuq = torch.arange(B + 1, dtype=torch.int32, device=q.device)
    _launch(q, cache, cuq, seq_lens, block_table, sinks, out, window, scale, max_rows=q.shape[1], batches=B,
            paged=True, page=cache.shape[1], block_m=block_m, block_n=block_n)
    return out
