"""MoE routing (greedy, group-limited greedy, noaux_tc) and the expert MLPs in plain torch."""

from __future__ import annotations

import torch
import torch.nn.functional as F


def moe_route(
    router_logits: torch.Tensor,
    *,
    top_k: int,
    scoring_func: str,
    topk_method: str,
    n_group: int,
    topk_group: int,
    correction_bias: torch.Tensor | None,
    norm_topk_prob: bool,
    routed_scaling_factor: float,
) -> tuple[torch.Tensor, torch.Tensor]:
    logits = router_logits.float()
    tokens, experts = logits.shape
    scores = logits.sigmoid() if scoring_func == "sigmoid" else logits.softmax(dim=-1)
    choice = scores if correction_bias is None else scores + correction_bias.float()
    if topk_method in ("group_limited_greedy", "noaux_tc") and n_group > 1:
        grouped = choice.view(tokens, n_group, experts // n_group)
        if topk_method == "noaux_tc":
            group_scores = grouped.topk(2, dim=-1)[0].sum(dim=-1)
        else:
            group_scores = grouped.max(dim=-1).values
        group_idx = torch.topk(group_scores, k=topk_group, dim=-1, sorted=False)[1]
        group_mask = torch.zeros_like(group_scores).scatter_(1, group_idx, 1.0)
        keep = group_mask.unsqueeze(-1).expand_as(grouped).reshape(tokens, experts).bool()
        choice = choice.masked_fill(~keep, float("-inf"))
    topk_ids = torch.topk(choice, k=top_k, dim=-1, sorted=False)[1]
    weights = scores.gather(1, topk_ids)
    if norm_topk_prob and top_k > 1:
        weights = weights / (weights.sum(dim=-1, keepdim=True) + 1e-20)
    return weights * routed_scaling_factor, topk_ids


def _dequant_experts(w: torch.Tensor, scale: torch.Tensor, block: tuple[int, int]) -> torch.Tensor:
    out_f, in_f = w.shape[1:]
    full = scale.float().repeat_interleave(block[0], 1)[:, :out_f].repeat_interleave(block[1], 2)[:, :, :in_f]
    return w.float() * full


def fused_moe(
    x: torch.Tensor,
    w13: torch.Tensor,
    w2: torch.Tensor,
    topk_weights: torch.Tensor,
    topk_ids: torch.Tensor,
    expert_start: int = 0,
    *,
    w13_scale: torch.Tensor | None = None,
    w2_scale: torch.Tensor | None = None,
    block_shape: tuple[int, int] = (128, 128),
) -> torch.Tensor:
    """Sum over each token's chosen experts of weight * down(silu(gate(x)) * up(x)).

    w13 [E_local, 2I, H] holds gate rows then up rows, w2 [E_local, H, I]; only experts
    expert_start .. expert_start + E_local - 1 are computed (expert parallelism). FP8 weights are
    dequantized with their block scales (activations stay in x's precision).
    """
    if w13_scale is not None:
        w13 = _dequant_experts(w13, w13_scale, block_shape).to(x.dtype)
        w2 = _dequant_experts(w2, w2_scale, block_shape).to(x.dtype)
    local, inter = w13.shape[0], w2.shape[2]
    flat_ids = topk_ids.flatten() - expert_start
    order = torch.argsort(flat_ids, stable=True)
    counts = torch.bincount(flat_ids.clamp(-1, local).add(1), minlength=local + 2).tolist()
    start, stop = counts[0], counts[0] + sum(counts[1 : local + 1])
    order = order[start:stop]  # (token, k) pairs routed to this rank's experts, grouped by expert
    token_of = order // topk_ids.shape[1]
    xs = x[token_of]
    ys = torch.empty_like(xs)
    begin = 0
    for e in range(local):
        n = counts[e + 1]
        if n == 0:
            continue
        h = F.linear(xs[begin : begin + n], w13[e])
        torch.mm(F.silu(h[:, :inter]) * h[:, inter:], w2[e].t(), out=ys[begin : begin + n])
        begin += n
    ys *= topk_weights.flatten()[order, None].to(x.dtype)
    return torch.zeros_like(x).index_add_(0, token_of, ys)
