"""DeepSeek-V4's Triton kernels behind the model's own functions (the triton backend of `ops`).

Each function here has the signature of the model function it replaces (`ops.dispatch` names them)
and adapts its arguments to the kernel's layout:

- `v4_batch_window_attention` (sliding layers of the paged path; `v4_window_attention` for one
  sequence): each sequence's window ring plus new keys are one contiguous key run, which is
  `swa_prefill`'s varlen layout, so a step is one launch (keys concatenated: a copy of
  [sum of window + new tokens, head_dim]). The ring lives in a slot, not in paged blocks, so
  `swa_decode`'s paged layout does not apply.
- `v4_batch_sink_attention` (CSA / HCA layers; `v4_sink_attention` for one sequence): window keys
  and the compressed entries gathered through the block table form one key tensor per sequence, all
  concatenated; each [T_i, K_i] mask of allowed keys becomes `sparse_attention`'s index lists (a sort
  of [T_i, K_i], indices [T, max allowed], -1 padded), one launch per step.
- `v4_batch_indexer_select` (paged path; `v4_indexer_select` for one sequence): one `indexer_topk`
  launch per step, varlen over the sequences' indexer keys gathered through their block tables and
  concatenated; the indices are scattered back into the [T_i, E_i] masks the attention takes.
- `v4_compress`: `compress_kv` over the closed windows of one sequence, the previous window's first
  series passed as its carried state; the rotation stays the model's.
- `v4_hc_pre` / `v4_hc_post`: mHC mixing, argument order as `hc_pre` / `hc_post`.
- `v4_routed_experts`: the routed experts of a layer kept packed in FP4 (`v4.fp4_experts`), one
  `fused_moe_fp4` call per layer and step (weights dequantised inside the GEMM), the rank's
  `expert_start` passed on under expert parallelism.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import torch
import torch.nn.functional as F

from sluice.kernels import (compress_kv, fused_moe_fp4, hc_post, hc_pre, indexer_topk, sparse_attention,
                            swa_prefill)
from sluice.inference.v4.layers import rotate_tail

if TYPE_CHECKING:
    from sluice.inference.v4.compressor import Compressor, Indexer
    from sluice.inference.v4.config import V4Config
    from sluice.inference.v4.fp4_experts import PackedExperts


def v4_window_attention(q: torch.Tensor, keys: torch.Tensor, window: int, sinks: torch.Tensor, scale: float):
    return v4_batch_window_attention(q, [keys], [q.shape[0]], window, sinks, scale)


def v4_batch_window_attention(q: torch.Tensor, keys_of: list[torch.Tensor], counts: list[int], window: int,
                              sinks: torch.Tensor, scale: float) -> torch.Tensor:
    cu_q, cu_k = _offsets(counts), _offsets([keys.shape[0] for keys in keys_of])
    return swa_prefill(q, torch.cat(keys_of), cu_q, cu_k, window, scale, sinks)


def v4_batch_sink_attention(q: torch.Tensor, keys_of: list[torch.Tensor], allowed_of: list[torch.Tensor],
                            sinks: torch.Tensor, scale: float) -> torch.Tensor:
    """One launch for the step: keys concatenated, each sequence's index lists shifted to its rows."""
    lists, first = [], 0
    for keys, allowed in zip(keys_of, allowed_of):
        idx = mask_to_indices(allowed)
        lists.append(torch.where(idx >= 0, idx + first, idx))
        first += keys.shape[0]
    width = max(idx.shape[1] for idx in lists)
    indices = torch.cat([F.pad(idx, (0, width - idx.shape[1]), value=-1) for idx in lists])
    return sparse_attention(q, torch.cat(keys_of), indices, scale, sinks)


def _offsets(lengths: list[int]) -> list[int]:
    out = [0]
    for n in lengths:
        out.append(out[-1] + n)
    return out


def mask_to_indices(allowed: torch.Tensor) -> torch.Tensor:
    """int32 [T, max allowed per row]: the allowed columns of each row in order, -1 padded."""
    keys = allowed.shape[1]
    width = int(allowed.sum(dim=1).max()) if allowed.numel() else 0
    cols = torch.arange(keys, device=allowed.device).expand_as(allowed)
    ordered = torch.where(allowed, cols, keys).sort(dim=1).values[:, :width]
    return torch.where(ordered < keys, ordered, -1).to(torch.int32)


def v4_sink_attention(q: torch.Tensor, keys: torch.Tensor, allowed: torch.Tensor, sinks: torch.Tensor,
                      scale: float) -> torch.Tensor:
    return v4_batch_sink_attention(q, [keys], [allowed], sinks, scale)


def v4_indexer_select(indexer: Indexer, x: torch.Tensor, q_latent: torch.Tensor, positions: torch.Tensor,
                      keys: torch.Tensor, cos_sin) -> torch.Tensor:
    return v4_batch_indexer_select(indexer, x, q_latent, positions, [keys], [x.shape[0]], cos_sin)[0]


def v4_batch_indexer_select(indexer: Indexer, x: torch.Tensor, q_latent: torch.Tensor,
                            positions: torch.Tensor, keys_of: list[torch.Tensor], counts: list[int],
                            cos_sin) -> list[torch.Tensor]:
    """One `indexer_topk` launch for the step (varlen over the sequences' gathered indexer keys)."""
    cfg = indexer.cfg
    tokens, heads, dim = x.shape[0], cfg.index_n_heads, cfg.index_head_dim
    q = rotate_tail(indexer.wq_b(q_latent).view(tokens, heads, dim), *cos_sin).contiguous()
    weights = (indexer.weights_proj(x).float() * heads**-0.5).contiguous()
    sizes = [keys.shape[0] for keys in keys_of]
    chosen = indexer_topk(q, torch.cat(keys_of).contiguous(), weights, _offsets(counts), _offsets(sizes),
                          positions, cfg.csa_rate, cfg.index_topk, dim**-0.5).long()
    masks = []
    for rows, entries in zip(chosen.split(counts), sizes):
        mask = torch.zeros(rows.shape[0], entries, dtype=torch.bool, device=x.device)
        picked = rows >= 0
        line = torch.arange(rows.shape[0], device=x.device)[:, None].expand_as(rows)
        mask[line[picked], rows[picked]] = True
        masks.append(mask)
    return masks


def v4_compress(comp: Compressor, kv: torch.Tensor, gate: torch.Tensor, previous):
    rate, dim = comp.rate, comp.head_dim
    prev_kv = prev_gate = None
    if previous is not None:
        prev_kv, prev_gate = previous[0][None].contiguous(), previous[1][None].float().contiguous()
    entries = compress_kv(kv.contiguous(), gate.contiguous(), comp.ape, comp.norm.weight, [0, kv.shape[0]],
                          rate, overlap=comp.overlap, eps=comp.norm.eps, prev_kv=prev_kv, prev_gate=prev_gate)
    last = None
    if comp.overlap:  # the first series of the last window, gate with its position bias (as `pool`)
        last = (kv[-rate:, :dim].clone(), (gate[-rate:] + comp.ape)[:, :dim])
    return entries, last


def v4_hc_pre(streams: torch.Tensor, fn: torch.Tensor, base: torch.Tensor, scale: torch.Tensor,
              cfg: V4Config):
    collapsed, post, comb = hc_pre(streams, fn, base, scale, norm_eps=cfg.rms_norm_eps, hc_eps=cfg.hc_eps,
                                   sinkhorn_iters=cfg.hc_sinkhorn_iters)
    return post, comb, collapsed


def v4_hc_post(streams: torch.Tensor, block_out: torch.Tensor, post: torch.Tensor, comb: torch.Tensor):
    return hc_post(streams, block_out, post, comb)


def v4_routed_experts(x: torch.Tensor, weights: torch.Tensor, ids: torch.Tensor, experts: PackedExperts,
                      limit: float | None) -> torch.Tensor:
    return fused_moe_fp4(x, experts.w13, experts.w13_scale, experts.w2, experts.w2_scale, weights, ids,
                         experts.expert_start, swiglu_limit=limit)
