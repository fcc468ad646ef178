"""MLA prefill / chunked prefill in the non-absorbed (MHA) form: causal varlen attention."""
from __future__ import annotations

import torch
import torch.nn.functional as F


def offsets(cu_seqlens) -> list[int]:
    """``cu_seqlens`` given as a list or an int tensor, as a list."""
    return [int(v) for v in (cu_seqlens.tolist() if isinstance(cu_seqlens, torch.Tensor) else cu_seqlens)]


def mla_prefill(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, cu_seqlens_q, cu_seqlens_k,
                scale: float) -> torch.Tensor:
    """Causal attention of variable-length chunks whose keys include their cached prefix.

    ``q`` ``[Tq, H, D]``, ``k`` ``[Tk, H, D]``, ``v`` ``[Tk, H, Dv]`` -> ``[Tq, H, Dv]``. Sequence ``i``
    owns query rows ``cu_seqlens_q[i]:cu_seqlens_q[i+1]`` and key/value rows
    ``cu_seqlens_k[i]:cu_seqlens_k[i+1]``; its queries are the *last* tokens of its keys, so query
    ``j`` (of ``q_len``) sees keys ``0 .. k_len - q_len + j``.
    """
    cq, ck = offsets(cu_seqlens_q), offsets(cu_seqlens_k)
    out = q.new_empty(q.shape[0], q.shape[1], v.shape[-1])
    for i in range(len(cq) - 1):
        qs, qe, ks, ke = cq[i], cq[i + 1], ck[i], ck[i + 1]
        tq, tk = qe - qs, ke - ks
        if tq == 0:
            continue
        qi, ki, vi = q[qs:qe].transpose(0, 1), k[ks:ke].transpose(0, 1), v[ks:ke].transpose(0, 1)
        if tq == tk:
            oi = F.scaled_dot_product_attention(qi, ki, vi, is_causal=True, scale=scale)
        else:
            visible = torch.ones(tq, tk, dtype=torch.bool, device=q.device).tril(diagonal=tk - tq)
            oi = F.scaled_dot_product_attention(qi, ki, vi, attn_mask=visible, scale=scale)
        out[qs:qe] = oi.transpose(0, 1)
    return out
