"""DeepSeek-V4 manifold-constrained hyper-connections (mHC): ``N = hc_mult`` residual streams.

Before a block, ``hc_pre`` reads the streams ``x`` ``[T, N, D]``: RMS-normalised (no weight) and
flattened, they go through one linear map ``fn`` ``[(2 + N) * N, N * D]`` plus ``base``, split into
``pre`` ``[N]``, ``post`` ``[N]`` and ``comb`` ``[N, N]`` logits, each times its ``scale`` entry:
``pre = sigmoid(.) + hc_eps``, ``post = 2 * sigmoid(.)``, ``comb = softmax(., rows) + hc_eps`` then
Sinkhorn-normalised (columns, then ``iters - 1`` rounds of rows and columns, each sum + ``hc_eps``).
The block's input is ``sum_n pre[n] * x[n]``. After the block, ``hc_post`` gives the new streams
``out[k] = post[k] * y + sum_j comb[j, k] * x[j]``. As in transformers, the weights are fp32 and
the final mixing runs in the streams' dtype.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F


def hc_pre(x: torch.Tensor, fn: torch.Tensor, base: torch.Tensor, scale: torch.Tensor, *,
           norm_eps: float = 1e-6, hc_eps: float = 1e-6, sinkhorn_iters: int = 20):
    """``(collapsed [T, D] in x's dtype, post [T, N] fp32, comb [T, N, N] fp32)`` for ``x`` ``[T, N, D]``."""
    T, N, _ = x.shape
    flat = x.reshape(T, -1).float()
    flat = flat * torch.rsqrt(flat.square().mean(-1, keepdim=True) + norm_eps)
    mixes = F.linear(flat, fn.float())
    pre_w, post_w, comb_w = mixes.split([N, N, N * N], dim=-1)
    pre_b, post_b, comb_b = base.float().split([N, N, N * N])
    s = scale.float()
    pre = torch.sigmoid(pre_w * s[0] + pre_b) + hc_eps
    post = 2 * torch.sigmoid(post_w * s[1] + post_b)
    comb = torch.softmax(comb_w.view(T, N, N) * s[2] + comb_b.view(N, N), dim=-1) + hc_eps
    comb = comb / (comb.sum(dim=-2, keepdim=True) + hc_eps)
    for _ in range(sinkhorn_iters - 1):
        comb = comb / (comb.sum(dim=-1, keepdim=True) + hc_eps)
        comb = comb / (comb.sum(dim=-2, keepdim=True) + hc_eps)
    collapsed = (pre.unsqueeze(-1) * x).sum(dim=1).to(x.dtype)
    return collapsed, post, comb


def hc_post(x: torch.Tensor, y: torch.Tensor, post: torch.Tensor, comb: torch.Tensor) -> torch.Tensor:
    """New streams ``[T, N, D]`` from the old ``x`` ``[T, N, D]`` and the block output ``y`` ``[T, D]``."""
    dtype = x.dtype
    return post.to(dtype).unsqueeze(-1) * y.unsqueeze(-2) + torch.matmul(comb.to(dtype).transpose(-1, -2), x)
