"""DeepSeek-V3 style FP8: block-scaled weights and per-token-group activation quantization.

Weights are ``float8_e4m3fn`` ``[..., N, K]`` with fp32 ``scale_inv`` ``[..., ceil(N/bn), ceil(K/bk)]``
(dequantized = block * scale_inv). The Triton kernels also quantize activations at run time, per
token per ``bk`` channels with scale = amax / 448, and multiply fp8 by fp8 in fp32;
``quantize_activations=True`` reproduces that here. Without it the functions compute what the
model means: activations as they are, weights dequantized to the activations' dtype.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F

FP8_DTYPE = torch.float8_e4m3fn
FP8_MAX = 448.0
_EPS = 1e-10


def per_token_group_quant_fp8(x: torch.Tensor, group_size: int = 128) -> tuple[torch.Tensor, torch.Tensor]:
    """Quantize ``x`` ``[M, K]`` per token per ``group_size`` channels: ``(q fp8 [M, K], scale fp32
    [M, K // group_size])``."""
    rows, cols = x.shape
    xf = x.float().view(rows, cols // group_size, group_size)
    scale = xf.abs().amax(-1).clamp_min(_EPS) / FP8_MAX
    q = (xf / scale.unsqueeze(-1)).clamp(-FP8_MAX, FP8_MAX).to(FP8_DTYPE)
    return q.view(rows, cols), scale


def fp8_group_dequant(q: torch.Tensor, scale: torch.Tensor, group_size: int) -> torch.Tensor:
    return q.float() * scale.repeat_interleave(group_size, dim=-1)


def quantize_activations_fp8(x: torch.Tensor, group_size: int) -> torch.Tensor:
    """``x`` ``[..., K]`` rounded through per-token-group FP8 as the kernels see it, in fp32."""
    x2 = x.reshape(-1, x.shape[-1])
    return fp8_group_dequant(*per_token_group_quant_fp8(x2, group_size), group_size).view(x.shape)


def fp8_block_dequant(weight: torch.Tensor, scale_inv: torch.Tensor, block_shape=(128, 128)) -> torch.Tensor:
    """FP8 weight ``[..., N, K]`` times its per-block ``scale_inv``, in fp32."""
    bn, bk = block_shape
    rows, cols = weight.shape[-2:]
    scale = scale_inv.float().repeat_interleave(bn, dim=-2).repeat_interleave(bk, dim=-1)
    return weight.float() * scale[..., :rows, :cols]


def fp8_linear(x: torch.Tensor, weight: torch.Tensor, weight_scale_inv: torch.Tensor, block_shape=(128, 128),
               bias: torch.Tensor | None = None, *, quantize_activations: bool = False) -> torch.Tensor:
    """``x @ dequant(weight).T (+ bias)`` in ``x``'s dtype; with ``quantize_activations``, ``x`` goes
    through per-token-group FP8 first and the product is taken in fp32 (the kernel's arithmetic)."""
    w = fp8_block_dequant(weight, weight_scale_inv, block_shape)
    if not quantize_activations:
        return F.linear(x, w.to(x.dtype), None if bias is None else bias.to(x.dtype))
    a = quantize_activations_fp8(x, block_shape[1])
    return F.linear(a, w, None if bias is None else bias.float()).to(x.dtype)
