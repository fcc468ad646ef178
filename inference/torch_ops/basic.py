"""RMSNorm, rotary embedding, paged-cache write/gather and FP8 block dequantization in plain torch."""

from __future__ import annotations

import torch


def rms_norm(
    x: torch.Tensor, weight: torch.Tensor, eps: float, residual: torch.Tensor | None = None
) -> torch.Tensor | tuple[torch.Tensor, torch.Tensor]:
    if residual is not None:
        x = x + residual
    h = x.float()
    h = h * torch.rsqrt(h.pow(2).mean(-1, keepdim=True) + eps)
    out = weight * h.to(x.dtype)
    return out if residual is None else (out, x)


def rotary(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor, interleaved: bool) -> torch.Tensor:
    """Rotate `x` [T, ..., D] by per-token angles: cos/sin are [T, D/2] (already attention-scaled)."""
    shape = (cos.shape[0],) + (1,) * (x.dim() - 2) + (cos.shape[1],)
    cos = cos.view(shape).to(x.dtype)
    sin = sin.view(shape).to(x.dtype)
    if interleaved:
        x1, x2 = x[..., 0::2], x[..., 1::2]
        return torch.stack((x1 * cos - x2 * sin, x2 * cos + x1 * sin), dim=-1).flatten(-2)
    half = x.shape[-1] // 2
    x1, x2 = x[..., :half], x[..., half:]
    return torch.cat((x1 * cos - x2 * sin, x2 * cos + x1 * sin), dim=-1)


def cache_write(kv_cache: torch.Tensor, slot_mapping: torch.Tensor, latent: torch.Tensor) -> None:
    kv_cache.view(-1, kv_cache.shape[-1]).index_copy_(0, slot_mapping, latent.to(kv_cache.dtype))


def cache_gather(
    kv_cache: torch.Tensor, block_tables: torch.Tensor, context_lens: torch.Tensor
) -> torch.Tensor:
    """Concatenate each sequence's first context_lens[i] cached rows: [sum(context_lens), D]."""
    block_size = kv_cache.shape[1]
    lens = context_lens.tolist()
    pos = torch.cat([torch.arange(n, device=kv_cache.device) for n in lens])
    seq = torch.repeat_interleave(torch.arange(len(lens), device=kv_cache.device), context_lens.long())
    blocks = block_tables[seq, pos // block_size].long()
    return kv_cache.view(-1, kv_cache.shape[-1])[blocks * block_size + pos % block_size]


def fp8_block_dequant(weight: torch.Tensor, scale_inv: torch.Tensor, block: tuple[int, int]) -> torch.Tensor:
    """Dequantize an FP8 weight [out, in] with per-block fp32 scales [ceil(out/bo), ceil(in/bi)]."""
    out_f, in_f = weight.shape
    scale = scale_inv.float().repeat_interleave(block[0], 0)[:out_f].repeat_interleave(block[1], 1)[:, :in_f]
    return weight.float() * scale


def fp8_linear(
    x: torch.Tensor, weight: torch.Tensor, scale_inv: torch.Tensor, block: tuple[int, int]
) -> torch.Tensor:
    return torch.nn.functional.linear(x, fp8_block_dequant(weight, scale_inv, block).to(x.dtype))
