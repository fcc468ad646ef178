"""KV compression for CSA / HCA layers and the lightning indexer that picks CSA entries.

A compressor turns every `rate` consecutive tokens into one entry: a softmax-gated (with a learned
position bias `ape`) sum of the window's projected values, RMS-normalised and rotated at the
window's first position. CSA windows overlap: each entry also mixes the previous window's first
series (`overlap=True`, projections twice as wide). Tokens of an unfinished window wait in the
state until it closes, so prefill and decode produce the same entries.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from sluice.inference import ops
from sluice.inference.layers import _param
from sluice.inference.v4.compress_kernel import close_windows
from sluice.inference.v4.config import V4Config
from sluice.inference.v4.layers import RMSNorm, Rotary, Weight, rotate_tail


@dataclass
class CompressorState:
    """One sequence's compression progress: entries so far, tokens of the open window, overlap."""

    entries: torch.Tensor | None = None  # [E, head_dim]
    pending_kv: torch.Tensor | None = None  # [< rate, width]
    pending_gate: torch.Tensor | None = None
    overlap_kv: torch.Tensor | None = None  # [rate, head_dim]: first series of the last closed window
    overlap_gate: torch.Tensor | None = None
    emitted: int = 0


class Compressor(nn.Module):
    def __init__(self, cfg: V4Config, rate: int, head_dim: int, overlap: bool, *, dtype, device) -> None:
        super().__init__()
        self.rate, self.head_dim, self.overlap = rate, head_dim, overlap
        width = head_dim * (2 if overlap else 1)
        self.wkv = Weight(width, cfg.hidden_size, dtype=dtype, device=device)
        self.wgate = Weight(width, cfg.hidden_size, dtype=dtype, device=device)
        self.ape = _param(rate, width, dtype=torch.float32, device=device)
        self.norm = RMSNorm(head_dim, cfg.rms_norm_eps, device=device)

    def forward(self, x: torch.Tensor, state: CompressorState, rotary: Rotary) -> torch.Tensor:
        """Feed tokens x [T, hidden]; returns every entry of the sequence so far [E, head_dim]."""
        rate = self.rate
        kv, gate = self.wkv(x), self.wgate(x)
        if state.pending_kv is not None:
            kv, gate = torch.cat((state.pending_kv, kv)), torch.cat((state.pending_gate, gate))
        usable = kv.shape[0] // rate * rate
        state.pending_kv, state.pending_gate = kv[usable:], gate[usable:]
        if state.entries is None:
            state.entries = x.new_zeros(0, self.head_dim)
        if usable == 0:
            return state.entries
        previous = (state.overlap_kv, state.overlap_gate) if state.overlap_kv is not None else None
        entries, last = self.close(kv[:usable], gate[:usable], previous, state.emitted, rotary)
        if last is not None:
            state.overlap_kv, state.overlap_gate = last
        state.entries = torch.cat((state.entries, entries))
        state.emitted += entries.shape[0]
        return state.entries

    def close(self, kv: torch.Tensor, gate: torch.Tensor, previous, first_window: int, rotary: Rotary):
        """Entries [W, head_dim] of W whole windows of projected tokens kv / gate [W * rate, width].

        `previous` is the first series (kv, gate) of the window before them (None for the first
        window); returns the entries and the first series of the last window (None without overlap)."""
        positions = (torch.arange(kv.shape[0] // self.rate, device=kv.device) + first_window) * self.rate
        cos, sin = rotary(positions)
        if ops.active_backend() == "torch":
            fused = self._close_c(kv, gate, previous, cos, sin)
            if fused is not None:  # fp32 on CPU: one C call (`v4.compress_kernel`)
                return fused
        compressed, last = self.pool(kv, gate, previous)
        return rotate_tail(compressed, cos, sin), last

    def _close_c(self, kv: torch.Tensor, gate: torch.Tensor, previous, cos: torch.Tensor, sin: torch.Tensor):
        """`close` as one C call with the windows chained through a scratch overlap row; None where the
        kernel does not apply."""
        rate, dim = self.rate, self.head_dim
        over_kv = over_gate = None
        if self.overlap:
            if previous is not None:
                over_kv, over_gate = previous[0].clone()[None], previous[1].float().clone()[None]
            else:
                over_kv = kv.new_empty(1, rate, dim)
                over_gate = kv.new_empty(1, rate, dim, dtype=torch.float32)
        out = kv.new_empty(cos.shape[0], dim)
        if not close_windows(self, kv.contiguous(), gate.contiguous(), cos.contiguous(), sin.contiguous(),
                             out, overlap_kv=over_kv, overlap_gate=over_gate,
                             first_prev=previous is not None):
            return None
        return out, (over_kv[0], over_gate[0]) if self.overlap else None

    @ops.dispatch("v4_compress")
    def pool(self, kv: torch.Tensor, gate: torch.Tensor, previous):
        """The gated, normalised (not yet rotated) entries of `close` and the last first series."""
        rate = self.rate
        windows = kv.shape[0] // rate
        kv = kv.view(windows, rate, -1)
        gate = gate.view(windows, rate, -1) + self.ape
        last = None
        if self.overlap:
            kv, gate, last = self._overlap(kv, gate, previous)
        mixed = (kv * gate.softmax(dim=1, dtype=torch.float32).to(kv.dtype)).sum(dim=1)
        return self.norm(mixed), last

    def _overlap(self, kv: torch.Tensor, gate: torch.Tensor, previous):
        """[W, rate, 2d] -> [W, 2 rate, d]: previous window's first series, then this window's second."""
        windows, rate, dim = kv.shape[0], self.rate, self.head_dim
        both_kv = kv.new_zeros(windows, 2 * rate, dim)
        both_gate = gate.new_full((windows, 2 * rate, dim), float("-inf"))
        both_kv[:, rate:], both_gate[:, rate:] = kv[..., dim:], gate[..., dim:]
        both_kv[1:, :rate], both_gate[1:, :rate] = kv[:-1, :, :dim], gate[:-1, :, :dim]
        if previous is not None:
            both_kv[0, :rate], both_gate[0, :rate] = previous
        last = (kv[-1, :, :dim].clone(), gate[-1, :, :dim].clone())
        return both_kv, both_gate, last


class Indexer(nn.Module):
    """Lightning indexer: scores compressed keys per query, sum_h w_h * relu(q_h . k), keeps the top k."""

    def __init__(self, cfg: V4Config, *, dtype, device) -> None:
        super().__init__()
        self.cfg = cfg
        heads, dim = cfg.index_n_heads, cfg.index_head_dim
        self.wq_b = Weight(heads * dim, cfg.q_lora_rank, dtype=dtype, device=device)
        self.weights_proj = Weight(heads, cfg.hidden_size, dtype=dtype, device=device)
        self.compressor = Compressor(cfg, cfg.csa_rate, dim, True, dtype=dtype, device=device)

    def forward(
        self,
        x: torch.Tensor,
        q_latent: torch.Tensor,
        positions: torch.Tensor,
        state: CompressorState,
        rotary: Rotary,
        cos_sin: tuple[torch.Tensor, torch.Tensor],
    ) -> torch.Tensor:
        """Mask [T, E] of the compressed entries each query attends to."""
        return self.select(x, q_latent, positions, self.compressor(x, state, rotary), cos_sin)

    @ops.dispatch("v4_indexer_select")
    def select(
        self,
        x: torch.Tensor,
        q_latent: torch.Tensor,
        positions: torch.Tensor,
        keys: torch.Tensor,
        cos_sin: tuple[torch.Tensor, torch.Tensor],
    ) -> torch.Tensor:
        """Mask [T, E]: the top-k closed entries by indexer score for each query, given the keys [E, d]."""
        cfg = self.cfg
        q = self.wq_b(q_latent).view(x.shape[0], cfg.index_n_heads, cfg.index_head_dim)
        q = rotate_tail(q, *cos_sin)
        scores = F.relu(torch.matmul(q.float(), keys.float().T)) * cfg.index_head_dim**-0.5  # [T, H, E]
        weights = self.weights_proj(x).float() * cfg.index_n_heads**-0.5
        scores = (scores * weights.unsqueeze(-1)).sum(dim=1)  # [T, E]
        entries = keys.shape[0]
        allowed = torch.zeros(x.shape[0], entries, dtype=torch.bool, device=x.device)
        if entries == 0:
            return allowed
        ready = (positions + 1) // cfg.csa_rate  # entries whose window has closed for each query
        scores = scores.masked_fill(torch.arange(entries, device=x.device) >= ready[:, None], float("-inf"))
        chosen = scores.topk(min(cfg.index_topk, entries), dim=-1).indices
        return allowed.scatter_(1, chosen, chosen < ready[:, None])
