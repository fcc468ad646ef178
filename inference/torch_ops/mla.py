"""MLA attention in plain torch: absorbed decode over the paged latent cache, and varlen prefill."""

from __future__ import annotations

import torch
import torch.nn.functional as F


def mla_decode(
    q_latent: torch.Tensor,
    q_rope: torch.Tensor,
    kv_cache: torch.Tensor,
    block_tables: torch.Tensor,
    context_lens: torch.Tensor,
    scale: float,
) -> torch.Tensor:
    """One query token per sequence against its cached context.

    q_latent [B, H, R] (queries already multiplied by W_UK), q_rope [B, H, P],
    kv_cache [num_blocks, block_size, R + P], block_tables [B, max_blocks], context_lens [B].
    Returns the attention-weighted latent [B, H, R] (multiply by W_UV afterwards).
    """
    batch, _, rank = q_latent.shape
    block_size = kv_cache.shape[1]
    max_len = int(context_lens.max())
    nblocks = (max_len + block_size - 1) // block_size
    kv = kv_cache[block_tables[:, :nblocks].long()].view(batch, nblocks * block_size, -1)
    c_kv, k_rope = kv[..., :rank], kv[..., rank:]
    scores = (
        torch.baddbmm(torch.bmm(q_rope, k_rope.transpose(1, 2)), q_latent, c_kv.transpose(1, 2)).float()
        * scale
    )
    pad = torch.arange(nblocks * block_size, device=kv.device)[None, :] >= context_lens[:, None]
    scores.masked_fill_(pad[:, None, :], float("-inf"))
    probs = scores.softmax(dim=-1).to(c_kv.dtype)
    return torch.bmm(probs, c_kv)


def mla_prefill(
    q: torch.Tensor,
    k: torch.Tensor,
    v: torch.Tensor,
    cu_seqlens_q: list[int],
    cu_seqlens_k: list[int],
    scale: float,
) -> torch.Tensor:
    """Causal attention for a batch of variable-length chunks whose keys include the cached prefix.

    q [Tq, H, D], k [Tk, H, D], v [Tk, H, Dv]; sequence i owns q rows cu_seqlens_q[i]:cu_seqlens_q[i+1]
    and k/v rows cu_seqlens_k[i]:cu_seqlens_k[i+1]; its queries are the last tokens of its keys.
    """
    out = q.new_empty(q.shape[0], q.shape[1], v.shape[-1])
    for i in range(len(cu_seqlens_q) - 1):
        qs, qe, ks, ke = cu_seqlens_q[i], cu_seqlens_q[i + 1], cu_seqlens_k[i], cu_seqlens_k[i + 1]
        tq, tk = qe - qs, ke - ks
        qi, ki, vi = q[qs:qe].transpose(0, 1), k[ks:ke].transpose(0, 1), v[ks:ke].transpose(0, 1)
        if tq == tk:
            oi = F.scaled_dot_product_attention(qi, ki, vi, is_causal=True, scale=scale)
        else:
            mask = torch.ones(tq, tk, dtype=torch.bool, device=q.device).tril(diagonal=tk - tq)
            oi = F.scaled_dot_product_attention(qi, ki, vi, attn_mask=mask, scale=scale)
        out[qs:qe] = oi.transpose(0, 1)
    return out
