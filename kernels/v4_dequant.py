"""DeepSeek-V4 dequantisation: FP4 (e2m1) weights with per-32 E8M0 scales and FP8 (e4m3) weights
with per-128x128-block E8M0 scales (formats in ``kernels/reference/v4_quant.py``).

Both kernels rebuild the power-of-two scale from its exponent byte and multiply in fp32, then
round once to the output dtype, so results equal the reference bit for bit.
"""
from __future__ import annotations

import torch

from ._common import (KernelArgumentError, cdiv, check_same_device, check_tensor, lazy_jit,
                      lazy_jit_helper, tl, triton_runnable)
from .reference.v4_quant import _FP4_DTYPES, E8M0_DTYPES, FP4_GROUP, as_bytes
from .reference.v4_quant import fp4_dequant as fp4_dequant_ref
from .reference.v4_quant import fp8_e8m0_dequant as fp8_e8m0_dequant_ref

OUT_DTYPES = (torch.float32, torch.float16, torch.bfloat16)


@lazy_jit_helper
def e8m0_scale(b):
    """E8M0 exponent bytes (any int type) to fp32 powers of two; 0 -> 2**-127, 255 -> NaN."""
    b = b.to(tl.int32)
    bits = tl.where(b == 0, 0x00400000, b << 23)
    bits = tl.where(b == 255, 0x7FC00000, bits)
    return bits.to(tl.float32, bitcast=True)


@lazy_jit_helper
def e2m1_value(nib):
    """e2m1 nibbles (int32, 0..15) to fp32: sign bit 3, exponent bits 2-1, mantissa bit 0."""
    e = (nib >> 1) & 3
    m = (nib & 1).to(tl.float32)
    # normal: (1 + m/2) * 2^(e-1); subnormal (e == 0): m / 2
    mag = tl.where(e == 0, m * 0.5, (2.0 + m) * (1 << e).to(tl.float32) * 0.25)
    sign = (nib & 8) << 28  # set the sign bit itself: negation would turn -0 into +0
    return (mag.to(tl.int32, bitcast=True) | sign).to(tl.float32, bitcast=True)


@lazy_jit
def _fp4_dequant_kernel(w_ptr, s_ptr, o_ptr, rows, half_k, stride_wr, stride_sr, stride_or,
                        BLOCK_R: tl.constexpr, BLOCK_J: tl.constexpr):
    offs_r = (tl.program_id(0) * BLOCK_R + tl.arange(0, BLOCK_R)).to(tl.int64)
    offs_j = tl.program_id(1) * BLOCK_J + tl.arange(0, BLOCK_J)
    mask = (offs_r < rows)[:, None] & (offs_j < half_k)[None, :]
    byte = tl.load(w_ptr + offs_r[:, None] * stride_wr + offs_j[None, :], mask=mask, other=0).to(tl.int32)
    byte = byte & 0xFF
    scale = e8m0_scale(tl.load(s_ptr + offs_r[:, None] * stride_sr + (offs_j // 16)[None, :], mask=mask,
                               other=127))
    out = o_ptr + offs_r[:, None] * stride_or + 2 * offs_j[None, :]
    tl.store(out, (e2m1_value(byte & 0xF) * scale).to(o_ptr.dtype.element_ty), mask=mask)
    tl.store(out + 1, (e2m1_value(byte >> 4) * scale).to(o_ptr.dtype.element_ty), mask=mask)


@lazy_jit
def _fp8_dequant_kernel(w_ptr, s_ptr, o_ptr, N, K, BN, BK, stride_wb, stride_wn, stride_sb, stride_sn,
                        stride_ob, stride_on, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr):
    batch = tl.program_id(2).to(tl.int64)
    offs_n = (tl.program_id(0) * BLOCK_N + tl.arange(0, BLOCK_N)).to(tl.int64)
    offs_k = tl.program_id(1) * BLOCK_K + tl.arange(0, BLOCK_K)
    mask = (offs_n < N)[:, None] & (offs_k < K)[None, :]
    w = tl.load(w_ptr + batch * stride_wb + offs_n[:, None] * stride_wn + offs_k[None, :], mask=mask,
                other=0.0).to(tl.float32)
    s = tl.load(s_ptr + batch * stride_sb + (offs_n // BN)[:, None] * stride_sn + (offs_k // BK)[None, :],
                mask=mask, other=127)
    tl.store(o_ptr + batch * stride_ob + offs_n[:, None] * stride_on + offs_k[None, :],
             (w * e8m0_scale(s)).to(o_ptr.dtype.element_ty), mask=mask)


def check_fp4_weight(kernel: str, name: str, packed: torch.Tensor, scale: torch.Tensor) -> None:
    """``packed`` ``[..., N, K // 2]`` e2m1 bytes with E8M0 ``scale`` ``[..., N, K // 32]``."""
    check_tensor(kernel, name, packed, dtypes=_FP4_DTYPES)
    check_tensor(kernel, f"{name}_scale", scale, dtypes=E8M0_DTYPES)
    if packed.dim() < 1 or scale.shape[:-1] != packed.shape[:-1] or \
            scale.shape[-1] * FP4_GROUP != 2 * packed.shape[-1]:
        raise KernelArgumentError(kernel, f"{name} {tuple(packed.shape)} holds K = 2 * {packed.shape[-1]} "
                                          f"values per row and needs a scale of shape "
                                          f"{(*packed.shape[:-1], 2 * packed.shape[-1] // FP4_GROUP)} with K "
                                          f"a multiple of {FP4_GROUP}, got {tuple(scale.shape)}")


def fp4_dequant(packed: torch.Tensor, scale: torch.Tensor,
                dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """FP4 weight ``[..., N, K // 2]`` with E8M0 ``scale`` ``[..., N, K // 32]`` -> ``[..., N, K]``."""
    check_fp4_weight("fp4_dequant", "packed", packed, scale)
    if dtype not in OUT_DTYPES:
        raise KernelArgumentError("fp4_dequant", f"output dtype {dtype} not supported")
    check_same_device("fp4_dequant", packed=packed, scale=scale)
    if not triton_runnable(packed, scale) or (dtype == torch.bfloat16 and not packed.is_cuda):
        return fp4_dequant_ref(packed, scale, dtype)
    half_k = packed.shape[-1]
    w = as_bytes(packed).reshape(-1, half_k)
    s = as_bytes(scale).reshape(-1, scale.shape[-1])
    out = torch.empty(w.shape[0], 2 * half_k, dtype=dtype, device=packed.device)
    if out.numel():
        block_r, block_j = 16, 64
        _fp4_dequant_kernel[(cdiv(w.shape[0], block_r), cdiv(half_k, block_j))](
            w, s, out, w.shape[0], half_k, w.stride(0), s.stride(0), out.stride(0),
            BLOCK_R=block_r, BLOCK_J=block_j)
    return out.view(*packed.shape[:-1], 2 * half_k)


def fp8_e8m0_dequant(weight: torch.Tensor, scale: torch.Tensor, block_shape=(128, 128),
                     dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """FP8 weight ``[..., N, K]`` with E8M0 block ``scale`` ``[..., ceil(N/bn), ceil(K/bk)]``."""
    name = "fp8_e8m0_dequant"
    check_tensor(name, "weight", weight, dtypes=(torch.float8_e4m3fn,))
    check_tensor(name, "scale", scale, dtypes=E8M0_DTYPES)
    bn, bk = block_shape
    want = (*weight.shape[:-2], cdiv(weight.shape[-2], bn), cdiv(weight.shape[-1], bk))
    if weight.dim() < 2 or tuple(scale.shape) != want:
        raise KernelArgumentError(name, f"scale must have shape {want} for weight {tuple(weight.shape)} and "
                                        f"blocks {tuple(block_shape)}, got {tuple(scale.shape)}")
    if dtype not in OUT_DTYPES:
        raise KernelArgumentError(name, f"output dtype {dtype} not supported")
    check_same_device(name, weight=weight, scale=scale)
    if not triton_runnable(scale) or (dtype == torch.bfloat16 and not weight.is_cuda):
        return fp8_e8m0_dequant_ref(weight, scale, block_shape, dtype)
    N, K = weight.shape[-2:]
    w = weight.reshape(-1, N, K)
    s = as_bytes(scale).reshape(-1, *want[-2:])
    out = torch.empty(w.shape, dtype=dtype, device=weight.device)
    if out.numel():
        block_n, block_k = 32, 64
        _fp8_dequant_kernel[(cdiv(N, block_n), cdiv(K, block_k), w.shape[0])](
            w, s, out, N, K, bn, bk, w.stride(0), w.stride(1), s.stride(0), s.stride(1), out.stride(0),
            out.stride(1), BLOCK_N=block_n, BLOCK_K=block_k)
    return out.view(weight.shape)
