"""MoE routing: router logits -> (top-k weights, top-k expert ids), DeepSeek semantics."""
from __future__ import annotations

import torch


def grouped(topk_method: str, n_group: int) -> bool:
    """Whether experts are first narrowed to the best ``topk_group`` of ``n_group`` groups."""
    return topk_method in ("group_limited_greedy", "noaux_tc") and n_group > 1


def moe_route(router_logits: torch.Tensor, *, top_k: int, scoring_func: str = "softmax",
              topk_method: str = "greedy", n_group: int = 1, topk_group: int = 1,
              correction_bias: torch.Tensor | None = None, norm_topk_prob: bool = False,
              routed_scaling_factor: float = 1.0) -> tuple[torch.Tensor, torch.Tensor]:
    """Route ``router_logits`` ``[T, E]``; returns ``(weights fp32 [T, k], ids int64 [T, k])``.

    - ``scoring_func``: ``softmax`` (V2) or ``sigmoid`` (V3), computed in fp32.
    - ``correction_bias`` (V3): ``s' = score + bias`` only chooses experts; the returned weights
      are the unbiased scores of the chosen experts.
    - ``topk_method``: ``greedy`` (plain top-k), ``group_limited_greedy`` (group score = max of the
      group) or ``noaux_tc`` (group score = sum of the group's top-2 ``s'``). With ``n_group > 1``
      only the best ``topk_group`` groups stay, then top-k.
    - With ``norm_topk_prob`` and ``top_k > 1`` weights are divided by their sum (+1e-20); then
      multiplied by ``routed_scaling_factor``.
    Ids come in descending order of ``s'``.
    """
    logits = router_logits.float()
    tokens, experts = logits.shape
    scores = logits.sigmoid() if scoring_func == "sigmoid" else logits.softmax(-1)
    choice = scores if correction_bias is None else scores + correction_bias.float()
    if grouped(topk_method, n_group):
        by_group = choice.view(tokens, n_group, experts // n_group)
        if topk_method == "noaux_tc":
            group_scores = by_group.topk(2, dim=-1).values.sum(-1)
        else:
            group_scores = by_group.max(-1).values
        keep = group_scores.topk(topk_group, dim=-1).indices
        group_mask = torch.zeros_like(group_scores, dtype=torch.bool).scatter_(1, keep, True)
        per_group = experts // n_group
        expert_mask = group_mask.unsqueeze(-1).expand(tokens, n_group, per_group).reshape(tokens, experts)
        choice = choice.masked_fill(~expert_mask, float("-inf"))
    ids = choice.topk(top_k, dim=-1).indices
    weights = scores.gather(1, ids)
    if norm_topk_prob and top_k > 1:
        weights = weights / (weights.sum(-1, keepdim=True) + 1e-20)
    return weights * routed_scaling_factor, ids
