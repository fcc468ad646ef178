"""Fused MoE experts: aligned grouped GEMM (gate+up with SiLU-and-mul), then down with the
routing weights, for bf16/fp16/fp32 weights and DeepSeek-V3 FP8 block-scaled weights.

Weights: ``w13`` ``[E, 2I, H]`` (gate rows then up rows), ``w2`` ``[E, H, I]``. FP8 weights
come with fp32 ``scale_inv`` ``[E, ceil(rows/bn), ceil(cols/bk)]``; activations are then
quantized per token per ``bk`` channels before each GEMM. With expert parallelism the
weights hold experts ``expert_start ..``; pairs routed to other experts contribute nothing.
"""
from __future__ import annotations

import torch

from ._common import (FLOAT_DTYPES, INDEX_DTYPES, KernelArgumentError, cdiv, check_same_device,
                      check_tensor, interpret_mode, lazy_jit, next_pow2, tl, triton_runnable)
from ._device import moe_block_rows, moe_tile
from .fp8_linear import FP8_DTYPE, check_block_scaled_weight, fp8_kernels_run_on, per_token_group_quant_fp8
from .moe_align import moe_align_block_size
from .moe_config import get_moe_config
from .reference.fused_moe import fused_moe as fused_moe_ref

_NAME = "fused_moe"


@lazy_jit
def _moe_gemm_kernel(a_ptr, b_ptr, c_ptr, as_ptr, bs_ptr, topk_w_ptr, sorted_ptr, expert_ids_ptr, npad_ptr,
                     N, K, num_valid, max_padded, GROUP_N, GROUP_K,
                     stride_am, stride_be, stride_bn, stride_cm, stride_asm, stride_bse, stride_bsn,
                     TOP_K: tl.constexpr, GATED: tl.constexpr, MUL_WEIGHT: tl.constexpr,
                     USE_FP8: tl.constexpr, EVEN_K: tl.constexpr, BLOCK_M: tl.constexpr,
                     BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr):
    pid_m, pid_n = moe_tile(max_padded, N, BLOCK_M, BLOCK_N, GROUP_M)
    if pid_m * BLOCK_M >= tl.load(npad_ptr):
        return
    pair, valid, rows, expert = moe_block_rows(pid_m, sorted_ptr, expert_ids_ptr, num_valid, TOP_K, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)  # within one expert: int32 is enough
    n_ok = offs_n < N
    offs_bn = offs_n % N  # wrapped: weight loads stay in bounds, the store drops the extra columns
    offs_k = tl.arange(0, BLOCK_K)
    a_ptrs = a_ptr + rows[:, None] * stride_am + offs_k[None, :]
    b_ptrs = b_ptr + expert * stride_be + offs_bn[None, :] * stride_bn + offs_k[:, None]
    bu_ptrs = b_ptrs + N * stride_bn
    if USE_FP8:
        bs_ptrs = bs_ptr + expert * stride_bse + (offs_bn // GROUP_N) * stride_bsn
        bus_ptrs = bs_ptr + expert * stride_bse + ((offs_bn + N) // GROUP_N) * stride_bsn
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    acc_up = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for kt in range(0, tl.cdiv(K, BLOCK_K)):
        if EVEN_K:
            a = tl.load(a_ptrs, mask=valid[:, None], other=0.0)
            b = tl.load(b_ptrs)
            if GATED:
                b_up = tl.load(bu_ptrs)
        else:
            k_left = K - kt * BLOCK_K
            a = tl.load(a_ptrs, mask=valid[:, None] & (offs_k[None, :] < k_left), other=0.0)
            b = tl.load(b_ptrs, mask=offs_k[:, None] < k_left, other=0.0)
            if GATED:
                b_up = tl.load(bu_ptrs, mask=offs_k[:, None] < k_left, other=0.0)
        if USE_FP8:
            kb = (kt * BLOCK_K) // GROUP_K
            a_s = tl.load(as_ptr + rows * stride_asm + kb, mask=valid, other=0.0)
            acc += tl.dot(a, b) * a_s[:, None] * tl.load(bs_ptrs + kb)[None, :]
            if GATED:
                acc_up += tl.dot(a, b_up) * a_s[:, None] * tl.load(bus_ptrs + kb)[None, :]
        else:
            acc += tl.dot(a, b)
            if GATED:
                acc_up += tl.dot(a, b_up)
        a_ptrs += BLOCK_K
        b_ptrs += BLOCK_K
        bu_ptrs += BLOCK_K
    if GATED:
        acc = acc / (1.0 + tl.exp(-acc)) * acc_up
    if MUL_WEIGHT:
        acc = acc * tl.load(topk_w_ptr + pair, mask=valid, other=0.0).to(tl.float32)[:, None]
    tl.store(c_ptr + pair[:, None] * stride_cm + offs_n[None, :], acc.to(c_ptr.dtype.element_ty),
             mask=valid[:, None] & n_ok[None, :])


@lazy_jit
def _moe_sum_kernel(y_ptr, ids_ptr, out_ptr, H, E, expert_start, stride_y, stride_ids, stride_o,
                    TOP_K: tl.constexpr, BLOCK_H: tl.constexpr):
    t = tl.program_id(0).to(tl.int64)
    offs = tl.program_id(1) * BLOCK_H + tl.arange(0, BLOCK_H)
    h_ok = offs < H
    acc = tl.zeros([BLOCK_H], dtype=tl.float32)
    for j in tl.static_range(TOP_K):
        e = tl.load(ids_ptr + t * stride_ids + j) - expert_start
        if (e >= 0) & (e < E):
            acc += tl.load(y_ptr + (t * TOP_K + j) * stride_y + offs, mask=h_ok, other=0.0).to(tl.float32)
    tl.store(out_ptr + t * stride_o + offs, acc.to(out_ptr.dtype.element_ty), mask=h_ok)


def _launch(a, a_scale, b, b_scale, c, topk_weights, align, *, N, K, num_valid, top_k, gated, mul_weight,
            block_shape, cfg):
    sorted_ids, expert_ids, npad = align
    grid = (cdiv(sorted_ids.shape[0], cfg["BLOCK_M"]) * cdiv(N, cfg["BLOCK_N"]),)
    fp8 = a_scale is not None
    _moe_gemm_kernel[grid](
        a, b, c, a_scale if fp8 else a, b_scale if fp8 else a, topk_weights, sorted_ids, expert_ids, npad,
        N, K, num_valid, sorted_ids.shape[0], block_shape[0], block_shape[1],
        a.stride(0), b.stride(0), b.stride(1), c.stride(0),
        a_scale.stride(0) if fp8 else 0, b_scale.stride(0) if fp8 else 0, b_scale.stride(1) if fp8 else 0,
        TOP_K=top_k, GATED=gated, MUL_WEIGHT=mul_weight, USE_FP8=fp8, EVEN_K=K % cfg["BLOCK_K"] == 0,
        BLOCK_M=cfg["BLOCK_M"],
        BLOCK_N=cfg["BLOCK_N"], BLOCK_K=cfg["BLOCK_K"], GROUP_M=cfg["GROUP_M"],
        num_warps=cfg["num_warps"], num_stages=cfg["num_stages"])


def _check(x, w13, w2, topk_weights, topk_ids, w13_scale, w2_scale, block_shape):
    check_tensor(_NAME, "x", x, ndim=2, dtypes=FLOAT_DTYPES)
    fp8 = w13.dtype == FP8_DTYPE
    wdt = (FP8_DTYPE,) if fp8 else (x.dtype,)
    check_tensor(_NAME, "w13", w13, ndim=3, dtypes=wdt)
    check_tensor(_NAME, "w2", w2, ndim=3, dtypes=wdt)
    check_tensor(_NAME, "topk_weights", topk_weights, ndim=2, dtypes=FLOAT_DTYPES, last_contiguous=False)
    check_tensor(_NAME, "topk_ids", topk_ids, ndim=2, dtypes=INDEX_DTYPES)
    T, H = x.shape
    E, two_i, _ = w13.shape
    inter = two_i // 2
    if two_i % 2 or w13.shape[2] != H:
        raise KernelArgumentError(_NAME, f"w13 must be [E, 2*I, {H}], got {tuple(w13.shape)}")
    if tuple(w2.shape) != (E, H, inter):
        raise KernelArgumentError(_NAME, f"w2 must be {(E, H, inter)}, got {tuple(w2.shape)}")
    if topk_ids.shape != topk_weights.shape or topk_ids.shape[0] != T:
        raise KernelArgumentError(_NAME, f"topk_ids {tuple(topk_ids.shape)} and topk_weights "
                                         f"{tuple(topk_weights.shape)} must both be [{T}, k]")
    if fp8:
        if w13_scale is None or w2_scale is None:
            raise KernelArgumentError(_NAME, "fp8 weights need w13_scale and w2_scale")
        check_block_scaled_weight(_NAME, w13, w13_scale, block_shape)
        check_block_scaled_weight(_NAME, w2, w2_scale, block_shape)
        if H % block_shape[1] or inter % block_shape[1]:
            raise KernelArgumentError(_NAME, f"H={H} and I={inter} must be multiples of {block_shape[1]}")
    check_same_device(_NAME, x=x, w13=w13, w2=w2, topk_weights=topk_weights, topk_ids=topk_ids)
    return fp8, inter


def fused_moe(x: torch.Tensor, w13: torch.Tensor, w2: torch.Tensor, topk_weights: torch.Tensor,
              topk_ids: torch.Tensor, expert_start: int = 0, *, w13_scale: torch.Tensor | None = None,
              w2_scale: torch.Tensor | None = None, block_shape=(128, 128),
              config: dict | None = None) -> torch.Tensor:
    """Sum over each token's experts of ``weight * down(silu(gate(x)) * up(x))``; ``[T, H]``."""
    fp8, inter = _check(x, w13, w2, topk_weights, topk_ids, w13_scale, w2_scale, block_shape)
    if not triton_runnable(x, w13, w2) or (fp8 and not fp8_kernels_run_on(x)):
        return fused_moe_ref(x, w13, w2, topk_weights, topk_ids, expert_start, w13_scale=w13_scale,
                             w2_scale=w2_scale, block_shape=block_shape, quantize_activations=True)
    T, H = x.shape
    E = w13.shape[0]
    top_k = topk_ids.shape[1]
    if T == 0:
        return torch.empty_like(x)
    cfg = config or get_moe_config(T, E, inter, top_k, fp8)
    if config is None and interpret_mode():  # the interpreter runs programs one by one: few, wide tiles
        cfg = dict(cfg, BLOCK_N=min(256, next_pow2(max(H, inter))))
    if fp8 and config is None:  # one activation scale per K step: the step may not span two groups
        cfg = dict(cfg, BLOCK_K=min(cfg["BLOCK_K"], block_shape[1]))
    if fp8 and block_shape[1] % cfg["BLOCK_K"]:
        raise KernelArgumentError(_NAME, f"BLOCK_K={cfg['BLOCK_K']} must divide the scale block "
                                         f"{block_shape[1]}")
    align = moe_align_block_size(topk_ids, cfg["BLOCK_M"], E, expert_start)
    if x.stride(-1) != 1:
        x = x.contiguous()
    topk_weights = topk_weights.float().contiguous()
    num_valid = T * top_k
    a, a_scale = (per_token_group_quant_fp8(x, block_shape[1]) if fp8 else (x, None))
    hidden = torch.empty((num_valid, inter), dtype=x.dtype, device=x.device)
    _launch(a, a_scale, w13, w13_scale, hidden, topk_weights, align, N=inter, K=H, num_valid=num_valid,
            top_k=top_k, gated=True, mul_weight=False, block_shape=block_shape, cfg=cfg)
    a, a_scale = (per_token_group_quant_fp8(hidden, block_shape[1]) if fp8 else (hidden, None))
    out = torch.empty((num_valid, H), dtype=x.dtype, device=x.device)
    _launch(a, a_scale, w2, w2_scale, out, topk_weights, align, N=H, K=inter, num_valid=num_valid,
            top_k=1, gated=False, mul_weight=True, block_shape=block_shape, cfg=cfg)
    result = torch.empty_like(x)
    block_h = min(1024, next_pow2(H))
    _moe_sum_kernel[(T, cdiv(H, block_h))](out, topk_ids, result, H, E, expert_start, out.stride(0),
                                           topk_ids.stride(0), result.stride(0), TOP_K=top_k,
                                           BLOCK_H=block_h)
    return result
