"""DeepSeek-V4 attention for a whole batch against the paged cache.

The projections (queries, keys, compressor and indexer inputs) run once over all of the step's
tokens; this view then runs each sequence's part: keys of its window from the slot's ring plus the
new tokens, new compressed entries scattered into its blocks, all closed entries gathered back
through its block table, and the sink attention. The arithmetic is the per-sequence path's.

The ops go through `ops.dispatch`: plain torch by default; with the triton backend
(`v4.kernel_ops`) sliding layers call `swa_prefill` once per step over every sequence's window
(varlen), CSA / HCA layers `sparse_attention` once per step over window + gathered entries (the
allowed-key masks turned into index lists), the indexer `indexer_topk` once per step on the
gathered indexer keys, and closing windows `compress_kv` per sequence. The kernels take contiguous
rows, not block tables, so the gathers above stay: entries are read through the block table once
per layer and step ([entries, head_dim] per sequence) and concatenated for the launch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import torch

from sluice.inference import ops
from sluice.inference.v4.attention import closed_entries, sink_attention, window_attention, window_mask
from sluice.inference.v4.compressor import Compressor, Indexer
from sluice.inference.v4.layers import Rotary
from sluice.inference.v4.paged_cache import PagedEntries, V4PagedCache

if TYPE_CHECKING:
    from sluice.inference.v4.attention import V4Attention


@dataclass(frozen=True)
class SeqRows:
    """A sequence's rows [first, end) of the step, its first new position, slot and block table, and
    the share boundaries inside this step whose state goes to a prefix snapshot: (position, slot)."""

    first: int
    end: int
    start: int
    slot: int
    table: torch.Tensor  # [blocks] long
    captures: tuple[tuple[int, int], ...] = ()

    @property
    def rows(self) -> slice:
        return slice(self.first, self.end)


class PagedLayer:
    def __init__(self, cache: V4PagedCache, layer: int, seqs: list[SeqRows]) -> None:
        self.cache, self.layer, self.seqs = cache, layer, seqs

    def attend(self, attn: V4Attention, x, q, q_latent, kv, positions, rotary: Rotary, cos_sin):
        cfg = attn.cfg
        comp, indexer = attn.compressor, attn.indexer
        projected = (comp.wkv(x), comp.wgate(x)) if comp is not None else None
        index_proj = (indexer.compressor.wkv(x), indexer.compressor.wgate(x)) if indexer is not None else None
        scale = cfg.softmax_scale
        keys_of, window_of, chosen_of, index_keys_of = [], [], [], []
        for seq in self.seqs:
            rows = seq.rows
            keys, key_pos = self._window(kv[rows], seq)
            keys_of.append(keys)
            if comp is None:
                continue
            window_of.append(window_mask(positions[rows], key_pos, cfg.sliding_window))
            entries = self._compress(comp, self.cache.entries[self.layer], projected, seq, rotary)
            keys_of[-1] = torch.cat((keys, entries))
            if indexer is not None:  # entries are picked for all sequences at once below
                paged = self.cache.index_keys[self.layer]
                index_keys_of.append(self._compress(indexer.compressor, paged, index_proj, seq, rotary))
            else:
                chosen_of.append(closed_entries(positions[rows], entries.shape[0], comp.rate))
        counts = [seq.end - seq.first for seq in self.seqs]
        if comp is None:
            return batch_window_attention(q, keys_of, counts, cfg.sliding_window, attn.attn_sink, scale)
        if indexer is not None:
            chosen_of = batch_index_select(indexer, x, q_latent, positions, index_keys_of, counts, cos_sin)
        allowed_of = [torch.cat(pair, dim=1) for pair in zip(window_of, chosen_of)]
        return batch_sink_attention(q, keys_of, allowed_of, attn.attn_sink, scale)

    def _window(self, kv: torch.Tensor, seq: SeqRows) -> tuple[torch.Tensor, torch.Tensor]:
        """Keys of the window (ring + new tokens) and their positions; the ring moves on."""
        ring = self.cache.rings[self.layer]
        keep = ring.shape[1]
        fill = min(seq.start, keep)
        keys = torch.cat((ring[seq.slot, :fill], kv))
        end = seq.start + kv.shape[0]
        key_pos = torch.arange(seq.start - fill, end, device=kv.device)
        if keep:
            for position, snapshot in seq.captures:  # the ring as it stood at that position
                seen = keys[: fill + position - seq.start][-keep:]
                ring[snapshot, : seen.shape[0]] = seen
            tail = keys[-keep:]
            ring[seq.slot, : tail.shape[0]] = tail
        return keys, key_pos

    def _compress(self, comp: Compressor, paged: PagedEntries, projected, seq: SeqRows, rotary: Rotary):
        """Close the windows this chunk completes into the sequence's blocks; every closed entry [E, d]."""
        rate, state, slot = comp.rate, paged.state, seq.slot
        kv_new, gate_new = projected[0][seq.rows], projected[1][seq.rows]
        open_ = seq.start % rate
        kv = torch.cat((state.pending_kv[slot, :open_], kv_new))
        gate = torch.cat((state.pending_gate[slot, :open_], gate_new))
        usable = kv.shape[0] // rate * rate
        rest = kv.shape[0] - usable
        state.pending_kv[slot, :rest], state.pending_gate[slot, :rest] = kv[usable:], gate[usable:]
        first = seq.start // rate
        if comp.overlap:  # at a share boundary nothing is open; keep the last window's first series
            dim = comp.head_dim
            for position, snapshot in seq.captures:
                end = position - (seq.start - open_)
                state.overlap_kv[snapshot] = kv[end - rate : end, :dim]
                state.overlap_gate[snapshot] = (gate[end - rate : end] + comp.ape)[:, :dim]
        if usable:
            previous = None
            if comp.overlap and first > 0:
                previous = (state.overlap_kv[slot], state.overlap_gate[slot])
            entries, last = comp.close(kv[:usable], gate[:usable], previous, first, rotary)
            if last is not None:
                state.overlap_kv[slot], state.overlap_gate[slot] = last
            where = self.cache.addresses(paged, first, first + entries.shape[0], seq.table)
            paged.pages.index_copy_(0, where, entries.to(paged.pages.dtype))
        total = (seq.start + kv_new.shape[0]) // rate
        return paged.pages[self.cache.addresses(paged, 0, total, seq.table)]


@ops.dispatch("v4_batch_window_attention")
def batch_window_attention(q: torch.Tensor, keys_of: list[torch.Tensor], counts: list[int], window: int,
                           sinks: torch.Tensor, scale: float) -> torch.Tensor:
    """Sliding-window attention of a step's queries q [T, H, D]: counts[i] rows for sequence i, over
    its contiguous keys keys_of[i] [K_i, D] (window ring, then its new tokens, which end the keys)."""
    outs, first = [], 0
    for keys, tokens in zip(keys_of, counts):
        outs.append(window_attention(q[first : first + tokens], keys, window, sinks, scale))
        first += tokens
    return torch.cat(outs)


@ops.dispatch("v4_batch_sink_attention")
def batch_sink_attention(q: torch.Tensor, keys_of: list[torch.Tensor], allowed_of: list[torch.Tensor],
                         sinks: torch.Tensor, scale: float) -> torch.Tensor:
    """Sink attention of a step's queries, sequence after sequence: sequence i's allowed_of[i]
    [T_i, K_i] rows are its queries, its keys keys_of[i] [K_i, D] (window, then compressed entries)."""
    outs, first = [], 0
    for keys, allowed in zip(keys_of, allowed_of):
        tokens = allowed.shape[0]
        outs.append(sink_attention(q[first : first + tokens], keys, allowed, sinks, scale))
        first += tokens
    return torch.cat(outs)


@ops.dispatch("v4_batch_indexer_select")
def batch_index_select(indexer: Indexer, x, q_latent, positions, keys_of: list[torch.Tensor],
                       counts: list[int], cos_sin) -> list[torch.Tensor]:
    """The indexer's [T_i, E_i] masks for a step's sequences: counts[i] rows each (x, q_latent,
    positions and cos / sin hold all rows), over their gathered indexer keys keys_of[i] [E_i, d]."""
    cos, sin = cos_sin
    masks, first = [], 0
    for keys, tokens in zip(keys_of, counts):
        rows = slice(first, first + tokens)
        masks.append(indexer.select(x[rows], q_latent[rows], positions[rows], keys, (cos[rows], sin[rows])))
        first += tokens
    return masks
