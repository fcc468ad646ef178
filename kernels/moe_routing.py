"""MoE routing: router logits -> (top-k weights, top-k expert ids).

Methods (DeepSeek semantics):
- ``greedy`` (V2-Lite): softmax over all experts, plain top-k.
- ``group_limited_greedy`` (V2): softmax; group score = max score in the group; keep the
  best ``topk_group`` groups; top-k among their experts.
- ``noaux_tc`` (V3): sigmoid; ``s' = score + correction_bias`` only chooses: group score =
  sum of the top-2 ``s'`` of the group, keep the best ``topk_group`` groups (others -inf),
  top-k of ``s'``; the weights are the unbiased sigmoid scores of the chosen experts.
Then, when ``norm_topk_prob``, weights are divided by their sum (+1e-20); finally they are
multiplied by ``routed_scaling_factor``. Ids come out ordered by descending choice score.
"""
from __future__ import annotations

import torch

from ._common import (FLOAT_DTYPES, KernelArgumentError, check_same_device, check_tensor, lazy_jit,
                      next_pow2, tl, triton_runnable)

_NAME = "moe_route"
METHODS = {"greedy": 0, "group_limited_greedy": 1, "noaux_tc": 2}


def _check_args(logits, top_k, method, n_group, topk_group, correction_bias):
    check_tensor(_NAME, "router_logits", logits, ndim=2, dtypes=FLOAT_DTYPES)
    E = logits.shape[1]
    if method not in METHODS:
        raise KernelArgumentError(_NAME, f"unknown method {method!r} (allowed: {', '.join(METHODS)})")
    if not 1 <= top_k <= E:
        raise KernelArgumentError(_NAME, f"top_k={top_k} must be in [1, {E}]")
    if method != "greedy":
        if n_group < 1 or E % n_group:
            raise KernelArgumentError(_NAME, f"{E} experts cannot be split into n_group={n_group}")
        if not 1 <= topk_group <= n_group:
            raise KernelArgumentError(_NAME, f"topk_group={topk_group} must be in [1, {n_group}]")
        if top_k > topk_group * (E // n_group):
            raise KernelArgumentError(_NAME, f"top_k={top_k} exceeds the experts in {topk_group} groups")
    if method == "noaux_tc":
        if correction_bias is None:
            raise KernelArgumentError(_NAME, "noaux_tc needs correction_bias")
        check_tensor(_NAME, "correction_bias", correction_bias, ndim=1, dtypes=FLOAT_DTYPES)
        if correction_bias.shape[0] != E:
            raise KernelArgumentError(_NAME, f"correction_bias has {correction_bias.shape[0]} entries, "
                                             f"expected {E}")


def moe_route_ref(router_logits: torch.Tensor, top_k: int, *, method: str = "greedy", n_group: int = 1,
                  topk_group: int = 1, norm_topk_prob: bool = False, routed_scaling_factor: float = 1.0,
                  correction_bias: torch.Tensor | None = None):
    _check_args(router_logits, top_k, method, n_group, topk_group, correction_bias)
    logits = router_logits.float()
    T, E = logits.shape
    if method == "noaux_tc":
        scores = logits.sigmoid()
        choice = scores + correction_bias.float()
    else:
        scores = logits.softmax(-1)
        choice = scores
    if method != "greedy":
        grouped = choice.view(T, n_group, E // n_group)
        if method == "noaux_tc":
            group_scores = grouped.topk(min(2, E // n_group), dim=-1).values.sum(-1)
        else:
            group_scores = grouped.max(-1).values
        keep = group_scores.topk(topk_group, dim=-1).indices
        group_mask = torch.zeros_like(group_scores, dtype=torch.bool).scatter_(1, keep, True)
        expert_mask = group_mask.unsqueeze(-1).expand(T, n_group, E // n_group).reshape(T, E)
        choice = choice.masked_fill(~expert_mask, float("-inf"))
    ids = choice.topk(top_k, dim=-1).indices
    weights = scores.gather(1, ids)
    if norm_topk_prob:
        weights = weights / (weights.sum(-1, keepdim=True) + 1e-20)
    weights = weights * routed_scaling_factor
    return weights, ids.to(torch.int32)


@lazy_jit
def _route_kernel(logits_ptr, bias_ptr, w_ptr, ids_ptr, E, stride_l, scaling,
                  METHOD: tl.constexpr, TOP_K: tl.constexpr, N_GROUP: tl.constexpr,
                  TOPK_GROUP: tl.constexpr, NORM: tl.constexpr, BLOCK_E: tl.constexpr,
                  BLOCK_G: tl.constexpr):
    t = tl.program_id(0).to(tl.int64)
    offs = tl.arange(0, BLOCK_E)
    emask = offs < E
    x = tl.load(logits_ptr + t * stride_l + offs, mask=emask, other=float("-inf")).to(tl.float32)
    if METHOD == 2:
        scores = 1.0 / (1.0 + tl.exp(-x))
        bias = tl.load(bias_ptr + offs, mask=emask, other=0.0).to(tl.float32)
        choice = tl.where(emask, scores + bias, float("-inf"))
    else:
        mx = tl.max(x, axis=0)
        ex = tl.where(emask, tl.exp(x - mx), 0.0)
        scores = ex / tl.sum(ex, axis=0)
        choice = tl.where(emask, scores, float("-inf"))
    if METHOD != 0:
        group_size = E // N_GROUP
        goffs = tl.arange(0, BLOCK_G)
        gscores = tl.full([BLOCK_G], float("-inf"), tl.float32)
        for g in tl.static_range(N_GROUP):
            in_g = (offs >= g * group_size) & (offs < (g + 1) * group_size)
            vals = tl.where(in_g, choice, float("-inf"))
            best = tl.max(vals, axis=0)
            if METHOD == 2:
                arg = tl.argmax(vals, axis=0)
                second = tl.max(tl.where(offs == arg, float("-inf"), vals), axis=0)
                if group_size > 1:
                    best = best + second
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
        tl.store(ids_ptr + t * TOP_K + j, idx.to(tl.int32))
        chosen_w = tl.where(offs == j, w, chosen_w)
        total += w
        choice = tl.where(offs == idx, float("-inf"), choice)
    if NORM:
        chosen_w = chosen_w / (total + 1e-20)
    chosen_w = chosen_w * scaling
    tl.store(w_ptr + t * TOP_K + offs, chosen_w, mask=offs < TOP_K)


def moe_route(router_logits: torch.Tensor, top_k: int, *, method: str = "greedy", n_group: int = 1,
              topk_group: int = 1, norm_topk_prob: bool = False, routed_scaling_factor: float = 1.0,
              correction_bias: torch.Tensor | None = None):
    """Route ``router_logits`` ``[T, E]``; returns ``(weights fp32 [T, k], ids int32 [T, k])``."""
    _check_args(router_logits, top_k, method, n_group, topk_group, correction_bias)
    check_same_device(_NAME, router_logits=router_logits, correction_bias=correction_bias)
    tensors = [router_logits] + ([correction_bias] if correction_bias is not None else [])
    if not triton_runnable(*tensors) or router_logits.shape[1] > 1024:
        return moe_route_ref(router_logits, top_k, method=method, n_group=n_group, topk_group=topk_group,
                             norm_topk_prob=norm_topk_prob, routed_scaling_factor=routed_scaling_factor,
                             correction_bias=correction_bias)
    T, E = router_logits.shape
    weights = torch.empty((T, top_k), dtype=torch.float32, device=router_logits.device)
    ids = torch.empty((T, top_k), dtype=torch.int32, device=router_logits.device)
    if T:
        grouped = method != "greedy"
        block_e = max(next_pow2(E), next_pow2(top_k))
        bias = correction_bias if correction_bias is not None else router_logits
        _route_kernel[(T,)](router_logits, bias, weights, ids, E, router_logits.stride(0),
                            float(routed_scaling_factor), METHOD=METHODS[method], TOP_K=top_k,
                            N_GROUP=n_group if grouped else 1, TOPK_GROUP=topk_group if grouped else 1,
                            NORM=bool(norm_topk_prob), BLOCK_E=block_e,
                            BLOCK_G=max(2, next_pow2(n_group if grouped else 1)))
    return weights, ids
