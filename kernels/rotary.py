"""Rotary embedding on interleaved pairs (2i, 2i+1), DeepSeek style.

``cos``/``sin`` are precomputed tables ``[max_positions, rot_dim // 2]`` (YaRN scaling,
including any mscale, is already folded in by whoever builds them). Pair ``i`` of a
token at position ``p`` is rotated by angle index ``i``:

    o1 = x[2i] * cos[p, i] - x[2i+1] * sin[p, i]
    o2 = x[2i+1] * cos[p, i] + x[2i] * sin[p, i]

``halves_out=False`` writes ``(o1, o2)`` back to positions (2i, 2i+1) (DeepSeek's own
``model.py``); ``halves_out=True`` writes all ``o1`` then all ``o2`` (what transformers'
``apply_rotary_pos_emb_interleave`` returns). Both give the same q.k products as long as
queries and keys use the same layout.
"""
from __future__ import annotations

import torch

from ._common import (FLOAT_DTYPES, INDEX_DTYPES, KernelArgumentError, cdiv, check_same_device, check_tensor,
                      lazy_jit, next_pow2, tl, triton_runnable)

_NAME = "rotary_embedding"


def rotary_embedding_ref(x: torch.Tensor, positions: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor,
                         halves_out: bool = False) -> torch.Tensor:
    c = cos[positions.long()].float().unsqueeze(-2)  # [T, 1, R/2]
    s = sin[positions.long()].float().unsqueeze(-2)
    x1 = x[..., 0::2].float()
    x2 = x[..., 1::2].float()
    o1 = x1 * c - x2 * s
    o2 = x2 * c + x1 * s
    out = torch.cat((o1, o2), -1) if halves_out else torch.stack((o1, o2), -1).flatten(-2)
    return out.to(x.dtype)


@lazy_jit
def _rotary_kernel(x_ptr, pos_ptr, cos_ptr, sin_ptr, out_ptr, H, HALF,
                   stride_xt, stride_xh, stride_ot, stride_oh, stride_cos, stride_sin,
                   HALVES_OUT: tl.constexpr, BLOCK_H: tl.constexpr, BLOCK_R: tl.constexpr):
    t = tl.program_id(0).to(tl.int64)
    offs_h = tl.program_id(1) * BLOCK_H + tl.arange(0, BLOCK_H)
    offs_i = tl.arange(0, BLOCK_R)
    mask = (offs_h[:, None] < H) & (offs_i[None, :] < HALF)
    pos = tl.load(pos_ptr + t).to(tl.int64)
    c = tl.load(cos_ptr + pos * stride_cos + offs_i, mask=offs_i < HALF, other=0.0).to(tl.float32)
    s = tl.load(sin_ptr + pos * stride_sin + offs_i, mask=offs_i < HALF, other=0.0).to(tl.float32)
    base = x_ptr + t * stride_xt + offs_h[:, None] * stride_xh
    x1 = tl.load(base + 2 * offs_i[None, :], mask=mask, other=0.0).to(tl.float32)
    x2 = tl.load(base + 2 * offs_i[None, :] + 1, mask=mask, other=0.0).to(tl.float32)
    o1 = x1 * c[None, :] - x2 * s[None, :]
    o2 = x2 * c[None, :] + x1 * s[None, :]
    obase = out_ptr + t * stride_ot + offs_h[:, None] * stride_oh
    if HALVES_OUT:
        p1 = obase + offs_i[None, :]
        p2 = obase + HALF + offs_i[None, :]
    else:
        p1 = obase + 2 * offs_i[None, :]
        p2 = obase + 2 * offs_i[None, :] + 1
    tl.store(p1, o1.to(out_ptr.dtype.element_ty), mask=mask)
    tl.store(p2, o2.to(out_ptr.dtype.element_ty), mask=mask)


def rotary_embedding(x: torch.Tensor, positions: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor,
                     halves_out: bool = False) -> torch.Tensor:
    """Rotate ``x`` of shape ``[T, R]`` or ``[T, H, R]`` by the angles of ``positions`` ``[T]``.

    Returns a new tensor shaped like ``x``.
    """
    check_tensor(_NAME, "x", x, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "positions", positions, ndim=1, dtypes=INDEX_DTYPES, last_contiguous=False)
    check_tensor(_NAME, "cos", cos, ndim=2, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "sin", sin, ndim=2, dtypes=FLOAT_DTYPES)
    if x.dim() not in (2, 3):
        raise KernelArgumentError(_NAME, f"x must be [T, R] or [T, H, R], got {tuple(x.shape)}")
    R = x.shape[-1]
    if R % 2:
        raise KernelArgumentError(_NAME, f"rotary dim must be even, got {R}")
    if positions.shape[0] != x.shape[0]:
        raise KernelArgumentError(_NAME, f"positions has {positions.shape[0]} entries for "
                                         f"{x.shape[0]} tokens")
    if cos.shape != sin.shape or cos.shape[1] != R // 2:
        raise KernelArgumentError(_NAME, f"cos/sin must both be [max_pos, {R // 2}], got "
                                         f"{tuple(cos.shape)} and {tuple(sin.shape)}")
    check_same_device(_NAME, x=x, positions=positions, cos=cos, sin=sin)
    if not triton_runnable(x, cos, sin):
        return rotary_embedding_ref(x, positions, cos, sin, halves_out)

    x3 = x if x.dim() == 3 else x.unsqueeze(1)
    out = torch.empty(x3.shape, dtype=x.dtype, device=x.device)
    T, H, _ = x3.shape
    if T and H:
        block_h = min(16, next_pow2(H))
        grid = (T, cdiv(H, block_h))
        _rotary_kernel[grid](x3, positions.contiguous(), cos, sin, out, H, R // 2,
                             x3.stride(0), x3.stride(1), out.stride(0), out.stride(1),
                             cos.stride(0), sin.stride(0),
                             HALVES_OUT=halves_out, BLOCK_H=block_h, BLOCK_R=next_pow2(R // 2))
    return out if x.dim() == 3 else out.squeeze(1)

