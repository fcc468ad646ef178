"""Routed experts with DeepSeek-V4 FP4 weights: dequantise, then the fused-MoE reference."""
from __future__ import annotations

import torch

from .fused_moe import fused_moe
from .v4_quant import fp4_dequant


def fused_moe_fp4(x: torch.Tensor, w13: torch.Tensor, w13_scale: torch.Tensor, w2: torch.Tensor,
                  w2_scale: torch.Tensor, topk_weights: torch.Tensor, topk_ids: torch.Tensor,
                  expert_start: int = 0, *, swiglu_limit: float | None = None) -> torch.Tensor:
    """``[T, H]`` in ``x``'s dtype. ``w13`` ``[E, 2I, H // 2]`` packed e2m1 (gate rows then up rows) with
    E8M0 ``w13_scale`` ``[E, 2I, H // 32]``; ``w2`` ``[E, H, I // 2]`` with ``w2_scale`` ``[E, H, I // 32]``.
    Weights are dequantised to ``x``'s dtype (exact: e2m1 times a power of two)."""
    w13, w2 = fp4_dequant(w13, w13_scale, x.dtype), fp4_dequant(w2, w2_scale, x.dtype)
    return fused_moe(x, w13, w2, topk_weights, topk_ids, expert_start, swiglu_limit=swiglu_limit)
