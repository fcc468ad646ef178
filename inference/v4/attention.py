"""DeepSeek-V4 attention: one shared key/value head over a sliding window, plus compressed entries.

Every layer attends to the last `sliding_window` tokens. HCA layers add every closed compressed
entry (rate 128), CSA layers the entries their lightning indexer picks (rate 4). Queries come from a
low-rank projection and are RMS-normalised per head; only the last `qk_rope_head_dim` channels are
rotated, and the same rotation is undone on the output because keys double as values. A learned sink
logit per head takes part in the softmax. The output projection is grouped and low-rank.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import torch
from torch import nn

from sluice.inference import ops
from sluice.inference.layers import _param
from sluice.inference.parallel import ParallelContext
from sluice.inference.v4 import prefill_kernel
from sluice.inference.v4.compressor import Compressor, CompressorState, Indexer
from sluice.inference.v4.config import CSA, SLIDING, V4Config
from sluice.inference.v4.layers import FusedWeights, RMSNorm, Rotary, Weight, norm_rotate_tail, unrotate_tail

if TYPE_CHECKING:
    from sluice.inference.v4.paged_attention import PagedLayer


@dataclass
class LayerCache:
    """One sequence's state in one layer: the window ring and the compressors' progress."""

    window_kv: torch.Tensor | None = None  # [<= sliding_window - 1, head_dim], rotated
    window_pos: torch.Tensor | None = None
    compressor: CompressorState = field(default_factory=CompressorState)
    indexer: CompressorState = field(default_factory=CompressorState)


class V4Attention(nn.Module):
    def __init__(self, cfg: V4Config, layer: int, par: ParallelContext, *, dtype, device) -> None:
        """Under parallelism this rank holds its share of the heads and output groups (see
        `v4.sharding`); the output is then a partial sum over ranks."""
        super().__init__()
        self.cfg, self.kind = cfg, cfg.layer_types[layer]
        kw = {"dtype": dtype, "device": device}
        dim = cfg.head_dim
        self.heads = cfg.num_attention_heads // par.world_size
        self.groups = cfg.o_groups // par.world_size
        self.wq_a = Weight(cfg.q_lora_rank, cfg.hidden_size, **kw)
        self.q_norm = RMSNorm(cfg.q_lora_rank, cfg.rms_norm_eps, device=device)
        self.wq_b = Weight(self.heads * dim, cfg.q_lora_rank, **kw)
        self.wkv = Weight(dim, cfg.hidden_size, **kw)
        self.norm = RMSNorm(dim, cfg.rms_norm_eps, device=device)
        group_width = cfg.num_attention_heads * dim // cfg.o_groups
        self.wo_a = Weight(self.groups * cfg.o_lora_rank, group_width, **kw)
        self.wo_b = Weight(cfg.hidden_size, self.groups * cfg.o_lora_rank, **kw)
        self.attn_sink = _param(self.heads, dtype=torch.float32, device=device)
        rate = cfg.compress_rate(layer)
        self.compressor = Compressor(cfg, rate, dim, self.kind == CSA, **kw) if rate else None
        self.indexer = Indexer(cfg, **kw) if self.kind == CSA else None
        self.fused: list[FusedWeights] = []  # (`fuse_projections`)

    def fuse_projections(self) -> None:
        """One matmul for the projections of the block input (queries' latent, key/value, the
        compressors' values and gates, the indexer's head weights) and one for those of the query
        latent (queries, indexer queries). Run after loading."""
        on_x, on_latent = [self.wq_a, self.wkv], [self.wq_b]
        if self.compressor is not None:
            on_x += [self.compressor.wkv, self.compressor.wgate]
        if self.indexer is not None:
            idx = self.indexer
            on_x += [idx.compressor.wkv, idx.compressor.wgate, idx.weights_proj]
            on_latent.append(idx.wq_b)
        self.fused = [FusedWeights(group) if FusedWeights.fits(group) else None
                      for group in (on_x, on_latent)]

    def forward(
        self,
        x: torch.Tensor,
        positions: torch.Tensor,
        cache: LayerCache | PagedLayer,
        rotary: Rotary,
        cos_sin: tuple[torch.Tensor, torch.Tensor],
    ) -> torch.Tensor:
        """x [T, hidden]: one sequence's tokens with a `LayerCache`, or a whole batch's with a paged
        layer view (which runs the same attention per sequence against the paged cache)."""
        q_latent, q, kv = self.project(x, cos_sin)
        out = self.attend_cache(cache, x, q, q_latent, kv, positions, rotary, cos_sin)
        return self.output(out, cos_sin)

    def project(self, x: torch.Tensor, cos_sin) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """The position-wise part before attention: (q_latent [T, q_lora_rank], rotated queries
        [T, H, D], rotated key/value [T, D])."""
        cfg = self.cfg
        cos, sin = cos_sin
        on_x, on_latent = self.fused or (None, None)
        if on_x is not None:
            on_x(x)
        q_latent = self.q_norm(self.wq_a(x))
        if on_latent is not None:
            on_latent(q_latent)
        q = norm_rotate_tail(self.wq_b(q_latent).view(x.shape[0], self.heads, cfg.head_dim), cfg.rms_norm_eps,
                             cos, sin)
        return q_latent, q, norm_rotate_tail(self.wkv(x), self.norm, cos, sin)

    def attend_cache(self, cache: LayerCache | PagedLayer, x, q, q_latent, kv, positions, rotary, cos_sin):
        if isinstance(cache, LayerCache):
            return self.attend(x, q, q_latent, kv, positions, cache, rotary, cos_sin)
        return cache.attend(self, x, q, q_latent, kv, positions, rotary, cos_sin)

    def output(self, out: torch.Tensor, cos_sin) -> torch.Tensor:
        """The position-wise part after attention: undo the rotation, grouped low-rank projection."""
        cos, sin = cos_sin
        tokens = out.shape[0]
        out = unrotate_tail(out, cos, sin)
        groups = out.reshape(tokens, self.groups, -1).transpose(0, 1)  # [G, T, H*D/G]
        w = self.wo_a.weight.view(self.groups, self.cfg.o_lora_rank, -1)
        grouped = torch.bmm(groups, w.transpose(1, 2)).transpose(0, 1).reshape(tokens, -1)
        return self.wo_b(grouped)

    def attend(self, x, q, q_latent, kv, positions, cache: LayerCache, rotary, cos_sin) -> torch.Tensor:
        """One sequence's attention output [T, H, D], updating its window ring and compressors."""
        cfg = self.cfg
        keys, key_pos = kv, positions
        if cache.window_kv is not None:
            keys, key_pos = torch.cat((cache.window_kv, kv)), torch.cat((cache.window_pos, positions))
        keep = cfg.sliding_window - 1
        start = max(keys.shape[0] - keep, 0)
        cache.window_kv, cache.window_pos = keys[start:], key_pos[start:]
        allowed = window_mask(positions, key_pos, cfg.sliding_window)
        if self.kind != SLIDING:
            entries = self.compressor(x, cache.compressor, rotary)
            if self.indexer is not None:
                chosen = self.indexer(x, q_latent, positions, cache.indexer, rotary, cos_sin)
            else:
                chosen = closed_entries(positions, entries.shape[0], self.compressor.rate)
            keys, allowed = torch.cat((keys, entries)), torch.cat((allowed, chosen), dim=1)
        return sink_attention(q, keys, allowed, self.attn_sink, cfg.softmax_scale)


def window_mask(positions: torch.Tensor, key_pos: torch.Tensor, window: int) -> torch.Tensor:
    """[T, K]: key within the last `window` positions of each query (itself included)."""
    fused = prefill_kernel.window_mask(positions, key_pos, window)
    if fused is not None:  # CPU: one C pass writing the bytes
        return fused
    distance = positions[:, None] - key_pos[None, :]
    return (distance >= 0) & (distance < window)


def closed_entries(positions: torch.Tensor, entries: int, rate: int) -> torch.Tensor:
    """[T, E]: HCA entries whose window has closed at each query position."""
    ready = (positions + 1) // rate
    return torch.arange(entries, device=positions.device) < ready[:, None]


@ops.dispatch("v4_window_attention")
def window_attention(q: torch.Tensor, keys: torch.Tensor, window: int, sinks: torch.Tensor, scale: float):
    """Sliding-window sink attention of one sequence's queries q [T, H, D], its last T tokens, over
    its contiguous keys [K, D] (window ring, then the new tokens)."""
    fused = prefill_kernel.window_attention(q, keys, window, sinks, scale)
    if fused is not None:  # fp32 on CPU: one C call over each query's window, no mask
        return fused
    key_pos = torch.arange(keys.shape[0], device=keys.device)
    allowed = window_mask(key_pos[keys.shape[0] - q.shape[0] :], key_pos, window)
    return sink_attention(q, keys, allowed, sinks, scale)


@ops.dispatch("v4_sink_attention")
def sink_attention(
    q: torch.Tensor, keys: torch.Tensor, allowed: torch.Tensor, sinks: torch.Tensor, scale: float
) -> torch.Tensor:
    """q [T, H, D] over one shared key/value head keys [K, D]; allowed [T, K]; one sink logit per head."""
    fused = prefill_kernel.sink_attention(q, keys, allowed, sinks, scale)
    if fused is not None:  # fp32 on CPU: one C call over each query's allowed keys only
        return fused
    if fused_sink_attention_fits(q):
        return fused_sink_attention(q.transpose(0, 1)[None], keys[None, None], allowed[None, None], sinks,
                                    scale)[0]
    logits = torch.einsum("thd,kd->htk", q, keys) * scale
    logits = logits.masked_fill(~allowed.unsqueeze(0), float("-inf"))
    sink = sinks.to(logits.dtype).view(-1, 1, 1).expand(-1, q.shape[0], 1)
    combined = torch.cat((logits, sink), dim=-1)
    combined = combined - combined.max(dim=-1, keepdim=True).values
    probs = torch.softmax(combined, dim=-1)[..., :-1]
    return torch.einsum("htk,kd->thd", probs.to(keys.dtype), keys)


def fused_sink_attention_fits(q: torch.Tensor) -> bool:
    """CPU fp32 / bf16 queries: `fused_sink_attention` runs on PyTorch's fused CPU attention kernel."""
    return q.device.type == "cpu" and q.dtype in (torch.float32, torch.bfloat16)


def fused_sink_attention(q: torch.Tensor, keys: torch.Tensor, allowed: torch.Tensor, sinks: torch.Tensor,
                         scale: float) -> torch.Tensor:
    """Sink attention through PyTorch's fused CPU attention: q [B, H, T, D], keys [B, 1, K, D] (keys
    double as values; broadcast over heads), allowed [B, 1, T, K] (every query allows a key). The kernel
    returns the output without the sink and the log-sum-exp of the allowed logits; the sink's share of
    the softmax is a sigmoid of their difference: out * exp(lse) / (exp(lse) + exp(sink))."""
    heads = q.shape[1]
    keys = keys.expand(-1, heads, -1, -1)
    mask = torch.zeros(allowed.shape, dtype=q.dtype, device=q.device).masked_fill_(~allowed, float("-inf"))
    out, lse = torch.ops.aten._scaled_dot_product_flash_attention_for_cpu(
        q, keys, keys, 0.0, False, attn_mask=mask, scale=scale
    )
    kept = torch.sigmoid(lse - sinks.to(lse.dtype).view(1, heads, 1))
    return (out * kept.unsqueeze(-1).to(out.dtype)).transpose(1, 2)  # [B, T, H, D]
