"""MLA decode attention over the paged latent cache, absorbed form: one query token per sequence."""
from __future__ import annotations

import torch


def mla_decode(q_lat: torch.Tensor, q_pe: torch.Tensor, kv_cache: torch.Tensor, block_table: torch.Tensor,
               seq_lens: torch.Tensor, scale: float) -> torch.Tensor:
    """Attention-weighted latent ``[B, H, DL]`` (multiply by W_UV afterwards), in ``q_lat``'s dtype.

    ``q_lat`` ``[B, H, DL]`` (queries already multiplied by W_UK), ``q_pe`` ``[B, H, DR]``,
    ``kv_cache`` ``[num_blocks, block_size, DL + DR]`` whose first ``DL`` values of a token are
    ``c_kv`` (key part and value) and last ``DR`` the rotated ``k_pe``; ``block_table``
    ``[B, max_blocks]``, ``seq_lens`` ``[B]``. Matmuls in the input dtype, softmax in fp32; a sequence with no
    cached token gets zeros.
    """
    batch, _, rank = q_lat.shape
    if batch == 0:
        return torch.empty_like(q_lat)
    block_size = kv_cache.shape[1]
    nblocks = block_table.shape[1]  # the table is as wide as the longest sequence; no host sync
    kv = kv_cache[block_table.long()].view(batch, nblocks * block_size, -1)
    c_kv, k_pe = kv[..., :rank], kv[..., rank:]
    scores = torch.baddbmm(torch.bmm(q_pe, k_pe.transpose(1, 2)), q_lat, c_kv.transpose(1, 2)).float() * scale
    pad = torch.arange(nblocks * block_size, device=kv.device)[None, :] >= seq_lens[:, None]
    scores.masked_fill_(pad[:, None, :], float("-inf"))
    probs = scores.softmax(dim=-1).masked_fill_((seq_lens == 0)[:, None, None], 0.0)
    return torch.bmm(probs.to(c_kv.dtype), c_kv).to(q_lat.dtype)
