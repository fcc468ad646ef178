"""RMSNorm, optionally fused with the residual add that precedes it."""
from __future__ import annotations

import torch


def rms_norm(x: torch.Tensor, weight: torch.Tensor, eps: float, residual: torch.Tensor | None = None):
    """RMSNorm over the last dim of ``x`` (any leading dims), in ``x``'s dtype.

    Statistics in fp32; the normalized value is rounded to ``x``'s dtype before the weight
    multiplies it (DeepSeek / transformers). With ``residual``, ``s = x + residual`` is normalized
    and ``(norm(s), s)`` returned, ``s`` being the new residual stream.
    """
    if residual is not None:
        x = x + residual
    h = x.float()
    h = h * torch.rsqrt(h.pow(2).mean(-1, keepdim=True) + eps)
    out = (weight * h.to(x.dtype)).to(x.dtype)
    return out if residual is None else (out, x)
