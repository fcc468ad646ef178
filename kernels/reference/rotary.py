"""Rotary embedding with per-token cos/sin, interleaved (DeepSeek) or half-split layout."""
from __future__ import annotations

import torch


def rotary(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor, interleaved: bool = True) -> torch.Tensor:
    """Rotate ``x`` ``[T, ..., D]`` by ``cos``/``sin`` ``[T, D/2]`` (YaRN attention factor folded in).

    Pair ``i`` is ``(x[2i], x[2i+1])`` when ``interleaved``, else ``(x[i], x[D/2 + i])``; it becomes
    ``(x1 cos - x2 sin, x2 cos + x1 sin)``, computed in fp32 and returned in ``x``'s dtype.
    """
    shape = (cos.shape[0],) + (1,) * (x.dim() - 2) + (cos.shape[1],)
    c = cos.float().view(shape)
    s = sin.float().view(shape)
    half = x.shape[-1] // 2
    x1 = (x[..., 0::2] if interleaved else x[..., :half]).float()
    x2 = (x[..., 1::2] if interleaved else x[..., half:]).float()
    o1 = x1 * c - x2 * s
    o2 = x2 * c + x1 * s
    out = torch.stack((o1, o2), -1).flatten(-2) if interleaved else torch.cat((o1, o2), -1)
    return out.to(x.dtype)
