"""DeepSeek-V4 mHC mixing (semantics in ``reference/hyper_connections.py``).

``hc_pre``: the streams' projection onto the ``(2 + N) * N`` mixing logits is one GEMM in torch
(fp32, on the raw streams; the RMS factor is a per-token scalar, applied afterwards), then one
program per token takes the sum of squares, the sigmoids, the row softmax and the Sinkhorn
iterations on an ``N x N`` tile in registers, and collapses the streams. ``hc_post``: one program
per (token, block of channels) mixes the streams with ``comb`` and adds ``post * y``.
"""
from __future__ import annotations

import torch

from ._common import (FLOAT_DTYPES, KernelArgumentError, cdiv, check_same_device, check_tensor, lazy_jit,
                      next_pow2, tl, triton_runnable)
from .reference.hyper_connections import hc_post as hc_post_ref
from .reference.hyper_connections import hc_pre as hc_pre_ref

_NAME = "hyper_connections"


@lazy_jit
def _hc_pre_kernel(x_ptr, raw_ptr, base_ptr, scale_ptr, coll_ptr, post_ptr, comb_ptr, N, D, norm_eps, hc_eps,
                   ITERS, stride_xt, stride_xn, stride_rt, stride_ct, NP: tl.constexpr,
                   BLOCK_D: tl.constexpr):
    t = tl.program_id(0).to(tl.int64)
    offs_n = tl.arange(0, NP)
    offs_j = tl.arange(0, NP)
    offs_d = tl.arange(0, BLOCK_D)
    n_ok = offs_n < N
    x_row = x_ptr + t * stride_xt + offs_n[:, None] * stride_xn
    sumsq = tl.zeros([NP, BLOCK_D], dtype=tl.float32)
    for d0 in range(0, D, BLOCK_D):
        x = tl.load(x_row + d0 + offs_d[None, :], mask=n_ok[:, None] & (d0 + offs_d < D)[None, :],
                    other=0.0).to(tl.float32)
        sumsq += x * x
    r = 1.0 / tl.sqrt(tl.sum(tl.sum(sumsq, axis=1), axis=0) / (N * D) + norm_eps)
    s_pre = tl.load(scale_ptr).to(tl.float32) * r
    s_post = tl.load(scale_ptr + 1).to(tl.float32) * r
    s_comb = tl.load(scale_ptr + 2).to(tl.float32) * r
    raw = raw_ptr + t * stride_rt
    pre = tl.load(raw + offs_n, mask=n_ok, other=0.0) * s_pre + \
        tl.load(base_ptr + offs_n, mask=n_ok, other=0.0)
    pre = tl.sigmoid(pre) + hc_eps
    post = tl.load(raw + N + offs_n, mask=n_ok, other=0.0) * s_post + \
        tl.load(base_ptr + N + offs_n, mask=n_ok, other=0.0)
    tl.store(post_ptr + t * N + offs_n, 2.0 * tl.sigmoid(post), mask=n_ok)
    nn_ok = n_ok[:, None] & (offs_j < N)[None, :]
    c_offs = 2 * N + offs_n[:, None] * N + offs_j[None, :]
    logits = tl.load(raw + c_offs, mask=nn_ok, other=0.0) * s_comb + tl.load(base_ptr + c_offs, mask=nn_ok,
                                                                              other=0.0)
    logits = tl.where(nn_ok, logits, float("-inf"))
    row_max = tl.where(n_ok, tl.max(logits, axis=1), 0.0)  # padded rows are all -inf
    e = tl.exp(logits - row_max[:, None])
    e = tl.where(nn_ok, e, 0.0)
    comb = tl.where(nn_ok, e / tl.where(n_ok, tl.sum(e, axis=1), 1.0)[:, None] + hc_eps, 0.0)
    comb = comb / (tl.sum(comb, axis=0)[None, :] + hc_eps)
    for _ in range(ITERS - 1):
        comb = comb / (tl.sum(comb, axis=1)[:, None] + hc_eps)
        comb = comb / (tl.sum(comb, axis=0)[None, :] + hc_eps)
    tl.store(comb_ptr + t * N * N + offs_n[:, None] * N + offs_j[None, :], comb, mask=nn_ok)
    for d0 in range(0, D, BLOCK_D):
        d_ok = d0 + offs_d < D
        x = tl.load(x_row + d0 + offs_d[None, :], mask=n_ok[:, None] & d_ok[None, :], other=0.0)
        coll = tl.sum(tl.where(n_ok, pre, 0.0)[:, None] * x.to(tl.float32), axis=0)
        tl.store(coll_ptr + t * stride_ct + d0 + offs_d, coll.to(coll_ptr.dtype.element_ty), mask=d_ok)


@lazy_jit
def _hc_post_kernel(x_ptr, y_ptr, post_ptr, comb_ptr, o_ptr, N, D, stride_xt, stride_xn, stride_yt, stride_ot,
                    stride_on, NP: tl.constexpr, BLOCK_D: tl.constexpr):
    t = tl.program_id(0).to(tl.int64)
    offs_d = tl.program_id(1) * BLOCK_D + tl.arange(0, BLOCK_D)
    offs_k = tl.arange(0, NP)
    d_ok = offs_d < D
    k_ok = offs_k < N
    # weights rounded to the streams' dtype first, as the reference (and transformers) mix in that dtype
    post = tl.load(post_ptr + t * N + offs_k, mask=k_ok, other=0.0).to(x_ptr.dtype.element_ty).to(tl.float32)
    y = tl.load(y_ptr + t * stride_yt + offs_d, mask=d_ok, other=0.0).to(tl.float32)
    acc = post[:, None] * y[None, :]
    for j in range(0, N):
        c = tl.load(comb_ptr + t * N * N + j * N + offs_k, mask=k_ok, other=0.0)
        c = c.to(x_ptr.dtype.element_ty).to(tl.float32)
        xj = tl.load(x_ptr + t * stride_xt + j * stride_xn + offs_d, mask=d_ok, other=0.0).to(tl.float32)
        acc += c[:, None] * xj[None, :]
    tl.store(o_ptr + t * stride_ot + offs_k[:, None] * stride_on + offs_d[None, :],
             acc.to(o_ptr.dtype.element_ty), mask=k_ok[:, None] & d_ok[None, :])


def hc_pre(x: torch.Tensor, fn: torch.Tensor, base: torch.Tensor, scale: torch.Tensor, *,
           norm_eps: float = 1e-6, hc_eps: float = 1e-6, sinkhorn_iters: int = 20):
    """``(collapsed [T, D], post [T, N] fp32, comb [T, N, N] fp32)`` for streams ``x`` ``[T, N, D]``."""
    check_tensor(_NAME, "x", x, ndim=3, dtypes=FLOAT_DTYPES)
    T, N, D = x.shape
    check_tensor(_NAME, "fn", fn, ndim=2, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "base", base, ndim=1, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "scale", scale, ndim=1, dtypes=FLOAT_DTYPES)
    m = (2 + N) * N
    if tuple(fn.shape) != (m, N * D) or base.shape[0] != m or scale.shape[0] != 3:
        raise KernelArgumentError(_NAME, f"for {N} streams of {D}: fn must be {(m, N * D)}, base [{m}], "
                                         f"scale [3]; got {tuple(fn.shape)}, {tuple(base.shape)}, "
                                         f"{tuple(scale.shape)}")
    if int(sinkhorn_iters) < 1:
        raise KernelArgumentError(_NAME, f"sinkhorn_iters must be >= 1, got {sinkhorn_iters}")
    check_same_device(_NAME, x=x, fn=fn, base=base, scale=scale)
    if not triton_runnable(x) or (x.dtype == torch.bfloat16 and not x.is_cuda):
        return hc_pre_ref(x, fn, base, scale, norm_eps=norm_eps, hc_eps=hc_eps, sinkhorn_iters=sinkhorn_iters)
    raw = torch.matmul(x.reshape(T, N * D).float(), fn.float().t())
    coll = torch.empty((T, D), dtype=x.dtype, device=x.device)
    post = torch.empty((T, N), dtype=torch.float32, device=x.device)
    comb = torch.empty((T, N, N), dtype=torch.float32, device=x.device)
    if T:
        _hc_pre_kernel[(T,)](x, raw, base.float().contiguous(), scale.float().contiguous(), coll, post, comb,
                             N, D, float(norm_eps), float(hc_eps), int(sinkhorn_iters), x.stride(0),
                             x.stride(1), raw.stride(0), coll.stride(0), NP=next_pow2(N),
                             BLOCK_D=min(1024, next_pow2(D)))
    return coll, post, comb


def hc_post(x: torch.Tensor, y: torch.Tensor, post: torch.Tensor, comb: torch.Tensor) -> torch.Tensor:
    """New streams ``[T, N, D]``: ``post[k] * y + sum_j comb[j, k] * x[j]``."""
    check_tensor(_NAME, "x", x, ndim=3, dtypes=FLOAT_DTYPES)
    T, N, D = x.shape
    check_tensor(_NAME, "y", y, ndim=2, dtypes=(x.dtype,))
    check_tensor(_NAME, "post", post, ndim=2, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "comb", comb, ndim=3, dtypes=FLOAT_DTYPES)
    if tuple(y.shape) != (T, D) or tuple(post.shape) != (T, N) or tuple(comb.shape) != (T, N, N):
        raise KernelArgumentError(_NAME, f"for x {tuple(x.shape)}: y must be {(T, D)}, post {(T, N)}, comb "
                                         f"{(T, N, N)}; got {tuple(y.shape)}, {tuple(post.shape)}, "
                                         f"{tuple(comb.shape)}")
    check_same_device(_NAME, x=x, y=y, post=post, comb=comb)
    if not triton_runnable(x, y):
        return hc_post_ref(x, y, post, comb)
    out = torch.empty_like(x, memory_format=torch.contiguous_format)
    if T:
        block_d = min(512, next_pow2(D))
        _hc_post_kernel[(T, cdiv(D, block_d))](x, y, post.contiguous(), comb.contiguous(), out, N, D,
                                               x.stride(0), x.stride(1), y.stride(0), out.stride(0),
                                               out.stride(1), NP=next_pow2(N), BLOCK_D=block_d)
    return out
