"""DeepSeek-V4 weight formats: FP4 (e2m1) experts and FP8 (e4m3) blocks, both with E8M0 scales.

- E8M0 scale: one byte ``b`` meaning ``2 ** (b - 127)`` (``b = 255`` is NaN); stored as
  ``torch.float8_e8m0fnu`` or as raw ``uint8``.
- FP4 weight ``[..., N, K // 2]`` (``uint8``/``int8``/``float4_e2m1fn_x2``): two e2m1 values per
  byte, element ``2j`` in the low nibble of byte ``j`` and ``2j + 1`` in the high nibble; scale
  ``[..., N, K // 32]``, one per 32 consecutive input elements of a row.
- FP8 weight ``[..., N, K]`` ``float8_e4m3fn``; scale ``[..., ceil(N/128), ceil(K/128)]``.
Dequantised values are products of the element and a power of two, taken in fp32 and rounded once
to the requested dtype.
"""
from __future__ import annotations

import torch

FP4_GROUP = 32
# e2m1 nibble -> value: sign bit 3, exponent bits 2-1 (bias 1), mantissa bit 0
E2M1_VALUES = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, -0.0, -0.5, -1.0, -1.5, -2.0, -3.0, -4.0, -6.0)
_FP4_DTYPES = tuple(d for d in (torch.uint8, torch.int8, getattr(torch, "float4_e2m1fn_x2", None)) if d)
E8M0_DTYPES = tuple(d for d in (torch.uint8, getattr(torch, "float8_e8m0fnu", None)) if d)


def as_bytes(t: torch.Tensor) -> torch.Tensor:
    """A one-byte tensor (packed FP4, E8M0 scales) viewed as ``uint8``."""
    return t if t.dtype == torch.uint8 else t.view(torch.uint8)


def e8m0_to_float(scale: torch.Tensor) -> torch.Tensor:
    """E8M0 bytes to their fp32 powers of two (byte 0 is the subnormal 2**-127, 255 is NaN)."""
    b = as_bytes(scale).to(torch.int32)
    bits = torch.where(b == 0, torch.full_like(b, 0x00400000), b << 23)
    bits = torch.where(b == 255, torch.full_like(b, 0x7FC00000), bits)
    return bits.view(torch.float32)


def fp4_unpack(packed: torch.Tensor) -> torch.Tensor:
    """``[..., K // 2]`` packed e2m1 bytes to ``[..., K]`` fp32 values, low nibble first."""
    b = as_bytes(packed).long()
    table = torch.tensor(E2M1_VALUES, dtype=torch.float32, device=packed.device)
    pairs = torch.stack([table[b & 0xF], table[b >> 4]], dim=-1)
    return pairs.reshape(*packed.shape[:-1], 2 * packed.shape[-1])


def fp4_dequant(packed: torch.Tensor, scale: torch.Tensor,
                dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """FP4 weight ``[..., N, K // 2]`` with E8M0 ``scale`` ``[..., N, K // 32]`` -> ``[..., N, K]``."""
    values = fp4_unpack(packed)
    factors = e8m0_to_float(scale).repeat_interleave(FP4_GROUP, dim=-1)
    return (values * factors).to(dtype)


def fp8_e8m0_dequant(weight: torch.Tensor, scale: torch.Tensor, block_shape=(128, 128),
                     dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """FP8 weight ``[..., N, K]`` with E8M0 block ``scale`` ``[..., ceil(N/bn), ceil(K/bk)]``."""
    bn, bk = block_shape
    rows, cols = weight.shape[-2:]
    factors = e8m0_to_float(scale).repeat_interleave(bn, dim=-2).repeat_interleave(bk, dim=-1)
    return (weight.float() * factors[..., :rows, :cols]).to(dtype)
