"""RMSNorm, optionally fused with the residual add that precedes it.

Semantics (DeepSeek / transformers): statistics in fp32, the normalized value is
rounded to the input dtype before it is multiplied by the weight. With a residual,
``s = x + residual`` (rounded to the input dtype) is both normalized and returned as
the new residual stream.
"""
from __future__ import annotations

import torch

from ._common import (FLOAT_DTYPES, KernelArgumentError, check_same_device, check_shape, check_tensor,
                      lazy_jit, next_pow2, tl, triton_runnable)
from .reference.rms_norm import rms_norm as rms_norm_ref

_NAME = "rms_norm"


@lazy_jit
def _rms_norm_kernel(x_ptr, r_ptr, w_ptr, out_ptr, rout_ptr, D, eps,
                     stride_x, stride_r, stride_o, stride_ro,
                     HAS_RESIDUAL: tl.constexpr, BLOCK_D: tl.constexpr):
    row = tl.program_id(0).to(tl.int64)
    offs = tl.arange(0, BLOCK_D)
    mask = offs < D
    x = tl.load(x_ptr + row * stride_x + offs, mask=mask, other=0.0)
    if HAS_RESIDUAL:
        r = tl.load(r_ptr + row * stride_r + offs, mask=mask, other=0.0)
        x = (x.to(tl.float32) + r.to(tl.float32)).to(x_ptr.dtype.element_ty)
        tl.store(rout_ptr + row * stride_ro + offs, x, mask=mask)
    h = x.to(tl.float32)
    var = tl.sum(h * h, axis=0) / D
    h = h * (1.0 / tl.sqrt(var + eps))
    w = tl.load(w_ptr + offs, mask=mask, other=0.0).to(tl.float32)
    y = h.to(x_ptr.dtype.element_ty).to(tl.float32) * w
    tl.store(out_ptr + row * stride_o + offs, y.to(out_ptr.dtype.element_ty), mask=mask)


def rms_norm(x: torch.Tensor, weight: torch.Tensor, eps: float,
             residual: torch.Tensor | None = None):
    """RMSNorm over the last dim of ``x`` (any leading dims).

    Returns ``out`` or, with ``residual``, ``(out, x + residual)``.
    """
    check_tensor(_NAME, "x", x, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "weight", weight, ndim=1, dtypes=FLOAT_DTYPES)
    if x.dim() < 1:
        raise KernelArgumentError(_NAME, "x must have at least one dim")
    check_shape(_NAME, "weight", weight, (x.shape[-1],))
    if residual is not None:
        check_tensor(_NAME, "residual", residual, dtypes=(x.dtype,))
        check_shape(_NAME, "residual", residual, tuple(x.shape))
    check_same_device(_NAME, x=x, weight=weight, residual=residual)
    if not triton_runnable(x, weight):
        return rms_norm_ref(x, weight, eps, residual)

    D = x.shape[-1]
    x2 = x.reshape(-1, D)
    out = torch.empty(x.shape, dtype=x.dtype, device=x.device)
    o2 = out.view(-1, D)
    rows = x2.shape[0]
    if residual is not None:
        r2 = residual.reshape(-1, D)
        rout = torch.empty_like(out)
        ro2 = rout.view(-1, D)
    else:
        r2, ro2 = x2, o2
    if rows:
        block = next_pow2(D)
        _rms_norm_kernel[(rows,)](x2, r2, weight, o2, ro2, D, float(eps),
                                  x2.stride(0), r2.stride(0), o2.stride(0), ro2.stride(0),
                                  HAS_RESIDUAL=residual is not None, BLOCK_D=block,
                                  num_warps=min(16, max(1, block // 256)))
    return out if residual is None else (out, rout)
