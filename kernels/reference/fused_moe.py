"""Routed experts: each token's sum over its chosen experts of weight * down(silu(gate(x)) * up(x))."""
from __future__ import annotations

import torch
import torch.nn.functional as F

from .fp8_linear import FP8_DTYPE, fp8_block_dequant, quantize_activations_fp8


def fused_moe(x: torch.Tensor, w13: torch.Tensor, w2: torch.Tensor, topk_weights: torch.Tensor,
              topk_ids: torch.Tensor, expert_start: int = 0, *, w13_scale: torch.Tensor | None = None,
              w2_scale: torch.Tensor | None = None, block_shape=(128, 128),
              quantize_activations: bool = False, swiglu_limit: float | None = None) -> torch.Tensor:
    """``[T, H]`` in ``x``'s dtype for ``x`` ``[T, H]``.

    ``w13`` ``[E_local, 2I, H]`` holds gate rows then up rows, ``w2`` ``[E_local, H, I]``; only experts
    ``expert_start .. expert_start + E_local - 1`` are held here (expert parallelism): pairs routed
    elsewhere contribute nothing. FP8 e4m3 weights come with fp32 block scales ``w13_scale``
    ``[E, 2I/bo, ceil(H/bi)]`` and ``w2_scale`` ``[E, ceil(H/bo), ceil(I/bi)]`` for
    ``block_shape = (bo, bi)``; they are dequantized to ``x``'s dtype, or, with
    ``quantize_activations``, both GEMMs take FP8-rounded activations in fp32 as the kernel does.
    The gate product and the sum over experts are taken in fp32; the hidden activation is rounded
    to ``x``'s dtype, as the kernel stores it. ``swiglu_limit`` (DeepSeek-V4) clamps the gate
    pre-activation from above and the up pre-activation to ``[-limit, limit]``.
    """
    fp8 = w13.dtype == FP8_DTYPE
    emulate = fp8 and quantize_activations
    compute = torch.float32 if emulate else x.dtype
    if fp8:
        w13 = fp8_block_dequant(w13, w13_scale, block_shape).to(compute)
        w2 = fp8_block_dequant(w2, w2_scale, block_shape).to(compute)
    local, inter = w13.shape[0], w2.shape[2]
    flat_ids = topk_ids.flatten() - expert_start
    order = torch.argsort(flat_ids, stable=True)
    counts = torch.bincount(flat_ids.clamp(-1, local).add(1), minlength=local + 2).tolist()
    start, stop = counts[0], counts[0] + sum(counts[1 : local + 1])
    order = order[start:stop]  # (token, k) pairs routed to the experts held here, grouped by expert
    token_of = order // topk_ids.shape[1]
    xs = x[token_of]
    if emulate:
        xs = quantize_activations_fp8(xs, block_shape[1])
    ys = torch.empty(xs.shape[0], w2.shape[1], dtype=compute, device=x.device)
    begin = 0
    for e in range(local):
        n = counts[e + 1]
        if n == 0:
            continue
        rows = slice(begin, begin + n)
        h = F.linear(xs[rows], w13[e])
        if h.dtype != torch.float32:
            h = h.float()
        gate, up = h[:, :inter], h[:, inter:]
        if swiglu_limit is not None:
            gate, up = gate.clamp(max=swiglu_limit), up.clamp(-swiglu_limit, swiglu_limit)
        act = F.silu(gate) * up
        if emulate:
            act = quantize_activations_fp8(act.to(x.dtype), block_shape[1])
        elif act.dtype != compute:
            act = act.to(compute)
        torch.mm(act, w2[e].t(), out=ys[rows])
        begin += n
    ys = ys.float()
    ys *= topk_weights.flatten()[order, None].float()
    out = torch.zeros(x.shape, dtype=torch.float32, device=x.device)
    return out.index_add_(0, token_of, ys).to(x.dtype)
