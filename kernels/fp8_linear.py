"""DeepSeek-V3 style FP8: block-scaled weights and per-token-group activation quantization.

Weights are ``float8_e4m3fn`` ``[N, K]`` with fp32 ``scale_inv`` ``[ceil(N/bn), ceil(K/bk)]``
(dequantized = block * scale_inv). Activations are quantized at run time per token per
``bk`` channels with scale = amax / 448. The GEMM multiplies fp8 tiles and applies both
scales per K block in fp32.
"""
from __future__ import annotations

import torch

from ._common import (FLOAT_DTYPES, KernelArgumentError, cdiv, check_same_device, check_tensor, lazy_jit,
                      next_pow2, tl, triton_runnable)
from ._device import grouped_tile
from .reference.fp8_linear import FP8_DTYPE
from .reference.fp8_linear import fp8_linear as fp8_linear_ref
from .reference.fp8_linear import per_token_group_quant_fp8 as per_token_group_quant_fp8_ref


# ------------------------------------------------------------------ kernels
@lazy_jit
def _group_quant_kernel(x_ptr, q_ptr, s_ptr, n_groups, GROUP, stride_xm, stride_qm, stride_sm,
                        BLOCK: tl.constexpr):
    pid = tl.program_id(0).to(tl.int64)
    row = pid // n_groups
    g = pid % n_groups
    offs = tl.arange(0, BLOCK)
    mask = offs < GROUP
    x = tl.load(x_ptr + row * stride_xm + g * GROUP + offs, mask=mask, other=0.0).to(tl.float32)
    amax = tl.maximum(tl.max(tl.abs(x), axis=0), 1e-10)
    scale = amax / 448.0
    q = tl.clamp(x / scale, -448.0, 448.0)
    # Round to the e4m3 grid (3 mantissa bits, subnormal step 2^-9) with round-half-even,
    # so that the final cast is exact: (q + M) - M rounds to multiples of M / (1.5 * 2^23).
    exp = ((q.to(tl.int32, bitcast=True) >> 23) & 0xFF) - 127
    exp = tl.maximum(exp, -6)
    step = ((exp - 3 + 127) << 23).to(tl.float32, bitcast=True)
    magic = step * 12582912.0
    q = (q + magic) - magic
    tl.store(q_ptr + row * stride_qm + g * GROUP + offs, q.to(q_ptr.dtype.element_ty), mask=mask)
    tl.store(s_ptr + row * stride_sm + g, scale)


@lazy_jit
def _fp8_matmul_kernel(a_ptr, as_ptr, b_ptr, bs_ptr, c_ptr, bias_ptr, M, N, K, GROUP_N,
                       stride_am, stride_asm, stride_bn, stride_bsn, stride_cm,
                       HAS_BIAS: tl.constexpr, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr,
                       BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr):
    pid = tl.program_id(0)
    num_m = tl.cdiv(M, BLOCK_M)
    num_n = tl.cdiv(N, BLOCK_N)
    pid_m, pid_n = grouped_tile(pid, num_m, num_n, GROUP_M)
    offs_m = (pid_m * BLOCK_M + tl.arange(0, BLOCK_M)).to(tl.int64)
    offs_n = (pid_n * BLOCK_N + tl.arange(0, BLOCK_N)).to(tl.int64)
    offs_k = tl.arange(0, BLOCK_K)
    m_ok = offs_m < M
    n_ok = offs_n < N
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for kt in range(0, tl.cdiv(K, BLOCK_K)):
        k = kt * BLOCK_K + offs_k
        k_ok = k < K
        a = tl.load(a_ptr + offs_m[:, None] * stride_am + k[None, :], mask=m_ok[:, None] & k_ok[None, :],
                    other=0.0)
        b = tl.load(b_ptr + offs_n[None, :] * stride_bn + k[:, None], mask=n_ok[None, :] & k_ok[:, None],
                    other=0.0)
        a_s = tl.load(as_ptr + offs_m * stride_asm + kt, mask=m_ok, other=0.0)
        b_s = tl.load(bs_ptr + (offs_n // GROUP_N) * stride_bsn + kt, mask=n_ok, other=0.0)
        acc += tl.dot(a, b) * a_s[:, None] * b_s[None, :]
    if HAS_BIAS:
        acc += tl.load(bias_ptr + offs_n, mask=n_ok, other=0.0).to(tl.float32)[None, :]
    tl.store(c_ptr + offs_m[:, None] * stride_cm + offs_n[None, :], acc.to(c_ptr.dtype.element_ty),
             mask=m_ok[:, None] & n_ok[None, :])


# ------------------------------------------------------------------ wrappers
def per_token_group_quant_fp8(x: torch.Tensor, group_size: int = 128):
    """Quantize ``x`` ``[M, K]`` to fp8 per token per ``group_size`` channels.

    Returns ``(q float8_e4m3fn [M, K], scale fp32 [M, K // group_size])``."""
    name = "per_token_group_quant_fp8"
    check_tensor(name, "x", x, ndim=2, dtypes=FLOAT_DTYPES)
    if group_size < 1 or x.shape[1] % group_size:
        raise KernelArgumentError(name, f"K={x.shape[1]} must be a multiple of group_size={group_size}")
    if not triton_runnable(x):
        return per_token_group_quant_fp8_ref(x, group_size)
    M, K = x.shape
    q = torch.empty((M, K), dtype=FP8_DTYPE, device=x.device)
    s = torch.empty((M, K // group_size), dtype=torch.float32, device=x.device)
    if M:
        n_groups = K // group_size
        _group_quant_kernel[(M * n_groups,)](x, q, s, n_groups, group_size, x.stride(0), q.stride(0),
                                             s.stride(0), BLOCK=next_pow2(group_size))
    return q, s


def fp8_kernels_run_on(t: torch.Tensor) -> bool:
    """FP8 tensor-core dots need compute capability 8.9+ (Ada, Hopper); the interpreter emulates them."""
    if not triton_runnable(t):
        return False
    return not t.is_cuda or torch.cuda.get_device_capability(t.device) >= (8, 9)


def check_block_scaled_weight(name: str, weight: torch.Tensor, scale_inv: torch.Tensor, block_shape) -> None:
    check_tensor(name, "weight", weight, dtypes=(FP8_DTYPE,))
    check_tensor(name, "weight_scale_inv", scale_inv, dtypes=(torch.float32,))
    bn, bk = block_shape
    want = (*weight.shape[:-2], cdiv(weight.shape[-2], bn), cdiv(weight.shape[-1], bk))
    if tuple(scale_inv.shape) != want:
        raise KernelArgumentError(name, f"weight_scale_inv must be {want} for weight "
                                        f"{tuple(weight.shape)} with blocks {tuple(block_shape)}, "
                                        f"got {tuple(scale_inv.shape)}")


def fp8_linear(x: torch.Tensor, weight: torch.Tensor, weight_scale_inv: torch.Tensor,
               block_shape=(128, 128), bias: torch.Tensor | None = None, *,
               block_m: int | None = None, block_n: int = 128) -> torch.Tensor:
    """``x @ dequant(weight).T (+ bias)`` with ``x`` quantized per token group; output in x's dtype."""
    name = "fp8_linear"
    check_tensor(name, "x", x, dtypes=FLOAT_DTYPES)
    check_tensor(name, "weight", weight, ndim=2)
    check_block_scaled_weight(name, weight, weight_scale_inv, block_shape)
    K = x.shape[-1]
    N = weight.shape[0]
    if weight.shape[1] != K:
        raise KernelArgumentError(name, f"x has K={K} but weight is {tuple(weight.shape)}")
    if K % block_shape[1]:
        raise KernelArgumentError(name, f"K={K} must be a multiple of the block's {block_shape[1]}")
    if bias is not None:
        check_tensor(name, "bias", bias, ndim=1, dtypes=FLOAT_DTYPES)
    check_same_device(name, x=x, weight=weight, weight_scale_inv=weight_scale_inv, bias=bias)
    if not (triton_runnable(x, weight_scale_inv) and fp8_kernels_run_on(x)):
        return fp8_linear_ref(x, weight, weight_scale_inv, block_shape, bias, quantize_activations=True)
    x2 = x.reshape(-1, K)
    if x2.stride(-1) != 1:
        x2 = x2.contiguous()
    q, s = per_token_group_quant_fp8(x2, block_shape[1])
    out = torch.empty((x2.shape[0], N), dtype=x.dtype, device=x.device)
    M = x2.shape[0]
    if M:
        bm = block_m or (16 if M <= 16 else 32 if M <= 32 else 64)
        grid = (cdiv(M, bm) * cdiv(N, block_n),)
        _fp8_matmul_kernel[grid](q, s, weight, weight_scale_inv, out, bias if bias is not None else s,
                                 M, N, K, block_shape[0], q.stride(0), s.stride(0), weight.stride(0),
                                 weight_scale_inv.stride(0), out.stride(0), HAS_BIAS=bias is not None,
                                 BLOCK_M=bm, BLOCK_N=block_n, BLOCK_K=block_shape[1], GROUP_M=8,
                                 num_warps=8 if bm >= 64 else 4, num_stages=3)
    return out.view(*x.shape[:-1], N)
