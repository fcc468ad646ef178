"""DeepSeek-V4 gated KV compressor in Triton (semantics in ``reference/compressor.py``).

One program per compressed entry: the window's slots (and, with overlap, the previous window's
Ca slots or the carried state) are folded ``BLOCK_R`` at a time into a per-channel online
softmax, so a 128-token HCA window never sits in registers whole; then the RMSNorm over the
entry's ``d`` channels.
"""
from __future__ import annotations

import torch

from ._common import (FLOAT_DTYPES, KernelArgumentError, check_same_device, check_tensor, lazy_jit,
                      lazy_jit_helper, next_pow2, tl, triton_runnable)
from .reference.compressor import compress_kv as compress_kv_ref
from .reference.mla_prefill import offsets

_NAME = "compress_kv"


@lazy_jit_helper
def _fold_slots(kv, g, m, l, acc):
    """Fold slots ``kv``/``g`` ``[R, D]`` (masked gates at -inf) into per-channel softmax sums."""
    m_new = tl.maximum(m, tl.max(g, axis=0))
    m_safe = tl.where(m_new > float("-inf"), m_new, 0.0)
    alpha = tl.exp(m - m_safe)
    p = tl.exp(g - m_safe[None, :])
    return m_new, l * alpha + tl.sum(p, axis=0), acc * alpha + tl.sum(p * kv, axis=0)


@lazy_jit
def _compress_kernel(kv_ptr, g_ptr, bias_ptr, w_ptr, pkv_ptr, pg_ptr, tok_ptr, seq_ptr, first_ptr, o_ptr,
                     rate, D, eps, stride_kv, stride_g, stride_b, stride_pb, stride_pr, stride_o,
                     OVERLAP: tl.constexpr, HAS_PREV: tl.constexpr, BLOCK_R: tl.constexpr,
                     BLOCK_D: tl.constexpr):
    w = tl.program_id(0).to(tl.int64)
    tok = tl.load(tok_ptr + w).to(tl.int64)
    offs_d = tl.arange(0, BLOCK_D)
    offs_r = tl.arange(0, BLOCK_R)
    d_ok = offs_d < D
    m = tl.full([BLOCK_D], float("-inf"), tl.float32)
    l = tl.zeros([BLOCK_D], dtype=tl.float32)
    acc = tl.zeros([BLOCK_D], dtype=tl.float32)
    col = D if OVERLAP else 0  # Cb (or the whole projection) of this window's tokens
    for r0 in range(0, rate, BLOCK_R):
        slot = r0 + offs_r
        ok = (slot < rate)[:, None] & d_ok[None, :]
        rows = tok + slot
        kv = tl.load(kv_ptr + rows[:, None] * stride_kv + col + offs_d[None, :], mask=ok, other=0.0)
        g = tl.load(g_ptr + rows[:, None] * stride_g + col + offs_d[None, :], mask=ok, other=0.0)
        kv, g = kv.to(tl.float32), g.to(tl.float32)
        g += tl.load(bias_ptr + slot[:, None] * stride_b + col + offs_d[None, :], mask=ok, other=0.0)
        m, l, acc = _fold_slots(kv, tl.where(ok, g, float("-inf")), m, l, acc)
    if OVERLAP:
        first = tl.load(first_ptr + w) != 0
        if not first:  # Ca of the previous window's tokens
            for r0 in range(0, rate, BLOCK_R):
                slot = r0 + offs_r
                ok = (slot < rate)[:, None] & d_ok[None, :]
                rows = tok - rate + slot
                kv = tl.load(kv_ptr + rows[:, None] * stride_kv + offs_d[None, :], mask=ok, other=0.0)
                g = tl.load(g_ptr + rows[:, None] * stride_g + offs_d[None, :], mask=ok, other=0.0)
                kv, g = kv.to(tl.float32), g.to(tl.float32)
                g += tl.load(bias_ptr + slot[:, None] * stride_b + offs_d[None, :], mask=ok, other=0.0)
                m, l, acc = _fold_slots(kv, tl.where(ok, g, float("-inf")), m, l, acc)
        elif HAS_PREV:  # the previous call's last window, carried by the caller
            seq = tl.load(seq_ptr + w).to(tl.int64)
            for r0 in range(0, rate, BLOCK_R):
                slot = r0 + offs_r
                ok = (slot < rate)[:, None] & d_ok[None, :]
                at = seq * stride_pb + slot[:, None] * stride_pr + offs_d[None, :]
                kv = tl.load(pkv_ptr + at, mask=ok, other=0.0).to(tl.float32)
                g = tl.load(pg_ptr + at, mask=ok, other=float("-inf")).to(tl.float32)
                m, l, acc = _fold_slots(kv, tl.where(ok, g, float("-inf")), m, l, acc)
    pooled = (acc / tl.where(l > 0, l, 1.0)).to(o_ptr.dtype.element_ty).to(tl.float32)
    rstd = 1.0 / tl.sqrt(tl.sum(pooled * pooled, axis=0) / D + eps)
    out = pooled * rstd * tl.load(w_ptr + offs_d, mask=d_ok, other=0.0).to(tl.float32)
    tl.store(o_ptr + w * stride_o + offs_d, out.to(o_ptr.dtype.element_ty), mask=d_ok)


def compress_kv(kv: torch.Tensor, gate: torch.Tensor, position_bias: torch.Tensor, norm_weight: torch.Tensor,
                cu_seqlens, rate: int, *, overlap: bool, eps: float = 1e-6,
                prev_kv: torch.Tensor | None = None, prev_gate: torch.Tensor | None = None) -> torch.Tensor:
    """Compressed entries ``[sum of len / rate, d]`` (see the reference for the layout)."""
    check_tensor(_NAME, "kv", kv, ndim=2, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "gate", gate, ndim=2, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "position_bias", position_bias, ndim=2, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "norm_weight", norm_weight, ndim=1, dtypes=FLOAT_DTYPES)
    d, width = norm_weight.shape[0], (2 if overlap else 1) * norm_weight.shape[0]
    rate = int(rate)
    if rate < 1 or kv.shape[1] != width or gate.shape != kv.shape or \
            tuple(position_bias.shape) != (rate, width):
        raise KernelArgumentError(_NAME, f"for d={d}, rate={rate}, overlap={overlap}: kv and gate must be "
                                         f"[T, {width}] and position_bias [{rate}, {width}]; got "
                                         f"{tuple(kv.shape)}, {tuple(gate.shape)}, "
                                         f"{tuple(position_bias.shape)}")
    cu = offsets(cu_seqlens)
    lens = [b - a for a, b in zip(cu, cu[1:])]
    if not cu or cu[0] != 0 or cu[-1] != kv.shape[0] or any(n < 0 or n % rate for n in lens):
        raise KernelArgumentError(_NAME, f"cu_seqlens must run from 0 to {kv.shape[0]} in steps that are "
                                         f"multiples of rate={rate}")
    has_prev = prev_kv is not None
    if has_prev != (prev_gate is not None) or (has_prev and not overlap):
        raise KernelArgumentError(_NAME, "prev_kv and prev_gate come together, and only with overlap")
    if has_prev:
        for name, t in (("prev_kv", prev_kv), ("prev_gate", prev_gate)):
            check_tensor(_NAME, name, t, ndim=3, dtypes=FLOAT_DTYPES)
            if tuple(t.shape) != (len(lens), rate, d):
                raise KernelArgumentError(_NAME, f"{name} must be {(len(lens), rate, d)}, got "
                                                 f"{tuple(t.shape)}")
    check_same_device(_NAME, kv=kv, gate=gate, position_bias=position_bias, norm_weight=norm_weight,
                      prev_kv=prev_kv, prev_gate=prev_gate)
    if not triton_runnable(kv, gate) or (kv.dtype == torch.bfloat16 and not kv.is_cuda):
        return compress_kv_ref(kv, gate, position_bias, norm_weight, cu, rate, overlap=overlap, eps=eps,
                               prev_kv=prev_kv, prev_gate=prev_gate)
    windows = torch.tensor([n // rate for n in lens], dtype=torch.long)
    total = int(windows.sum())
    out = torch.empty((total, d), dtype=kv.dtype, device=kv.device)
    if total == 0:
        return out
    seq = torch.repeat_interleave(torch.arange(len(lens)), windows)
    first_window = torch.cumsum(windows, 0) - windows
    index_in_seq = torch.arange(total) - first_window[seq]
    tok = torch.tensor(cu[:-1], dtype=torch.long)[seq] + index_in_seq * rate
    dev = kv.device
    pkv = prev_kv.contiguous() if has_prev else kv
    pg = prev_gate.float().contiguous() if has_prev else kv
    _compress_kernel[(total,)](
        kv, gate, position_bias.float().contiguous(), norm_weight, pkv, pg, tok.to(dev, torch.int32),
        seq.to(dev, torch.int32), (index_in_seq == 0).to(dev, torch.int32), out, rate, d, float(eps),
        kv.stride(0), gate.stride(0), width, pkv.stride(0) if has_prev else 0,
        pkv.stride(1) if has_prev else 0, out.stride(0), OVERLAP=bool(overlap), HAS_PREV=has_prev,
        BLOCK_R=min(16, next_pow2(rate)), BLOCK_D=next_pow2(d))
    return out
