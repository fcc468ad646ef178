"""Fused MoE experts with DeepSeek-V4 FP4 weights, dequantised inside the GEMM.

Same flow as ``kernels/fused_moe.py`` (align pairs by expert, gate+up GEMM with the gated
activation, down GEMM times the routing weight, sum per token), but the weights stay packed:
``w13`` ``[E, 2I, H // 2]`` and ``w2`` ``[E, H, I // 2]`` hold two e2m1 values per byte (low nibble
first) with one E8M0 scale per 32 input elements (``[E, 2I, H // 32]``, ``[E, H, I // 32]``). Each
K step loads ``BLOCK_K // 2`` bytes per weight row, decodes the low and high nibbles into two
tiles scaled to the activations' dtype, and multiplies them with the even and odd activation
columns. ``swiglu_limit`` clamps gate (above) and up (both sides) before SiLU, as V4 does.
"""
from __future__ import annotations

import torch

from ._common import (FLOAT_DTYPES, INDEX_DTYPES, KernelArgumentError, cdiv, check_same_device,
                      check_tensor, interpret_mode, lazy_jit, next_pow2, tl, triton_runnable)
from ._device import moe_block_rows, moe_tile
from .fused_moe import _moe_sum_kernel
from .moe_align import moe_align_block_size
from .moe_config import get_moe_config
from .reference.fused_moe_fp4 import fused_moe_fp4 as fused_moe_fp4_ref
from .reference.v4_quant import FP4_GROUP, as_bytes
from .v4_dequant import check_fp4_weight, e2m1_value, e8m0_scale

_NAME = "fused_moe_fp4"


@lazy_jit
def _moe_fp4_gemm_kernel(a_ptr, b_ptr, bs_ptr, c_ptr, topk_w_ptr, sorted_ptr, expert_ids_ptr, npad_ptr,
                         N, K, num_valid, max_padded, limit,
                         stride_am, stride_be, stride_bn, stride_bse, stride_bsn, stride_cm,
                         TOP_K: tl.constexpr, GATED: tl.constexpr, MUL_WEIGHT: tl.constexpr,
                         CLAMP: tl.constexpr, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr,
                         BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr):
    pid_m, pid_n = moe_tile(max_padded, N, BLOCK_M, BLOCK_N, GROUP_M)
    if pid_m * BLOCK_M >= tl.load(npad_ptr):
        return
    pair, valid, rows, expert = moe_block_rows(pid_m, sorted_ptr, expert_ids_ptr, num_valid, TOP_K, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    n_ok = offs_n < N
    offs_bn = offs_n % N  # wrapped: weight loads stay in bounds, the store drops the extra columns
    offs_h = tl.arange(0, BLOCK_K // 2)  # byte j of the step holds columns 2j (low) and 2j+1 (high)
    a_ptrs = a_ptr + rows[:, None] * stride_am + 2 * offs_h[None, :]
    b_ptrs = b_ptr + expert * stride_be + offs_bn[None, :] * stride_bn + offs_h[:, None]
    s_ptrs = bs_ptr + expert * stride_bse + offs_bn[None, :] * stride_bsn + (offs_h // 16)[:, None]
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    acc_up = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for kt in range(0, tl.cdiv(K, BLOCK_K)):
        k_ok = 2 * offs_h < K - kt * BLOCK_K  # K is a multiple of 32: whole scale groups in or out
        a_lo = tl.load(a_ptrs, mask=valid[:, None] & k_ok[None, :], other=0.0)
        a_hi = tl.load(a_ptrs + 1, mask=valid[:, None] & k_ok[None, :], other=0.0)
        byte = tl.load(b_ptrs, mask=k_ok[:, None], other=0).to(tl.int32) & 0xFF
        scale = e8m0_scale(tl.load(s_ptrs, mask=k_ok[:, None], other=127))
        acc += tl.dot(a_lo, (e2m1_value(byte & 0xF) * scale).to(a_lo.dtype))
        acc += tl.dot(a_hi, (e2m1_value(byte >> 4) * scale).to(a_lo.dtype))
        if GATED:
            byte = tl.load(b_ptrs + N * stride_bn, mask=k_ok[:, None], other=0).to(tl.int32) & 0xFF
            scale = e8m0_scale(tl.load(s_ptrs + N * stride_bsn, mask=k_ok[:, None], other=127))
            acc_up += tl.dot(a_lo, (e2m1_value(byte & 0xF) * scale).to(a_lo.dtype))
            acc_up += tl.dot(a_hi, (e2m1_value(byte >> 4) * scale).to(a_lo.dtype))
        a_ptrs += BLOCK_K
        b_ptrs += BLOCK_K // 2
        s_ptrs += BLOCK_K // 32
    if GATED:
        if CLAMP:
            acc = tl.minimum(acc, limit)
            acc_up = tl.clamp(acc_up, -limit, limit)
        acc = acc / (1.0 + tl.exp(-acc)) * acc_up
    if MUL_WEIGHT:
        acc = acc * tl.load(topk_w_ptr + pair, mask=valid, other=0.0).to(tl.float32)[:, None]
    tl.store(c_ptr + pair[:, None] * stride_cm + offs_n[None, :], acc.to(c_ptr.dtype.element_ty),
             mask=valid[:, None] & n_ok[None, :])


def _launch(a, b, b_scale, c, topk_weights, align, *, N, K, num_valid, top_k, gated, mul_weight, limit, cfg):
    sorted_ids, expert_ids, npad = align
    grid = (cdiv(sorted_ids.shape[0], cfg["BLOCK_M"]) * cdiv(N, cfg["BLOCK_N"]),)
    _moe_fp4_gemm_kernel[grid](
        a, b, b_scale, c, topk_weights, sorted_ids, expert_ids, npad, N, K, num_valid, sorted_ids.shape[0],
        0.0 if limit is None else float(limit), a.stride(0), b.stride(0), b.stride(1), b_scale.stride(0),
        b_scale.stride(1), c.stride(0), TOP_K=top_k, GATED=gated, MUL_WEIGHT=mul_weight,
        CLAMP=limit is not None, BLOCK_M=cfg["BLOCK_M"], BLOCK_N=cfg["BLOCK_N"], BLOCK_K=cfg["BLOCK_K"],
        GROUP_M=cfg["GROUP_M"], num_warps=cfg["num_warps"], num_stages=cfg["num_stages"])


def _check(x, w13, w13_scale, w2, w2_scale, topk_weights, topk_ids):
    check_tensor(_NAME, "x", x, ndim=2, dtypes=FLOAT_DTYPES)
    check_fp4_weight(_NAME, "w13", w13, w13_scale)
    check_fp4_weight(_NAME, "w2", w2, w2_scale)
    check_tensor(_NAME, "topk_weights", topk_weights, ndim=2, dtypes=FLOAT_DTYPES, last_contiguous=False)
    check_tensor(_NAME, "topk_ids", topk_ids, ndim=2, dtypes=INDEX_DTYPES)
    T, H = x.shape
    if w13.dim() != 3 or w13.shape[1] % 2 or 2 * w13.shape[2] != H:
        raise KernelArgumentError(_NAME, f"w13 must be [E, 2*I, {H // 2}] packed bytes, got "
                                         f"{tuple(w13.shape)}")
    E, inter = w13.shape[0], w13.shape[1] // 2
    if tuple(w2.shape) != (E, H, inter // 2) or inter % FP4_GROUP:
        raise KernelArgumentError(_NAME, f"w2 must be {(E, H, inter // 2)} packed bytes with I={inter} a "
                                         f"multiple of {FP4_GROUP}, got {tuple(w2.shape)}")
    if topk_ids.shape != topk_weights.shape or topk_ids.shape[0] != T:
        raise KernelArgumentError(_NAME, f"topk_ids {tuple(topk_ids.shape)} and topk_weights "
                                         f"{tuple(topk_weights.shape)} must both be [{T}, k]")
    check_same_device(_NAME, x=x, w13=w13, w13_scale=w13_scale, w2=w2, w2_scale=w2_scale,
                      topk_weights=topk_weights, topk_ids=topk_ids)
    return inter


def fused_moe_fp4(x: torch.Tensor, w13: torch.Tensor, w13_scale: torch.Tensor, w2: torch.Tensor,
                  w2_scale: torch.Tensor, topk_weights: torch.Tensor, topk_ids: torch.Tensor,
                  expert_start: int = 0, *, swiglu_limit: float | None = None,
                  config: dict | None = None) -> torch.Tensor:
    """Sum over each token's experts of ``weight * down(silu(gate(x)) * up(x))`` with FP4 experts."""
    inter = _check(x, w13, w13_scale, w2, w2_scale, topk_weights, topk_ids)
    if not triton_runnable(x, w13, w2):
        return fused_moe_fp4_ref(x, w13, w13_scale, w2, w2_scale, topk_weights, topk_ids, expert_start,
                                 swiglu_limit=swiglu_limit)
    T, H = x.shape
    E, top_k = w13.shape[0], topk_ids.shape[1]
    if T == 0:
        return torch.empty_like(x)
    cfg = config or get_moe_config(T, E, inter, top_k, False)
    if config is None and interpret_mode():  # the interpreter runs programs one by one: few, wide tiles
        cfg = dict(cfg, BLOCK_N=min(256, next_pow2(max(H, inter))))
    if config is None and cfg["BLOCK_K"] % FP4_GROUP:  # a table tuned for bf16 weights: whole scale groups
        cfg = dict(cfg, BLOCK_K=64)
    if cfg["BLOCK_K"] % FP4_GROUP:
        raise KernelArgumentError(_NAME, f"BLOCK_K={cfg['BLOCK_K']} must be a multiple of {FP4_GROUP}")
    align = moe_align_block_size(topk_ids, cfg["BLOCK_M"], E, expert_start)
    x = x.contiguous()
    w13, w2 = as_bytes(w13), as_bytes(w2)
    s13, s2 = as_bytes(w13_scale), as_bytes(w2_scale)
    topk_weights = topk_weights.float().contiguous()
    num_valid = T * top_k
    hidden = torch.empty((num_valid, inter), dtype=x.dtype, device=x.device)
    _launch(x, w13, s13, hidden, topk_weights, align, N=inter, K=H, num_valid=num_valid, top_k=top_k,
            gated=True, mul_weight=False, limit=swiglu_limit, cfg=cfg)
    out = torch.empty((num_valid, H), dtype=x.dtype, device=x.device)
    _launch(hidden, w2, s2, out, topk_weights, align, N=H, K=inter, num_valid=num_valid, top_k=1, gated=False,
            mul_weight=True, limit=None, cfg=cfg)
    result = torch.empty_like(x)
    block_h = min(1024, next_pow2(H))
    _moe_sum_kernel[(T, cdiv(H, block_h))](out, topk_ids, result, H, E, expert_start, out.stride(0),
                                           topk_ids.stride(0), result.stride(0), TOP_K=top_k, BLOCK_H=block_h)
    return result
