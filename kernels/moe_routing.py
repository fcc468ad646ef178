"""MoE routing: router logits -> (top-k weights, top-k expert ids), DeepSeek semantics.

- ``scoring_func``: ``softmax`` (V2) or ``sigmoid`` (V3), computed in fp32.
- ``correction_bias`` (V3): ``s' = score + bias`` is used only to choose experts; the
  returned weights are always the unbiased scores of the chosen experts.
- ``topk_method``: ``greedy`` (plain top-k), ``group_limited_greedy`` (group score = max of
  the group) or ``noaux_tc`` (group score = sum of the group's top-2 ``s'``). With
  ``n_group > 1`` only the best ``topk_group`` groups stay (others -inf), then top-k.
- When ``norm_topk_prob`` and ``top_k > 1`` weights are divided by their sum (+1e-20); then
  multiplied by ``routed_scaling_factor``.
Returns ``(weights fp32 [T, k], ids int64 [T, k])``; ids are in descending choice order.
"""
from __future__ import annotations

import torch

from ._common import (FLOAT_DTYPES, KernelArgumentError, check_same_device, check_tensor, lazy_jit,
                      next_pow2, tl, triton_runnable)
from .reference.moe_routing import grouped
from .reference.moe_routing import moe_route as moe_route_ref

_NAME = "moe_route"
SCORING = {"softmax": 0, "sigmoid": 1}
METHODS = {"greedy": 0, "group_limited_greedy": 1, "noaux_tc": 2}


def _check_args(logits, top_k, scoring_func, topk_method, n_group, topk_group, correction_bias):
    check_tensor(_NAME, "router_logits", logits, ndim=2, dtypes=FLOAT_DTYPES)
    E = logits.shape[1]
    if scoring_func not in SCORING:
        raise KernelArgumentError(_NAME, f"unknown scoring_func {scoring_func!r} "
                                         f"(allowed: {', '.join(SCORING)})")
    if topk_method not in METHODS:
        raise KernelArgumentError(_NAME, f"unknown topk_method {topk_method!r} "
                                         f"(allowed: {', '.join(METHODS)})")
    if not 1 <= top_k <= E:
        raise KernelArgumentError(_NAME, f"top_k={top_k} must be in [1, {E}]")
    if grouped(topk_method, n_group):
        if E % n_group:
            raise KernelArgumentError(_NAME, f"{E} experts cannot be split into n_group={n_group}")
        if not 1 <= topk_group <= n_group:
            raise KernelArgumentError(_NAME, f"topk_group={topk_group} must be in [1, {n_group}]")
        if top_k > topk_group * (E // n_group):
            raise KernelArgumentError(_NAME, f"top_k={top_k} exceeds the experts in {topk_group} groups")
        if topk_method == "noaux_tc" and E // n_group < 2:
            raise KernelArgumentError(_NAME, "noaux_tc needs at least 2 experts per group")
    if correction_bias is not None:
        check_tensor(_NAME, "correction_bias", correction_bias, ndim=1, dtypes=FLOAT_DTYPES)
        if correction_bias.shape[0] != E:
            raise KernelArgumentError(_NAME, f"correction_bias has {correction_bias.shape[0]} entries, "
                                             f"expected {E}")


@lazy_jit
def _route_kernel(logits_ptr, bias_ptr, w_ptr, ids_ptr, E, stride_l, scaling,
                  SIGMOID: tl.constexpr, HAS_BIAS: tl.constexpr, GROUP_MODE: tl.constexpr,
                  TOP_K: tl.constexpr, N_GROUP: tl.constexpr,
                  TOPK_GROUP: tl.constexpr, NORM: tl.constexpr, BLOCK_E: tl.constexpr,
                  BLOCK_G: tl.constexpr):
    t = tl.program_id(0).to(tl.int64)
    offs = tl.arange(0, BLOCK_E)
    emask = offs < E
    x = tl.load(logits_ptr + t * stride_l + offs, mask=emask, other=float("-inf")).to(tl.float32)
    if SIGMOID:
        scores = 1.0 / (1.0 + tl.exp(-x))
    else:
        mx = tl.max(x, axis=0)
        ex = tl.where(emask, tl.exp(x - mx), 0.0)
        scores = ex / tl.sum(ex, axis=0)
    choice = scores
    if HAS_BIAS:
        choice = scores + tl.load(bias_ptr + offs, mask=emask, other=0.0).to(tl.float32)
    choice = tl.where(emask, choice, float("-inf"))
    if GROUP_MODE != 0:
        group_size = E // N_GROUP
        goffs = tl.arange(0, BLOCK_G)
        gscores = tl.full([BLOCK_G], float("-inf"), tl.float32)
        for g in tl.static_range(N_GROUP):
            in_g = (offs >= g * group_size) & (offs < (g + 1) * group_size)
            vals = tl.where(in_g, choice, float("-inf"))
            best = tl.max(vals, axis=0)
            if GROUP_MODE == 2:
                arg = tl.argmax(vals, axis=0)
                best = best + tl.max(tl.where(offs == arg, float("-inf"), vals), axis=0)
            gscores = tl.where(goffs == g, best, gscores)
        gkeep = goffs < 0
        for j in tl.static_range(TOPK_GROUP):
            gi = tl.argmax(gscores, axis=0)
            gkeep = gkeep | (goffs == gi)
            gscores = tl.where(goffs == gi, float("-inf"), gscores)
        keep = offs < 0
        for g in tl.static_range(N_GROUP):
            kept = tl.sum(tl.where((goffs == g) & gkeep, 1, 0), axis=0) > 0
            in_g = (offs >= g * group_size) & (offs < (g + 1) * group_size)
            keep = keep | (in_g & kept)
        choice = tl.where(keep, choice, float("-inf"))
    chosen_w = tl.zeros([BLOCK_E], dtype=tl.float32)
    total = 0.0
    for j in tl.static_range(TOP_K):
        idx = tl.argmax(choice, axis=0)
        w = tl.sum(tl.where(offs == idx, scores, 0.0), axis=0)
        tl.store(ids_ptr + t * TOP_K + j, idx.to(tl.int64))
        chosen_w = tl.where(offs == j, w, chosen_w)
        total += w
        choice = tl.where(offs == idx, float("-inf"), choice)
    if NORM:
        chosen_w = chosen_w / (total + 1e-20)
    chosen_w = chosen_w * scaling
    tl.store(w_ptr + t * TOP_K + offs, chosen_w, mask=offs < TOP_K)


def moe_route(router_logits: torch.Tensor, *, top_k: int, scoring_func: str = "softmax",
              topk_method: str = "greedy", n_group: int = 1, topk_group: int = 1,
              correction_bias: torch.Tensor | None = None, norm_topk_prob: bool = False,
              routed_scaling_factor: float = 1.0):
    """Route ``router_logits`` ``[T, E]``; see the module docstring."""
    _check_args(router_logits, top_k, scoring_func, topk_method, n_group, topk_group, correction_bias)
    check_same_device(_NAME, router_logits=router_logits, correction_bias=correction_bias)
    tensors = [router_logits] + ([correction_bias] if correction_bias is not None else [])
    if not triton_runnable(*tensors) or router_logits.shape[1] > 1024:
        return moe_route_ref(router_logits, top_k=top_k, scoring_func=scoring_func, topk_method=topk_method,
                             n_group=n_group, topk_group=topk_group, correction_bias=correction_bias,
                             norm_topk_prob=norm_topk_prob, routed_scaling_factor=routed_scaling_factor)
    T, E = router_logits.shape
    weights = torch.empty((T, top_k), dtype=torch.float32, device=router_logits.device)
    ids = torch.empty((T, top_k), dtype=torch.int64, device=router_logits.device)
    if T:
        by_group = grouped(topk_method, n_group)
        group_mode = (2 if topk_method == "noaux_tc" else 1) if by_group else 0
        _route_kernel[(T,)](router_logits, correction_bias if correction_bias is not None else router_logits,
                            weights, ids, E, router_logits.stride(0), float(routed_scaling_factor),
                            SIGMOID=scoring_func == "sigmoid", HAS_BIAS=correction_bias is not None,
                            GROUP_MODE=group_mode, TOP_K=top_k, N_GROUP=n_group if by_group else 1,
                            TOPK_GROUP=topk_group if by_group else 1, NORM=bool(norm_topk_prob and top_k > 1),
                            BLOCK_E=max(next_pow2(E), next_pow2(top_k)),
                            BLOCK_G=max(2, next_pow2(n_group if by_group else 1)))
    return weights, ids
