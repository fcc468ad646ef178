"""DeepSeek-V4 attention: one shared key/value head, a learned sink per head, and keys chosen per
query (a sliding window, selected compressed entries, or both).

``q`` ``[T, H, D]`` attends to the rows ``kv[indices[t]]`` of a single-head ``kv`` ``[N, D]`` that
serves as key and value (V4 reads the same tensor as both); ``-1`` in ``indices`` marks an
unused slot. With ``sinks`` ``[H]`` (fp32 logits, not scaled) each head's softmax gets one more
logit whose value is dropped, so weights sum to less than one:
``out = sum_i exp(s_i) v_i / (exp(sink) + sum_i exp(s_i))``. A query with no key returns zeros.
"""
from __future__ import annotations

import torch


def sparse_attention(q: torch.Tensor, kv: torch.Tensor, indices: torch.Tensor, scale: float,
                     sinks: torch.Tensor | None = None) -> torch.Tensor:
    """``[T, H, D]`` in ``q``'s dtype; scores, softmax and the weighted sum in fp32."""
    T, H, _ = q.shape
    idx = indices.long()
    valid = (idx >= 0) & (idx < kv.shape[0])
    keys = kv[idx.clamp(0, max(kv.shape[0] - 1, 0))].float() if kv.shape[0] else \
        kv.new_zeros(*idx.shape, kv.shape[1]).float()
    scores = torch.einsum("thd,tkd->thk", q.float(), keys) * scale
    scores = scores.masked_fill(~valid[:, None, :], float("-inf"))
    sink = (sinks.float() if sinks is not None else torch.full((H,), float("-inf"), device=q.device))
    logits = torch.cat([scores, sink.view(1, H, 1).expand(T, H, 1)], dim=-1)
    peak = logits.amax(-1, keepdim=True)
    peak = torch.where(torch.isfinite(peak), peak, torch.zeros_like(peak))
    weights = torch.exp(logits - peak)
    total = weights.sum(-1, keepdim=True)
    probs = weights[..., :-1] / torch.where(total > 0, total, torch.ones_like(total))
    return torch.einsum("thk,tkd->thd", probs, keys).to(q.dtype)
