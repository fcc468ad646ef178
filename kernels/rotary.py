"""Rotary embedding with per-token cos/sin, interleaved (DeepSeek) or half-split layout.

``cos``/``sin`` are ``[T, D/2]`` for the tokens of ``x`` ``[T, ..., D]`` (YaRN frequencies and
attention factor already folded in by the caller). Pair ``i`` is ``(x[2i], x[2i+1])`` when
``interleaved`` (DeepSeek), else ``(x[i], x[D/2 + i])``; it is rotated in place of the pair:

    o1 = x1 * cos[t, i] - x2 * sin[t, i]
    o2 = x2 * cos[t, i] + x1 * sin[t, i]
"""
from __future__ import annotations

import torch

from ._common import (FLOAT_DTYPES, KernelArgumentError, cdiv, check_same_device, check_tensor,
                      lazy_jit, next_pow2, tl, triton_runnable)
from .reference.rotary import rotary as rotary_ref

_NAME = "rotary"


@lazy_jit
def _rotary_kernel(x_ptr, cos_ptr, sin_ptr, out_ptr, H, HALF,
                   stride_xt, stride_xh, stride_ot, stride_oh, stride_cos, stride_sin,
                   INTERLEAVED: tl.constexpr, BLOCK_H: tl.constexpr, BLOCK_R: tl.constexpr):
    t = tl.program_id(0).to(tl.int64)
    offs_h = tl.program_id(1) * BLOCK_H + tl.arange(0, BLOCK_H)
    offs_i = tl.arange(0, BLOCK_R)
    mask = (offs_h[:, None] < H) & (offs_i[None, :] < HALF)
    c = tl.load(cos_ptr + t * stride_cos + offs_i, mask=offs_i < HALF, other=0.0).to(tl.float32)
    s = tl.load(sin_ptr + t * stride_sin + offs_i, mask=offs_i < HALF, other=0.0).to(tl.float32)
    if INTERLEAVED:
        first = 2 * offs_i
        second = 2 * offs_i + 1
    else:
        first = offs_i
        second = HALF + offs_i
    base = x_ptr + t * stride_xt + offs_h[:, None] * stride_xh
    x1 = tl.load(base + first[None, :], mask=mask, other=0.0).to(tl.float32)
    x2 = tl.load(base + second[None, :], mask=mask, other=0.0).to(tl.float32)
    o1 = x1 * c[None, :] - x2 * s[None, :]
    o2 = x2 * c[None, :] + x1 * s[None, :]
    obase = out_ptr + t * stride_ot + offs_h[:, None] * stride_oh
    tl.store(obase + first[None, :], o1.to(out_ptr.dtype.element_ty), mask=mask)
    tl.store(obase + second[None, :], o2.to(out_ptr.dtype.element_ty), mask=mask)


def rotary(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor, interleaved: bool = True) -> torch.Tensor:
    """Rotate ``x`` ``[T, ..., D]`` (last dim contiguous) by ``cos``/``sin`` ``[T, D/2]``; new tensor."""
    check_tensor(_NAME, "x", x, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "cos", cos, ndim=2, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "sin", sin, ndim=2, dtypes=FLOAT_DTYPES)
    if x.dim() < 2:
        raise KernelArgumentError(_NAME, f"x must be [T, ..., D], got {tuple(x.shape)}")
    D = x.shape[-1]
    if D % 2:
        raise KernelArgumentError(_NAME, f"rotary dim must be even, got {D}")
    T = x.shape[0]
    if cos.shape != sin.shape or tuple(cos.shape) != (T, D // 2):
        raise KernelArgumentError(_NAME, f"cos/sin must both be [{T}, {D // 2}], got "
                                         f"{tuple(cos.shape)} and {tuple(sin.shape)}")
    check_same_device(_NAME, x=x, cos=cos, sin=sin)
    if not triton_runnable(x, cos, sin):
        return rotary_ref(x, cos, sin, interleaved)
    x3 = x.reshape(T, -1, D) if x.dim() != 3 else x
    if x3.dim() == 3 and x3.stride(-1) != 1:
        x3 = x3.contiguous()
    out = torch.empty(x3.shape, dtype=x.dtype, device=x.device)
    H = x3.shape[1]
    if T and H:
        block_h = min(16, next_pow2(H))
        _rotary_kernel[(T, cdiv(H, block_h))](x3, cos, sin, out, H, D // 2,
                                              x3.stride(0), x3.stride(1), out.stride(0), out.stride(1),
                                              cos.stride(0), sin.stride(0), INTERLEAVED=bool(interleaved),
                                              BLOCK_H=block_h, BLOCK_R=next_pow2(D // 2))
    return out.view(x.shape)
