"""Dequantisation of DeepSeek-V4 weights on the torch path.

- FP8 e4m3 weights [out, in] with one scale per 128 x 128 block (`weight_block_size`).
- FP4 e2m1 routed-expert weights, two values per byte (the even input index in the low nibble),
  [out, in / 2], with one scale per 32 consecutive inputs: [out, in / 32].
Scales are E8M0 (a biased power-of-two exponent byte, `float8_e8m0fnu` or raw `uint8`) or fp32.
The products are exact in fp32: every code times a power of two is representable.
"""

from __future__ import annotations

import torch

from sluice.inference.ops import fp8_block_dequant

FP4_GROUP = 32
E2M1_VALUES = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, -0.0, -0.5, -1.0, -1.5, -2.0, -3.0, -4.0, -6.0)
_E8M0_NAN = 255


def e8m0_to_float(scale: torch.Tensor) -> torch.Tensor:
    """Scale tensor -> fp32. E8M0 bytes b mean 2 ** (b - 127) (255 is NaN); other dtypes are cast."""
    if scale.dtype not in (torch.uint8, torch.float8_e8m0fnu):
        return scale.float()
    exponent = scale.contiguous().view(torch.uint8).to(torch.int32)
    # 2**-127 (byte 0) is an fp32 subnormal: only mantissa bit 22 set
    bits = torch.where(exponent == 0, torch.full_like(exponent, 1 << 22), exponent << 23)
    value = bits.view(torch.float32).clone()
    return value.masked_fill_(exponent == _E8M0_NAN, float("nan"))


def dequant_fp8(weight: torch.Tensor, scale: torch.Tensor, block: tuple[int, int]) -> torch.Tensor:
    """FP8 e4m3 weight [out, in] times its per-block scale [ceil(out/bo), ceil(in/bi)] -> fp32."""
    rows, cols = weight.shape
    expected = (-(-rows // block[0]), -(-cols // block[1]))
    if tuple(scale.shape) != expected:
        raise ValueError(
            f"block scale shape {list(scale.shape)}, expected {list(expected)} for {block} blocks"
        )
    return fp8_block_dequant(weight, e8m0_to_float(scale), block)


def unpack_fp4(packed: torch.Tensor) -> torch.Tensor:
    """[out, in / 2] bytes (int8 / uint8 / float4_e2m1fn_x2) -> fp32 [out, in] e2m1 values."""
    codes = packed.contiguous().view(torch.uint8).to(torch.long)
    table = torch.tensor(E2M1_VALUES, dtype=torch.float32, device=packed.device)
    values = torch.stack((table[codes & 0xF], table[codes >> 4]), dim=-1)
    return values.reshape(*packed.shape[:-1], 2 * packed.shape[-1])


def dequant_fp4(packed: torch.Tensor, scale: torch.Tensor) -> torch.Tensor:
    """FP4 expert weight [out, in / 2] with scale [out, in / 32] -> fp32 [out, in]."""
    values = unpack_fp4(packed)
    rows, cols = values.shape
    if cols % FP4_GROUP or tuple(scale.shape) != (rows, cols // FP4_GROUP):
        raise ValueError(
            f"FP4 scale shape {list(scale.shape)}, expected {[rows, cols // FP4_GROUP]} "
            f"(one per {FP4_GROUP} inputs)"
        )
    return values * e8m0_to_float(scale).repeat_interleave(FP4_GROUP, dim=-1)


def is_fp4_packed(dtype: torch.dtype) -> bool:
    return dtype in (torch.int8, torch.uint8) or dtype == getattr(torch, "float4_e2m1fn_x2", None)


# Quantisers: the inverse of the functions above, used to write FP8 / FP4 checkpoints.
FP8_MAX = 448.0
FP4_MAX = 6.0


def float_to_e8m0(scale: torch.Tensor) -> torch.Tensor:
    """Positive power-of-two fp32 scales -> E8M0 bytes (uint8, 2 ** (b - 127))."""
    exponent = torch.round(torch.log2(scale.float())).to(torch.int32) + 127
    return exponent.clamp(0, 254).to(torch.uint8)


def _pow2_scale(amax: torch.Tensor, top: float) -> torch.Tensor:
    """Smallest power of two s with amax / s <= top (2 ** -127 for all-zero groups)."""
    ratio = (amax.float() / top).clamp(min=2.0**-127)
    return torch.exp2(torch.ceil(torch.log2(ratio))).clamp(min=2.0**-127)


def quant_fp8(weight: torch.Tensor, block: tuple[int, int] = (128, 128)) -> tuple[torch.Tensor, torch.Tensor]:
    """fp32 weight [out, in] -> (e4m3 weight, E8M0 scale bytes [ceil(out/bo), ceil(in/bi)])."""
    rows, cols = weight.shape
    bo, bi = block
    pr, pc = -(-rows // bo) * bo, -(-cols // bi) * bi
    padded = torch.zeros(pr, pc, dtype=torch.float32, device=weight.device)
    padded[:rows, :cols] = weight.float()
    blocks = padded.view(pr // bo, bo, pc // bi, bi)
    scale = _pow2_scale(blocks.abs().amax(dim=(1, 3)), FP8_MAX)
    scaled = (blocks / scale[:, None, :, None]).clamp(-FP8_MAX, FP8_MAX)
    codes = scaled.reshape(pr, pc)[:rows, :cols].to(torch.float8_e4m3fn)
    return codes.contiguous(), float_to_e8m0(scale)


def quant_fp4(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """fp32 weight [out, in] -> (packed e2m1 bytes [out, in / 2] as uint8, E8M0 scale bytes [out, in / 32]).

    Values round to the nearest e2m1 code (ties to the smaller magnitude); the even input index goes
    into the low nibble."""
    rows, cols = weight.shape
    if cols % FP4_GROUP:
        raise ValueError(f"FP4 needs the input dimension to be a multiple of {FP4_GROUP}, got {cols}")
    groups = weight.float().view(rows, cols // FP4_GROUP, FP4_GROUP)
    scale = _pow2_scale(groups.abs().amax(dim=-1), FP4_MAX)
    scaled = (groups / scale[..., None]).reshape(rows, cols)
    magnitudes = torch.tensor(E2M1_VALUES[:8], dtype=torch.float32, device=weight.device)
    index = (scaled.abs().unsqueeze(-1) - magnitudes).abs().argmin(dim=-1)
    codes = index | ((scaled < 0) & (index > 0)).to(torch.long) << 3
    packed = (codes[:, 0::2] | (codes[:, 1::2] << 4)).to(torch.uint8)
    return packed.contiguous(), float_to_e8m0(scale)


def fake_quant_fp8(weight: torch.Tensor, block: tuple[int, int] = (128, 128)) -> torch.Tensor:
    """What `quant_fp8` then `dequant_fp8` make of weight (fp32)."""
    codes, scale = quant_fp8(weight, block)
    return dequant_fp8(codes, scale, block)


def fake_quant_fp4(weight: torch.Tensor) -> torch.Tensor:
    """What `quant_fp4` then `dequant_fp4` make of weight (fp32)."""
    return dequant_fp4(*quant_fp4(weight))
