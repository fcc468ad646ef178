"""DeepSeek-V4 attention for a decode step (one new token per sequence) as batch-wide tensor ops.

`paged_attention.PagedLayer` runs attention sequence after sequence, which on a small model leaves
a decode step dominated by per-sequence Python and tiny ops. In a decode step every sequence adds
exactly one token, so its state moves in lock step and a fixed number of ops covers the batch:

- window: the ring rows of the step's slots are read as one [B, keep + 1, D] tensor with the new
  key written after each ring's fill (valid keys `i <= fill`); the ring moves on by one indexed
  write (shifted by one where it was full);
- compressors: the new projections land in the open windows with one indexed write; the
  sequences whose window closes at this token (known from the positions on the host) are pooled
  together, rotated and written to their blocks with one `index_copy_`;
- compressed entries and indexer keys: read through the block tables as [B, E, d] (E the longest
  sequence's entry count) with a mask; the address table is built once per step and rate and
  shared by every layer of that rate;
- the indexer scores and picks its top-k for all sequences at once, and one sink attention runs
  over [B, window + E] keys. On CPU in fp32 that attention is one C call (`sink_kernel.ring_attention`)
  reading the ring rows and the allowed entries in place and moving the rings on; the gathered copies
  below are the torch ops' path.

The arithmetic is the per-sequence path's (same gated pooling, norm, rotation, masks and sink
softmax); keys of a query sit in another order, which only reorders the softmax's sums. Prefix
snapshots at a share boundary are the slot's state after the step (every window closes there), so
the runner copies them after the model call (`DecodeStep.capture`).
"""

from __future__ import annotations

import array
import functools
import weakref
from typing import TYPE_CHECKING

import torch

from sluice.inference.v4.attention import fused_sink_attention, fused_sink_attention_fits
from sluice.inference.v4.compress_kernel import close_windows
from sluice.inference.v4.layers import Rotary, norm_rotate_tail, rotate_tail
from sluice.inference.v4.paged_cache import PagedEntries, V4PagedCache
from sluice.inference.v4.sink_kernel import ring_attention
from sluice.inference.v4.sink_kernel import sink_attention as c_sink_attention

if TYPE_CHECKING:
    from sluice.inference.v4.attention import V4Attention
    from sluice.inference.v4.compressor import Compressor, Indexer


def long_tensor(values: array.array, device: torch.device) -> torch.Tensor:
    """A long tensor of `values` (an int64 array): on CPU it takes the array's buffer (a few times
    cheaper than `torch.tensor` of a list)."""
    if device.type == "cpu":
        return torch.frombuffer(values, dtype=torch.long) if values else torch.empty(0, dtype=torch.long)
    return torch.tensor(values, dtype=torch.long, device=device)


class EntryIndex:
    """Where a rate's compressed entries live for the step's sequences: page rows [B, E], a mask of
    the closed ones, and the sequences whose window closes at this token with their new entry."""

    def __init__(self, step: DecodeStep, rate: int, per_block: int) -> None:
        dev, bs = step.device, step.block_size
        positions, slots = step.positions, step.slot_list
        self.rate = rate
        self.count = [(p + 1) // rate for p in positions]  # closed entries after this token
        rows_of: dict[int, list[int]] = {}
        for b, count in enumerate(self.count):
            rows_of.setdefault(count, []).append(b)
        groups = [(count, rows) for count, rows in rows_of.items() if count]
        pending = [s * rate + p % rate for s, p in zip(slots, positions)]  # rows of the open windows
        closing = [b for b, p in enumerate(positions) if (p + 1) % rate == 0]
        first = [positions[b] // rate for b in closing]
        tables = step.block_lists
        where = [tables[b][w * rate // bs] * per_block + (w * rate % bs) // rate
                 for b, w in zip(closing, first)]
        # every index list of the step in one tensor, then split into views
        lists = [self.count, pending, [slots[b] for b in closing], first, where,
                 *(rows for _, rows in groups)]
        values = array.array("q")
        for part in lists:
            values.extend(part)
        parts = long_tensor(values, dev).split_with_sizes([len(part) for part in lists])
        count_t, self.pending_rows, closing_slots, first_window, write = parts[:5]
        self.groups = [(count, rows) for (count, _), rows in zip(groups, parts[5:])]
        width = max(self.count)
        entry, column, sub = _layout(rate, bs, width, dev)
        self.pages = step.tables.index_select(1, column)  # [B, E]
        if per_block != 1:
            self.pages.mul_(per_block)
        if sub is not None:
            self.pages.add_(sub)
        if len(groups) == 1 and groups[0][0] == width and len(groups[0][1]) == len(positions):
            self.closed = _all_true(len(positions), width, dev)  # every sequence has E entries
        else:
            self.closed = entry < count_t.unsqueeze(1)
        self.closing = closing or None  # batch rows whose window closes at this token
        self.closing_slots = closing_slots if closing else None
        if closing:
            self.first_window, self.write = first_window, write
            self.has_previous = first_window > 0
            self.windows = max(first) + 1
        self._rotation: tuple[torch.Tensor, torch.Tensor] | None = None

    def rotation(self, rotary: Rotary) -> tuple[torch.Tensor, torch.Tensor]:
        """cos / sin at the first positions of the closing windows (shared by the rate's compressors)."""
        if self._rotation is None:
            cos, sin = window_rotation(rotary, self.rate, self.windows)
            self._rotation = cos.index_select(0, self.first_window), sin.index_select(0, self.first_window)
        return self._rotation


_window_rotations: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def window_rotation(rotary: Rotary, rate: int, windows: int) -> tuple[torch.Tensor, torch.Tensor]:
    """cos / sin at the first positions of windows 0..n-1 (n >= windows) of a rate-`rate` compressor:
    `rotary` at 0, rate, 2 rate, ..., computed once and grown by doubling (a decode step picks its
    closing windows' rows instead of computing them)."""
    tables = _window_rotations.setdefault(rotary, {})
    table = tables.get(rate)
    if table is None or table[0].shape[0] < windows:
        count = max(windows, 2 * table[0].shape[0] if table is not None else 256)
        table = tables[rate] = rotary(torch.arange(count, device=rotary.inv_freq.device) * rate)
    return table


@functools.lru_cache(maxsize=256)
def _layout(rate: int, block_size: int, width: int, device: torch.device):
    """For entries 0..width-1 of a rate-`rate` layer: the entry numbers, the block table column of
    each entry's block and its sub-slot there, None where all are 0 (the same every step until the
    widest count grows)."""
    entry = torch.arange(width, device=device)
    tokens = entry * rate
    sub = (tokens % block_size) // rate
    return entry, tokens // block_size, sub if sub.any() else None


@functools.lru_cache(maxsize=256)
def _all_true(batch: int, width: int, device: torch.device) -> torch.Tensor:
    """[batch, width] of True (shared between steps: read only)."""
    return torch.ones(batch, width, dtype=torch.bool, device=device)


class DecodeStep:
    """What every layer of one decode step shares: slots, positions, block tables, ring fills and
    one `EntryIndex` per compression rate (built on first use)."""

    def __init__(self, cache: V4PagedCache, slots: list[int], positions: list[int], tables: list[list[int]],
                 device: torch.device) -> None:
        self.cache, self.device, self.block_size = cache, device, cache.block_size
        self.positions, self.block_lists, self.slot_list = positions, tables, slots
        keep = cache.cfg.sliding_window - 1
        fills = [min(p, keep) for p in positions]
        width = max(len(t) for t in tables)
        values = array.array("q", slots)
        values.extend(fills)
        for table in tables:
            values.extend(table)
            if len(table) < width:
                values.extend([0] * (width - len(table)))
        values = long_tensor(values, device)
        sizes = [len(slots), len(slots), len(slots) * width]
        self.slots, self.fill, tables_flat = values.split_with_sizes(sizes)
        self.tables = tables_flat.view(len(slots), width)
        self.all_full = all(f == keep for f in fills)
        self._entries: dict[int, EntryIndex] = {}

    # what the torch ops of the window need (the C kernel reads the rings in place)
    @functools.cached_property
    def batch(self) -> torch.Tensor:
        return torch.arange(len(self.slot_list), device=self.device)

    @functools.cached_property
    def valid(self) -> torch.Tensor:
        """[B, keep + 1]: the ring rows up to the fill and the new key after them."""
        return torch.arange(self.cache.cfg.sliding_window, device=self.device) <= self.fill[:, None]

    @functools.cached_property
    def full(self) -> torch.Tensor:
        return (self.fill == self.cache.cfg.sliding_window - 1)[:, None, None]

    def entries(self, paged: PagedEntries) -> EntryIndex:
        index = self._entries.get(paged.rate)
        if index is None:
            index = self._entries[paged.rate] = EntryIndex(self, paged.rate, paged.per_block)
        return index

    def layer(self, layer: int) -> DecodeLayer:
        return DecodeLayer(self, layer)

    def capture(self, captures: list[tuple[int, int]]) -> None:
        """Prefix snapshots (slot, snapshot) of share boundaries reached by this step's tokens."""
        for slot, snapshot in captures:
            for t in self.cache.snapshot_tensors():
                t[snapshot] = t[slot]


class DecodeLayer:
    """The layer view `V4Attention.forward` calls for a decode step (same `attend` as `PagedLayer`)."""

    def __init__(self, step: DecodeStep, layer: int) -> None:
        self.step, self.layer = step, layer

    def attend(self, attn: V4Attention, x, q, q_latent, kv, positions, rotary: Rotary, cos_sin):
        cfg, step, cache = attn.cfg, self.step, self.step.cache
        ring, sinks, scale = cache.rings[self.layer], attn.attn_sink, cfg.softmax_scale
        comp, indexer = attn.compressor, attn.indexer
        if comp is None:
            out = ring_attention(q, ring, step.slots, step.fill, kv, sinks, scale)
            if out is not None:
                return out
            keys, allowed = self._window(kv)
            return batch_sink_attention(q, keys, allowed, sinks, scale)
        paged = cache.entries[self.layer]
        index = step.entries(paged)
        self._compress(comp, paged, x, rotary)
        if indexer is not None:
            index_paged = cache.index_keys[self.layer]
            self._compress(indexer.compressor, index_paged, x, rotary)
            chosen = index_select(indexer, x, q_latent, gather(index_paged, index), index, cos_sin)
        else:
            chosen = index.closed
        out = ring_attention(q, ring, step.slots, step.fill, kv, sinks, scale, paged.pages, index.pages,
                             chosen)
        if out is not None:
            return out
        keys, allowed = self._window(kv)
        keys, allowed = torch.cat((keys, gather(paged, index)), dim=1), torch.cat((allowed, chosen), dim=1)
        return batch_sink_attention(q, keys, allowed, sinks, scale)

    def _window(self, kv: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Keys [B, keep + 1, D] (ring, then the new key at the ring's fill) and their mask; the
        rings move on."""
        step, ring = self.step, self.step.cache.rings[self.layer]
        keep = ring.shape[1]
        rows = ring.index_select(0, step.slots)
        if step.all_full:
            keys = torch.cat((rows, kv[:, None]), dim=1)
            moved = keys[:, 1:]
        else:
            keys = torch.cat((rows, rows.new_zeros(rows.shape[0], 1, rows.shape[2])), dim=1)
            keys[step.batch, step.fill] = kv
            moved = torch.where(step.full, keys[:, 1:], keys[:, :keep])
        ring.index_copy_(0, step.slots, moved)
        return keys, step.valid

    def _compress(self, comp: Compressor, paged: PagedEntries, x: torch.Tensor, rotary: Rotary) -> None:
        """Add the new token to each open window and close the windows it completes into their blocks."""
        step, state, rate = self.step, paged.state, comp.rate
        index = step.entries(paged)
        kv_new, gate_new = comp.wkv(x), comp.wgate(x)
        state.pending_kv.view(-1, kv_new.shape[1]).index_copy_(0, index.pending_rows, kv_new)
        state.pending_gate.view(-1, gate_new.shape[1]).index_copy_(0, index.pending_rows, gate_new)
        if index.closing is not None and not close_windows(
                comp, state.pending_kv, state.pending_gate, *index.rotation(rotary), paged.pages,
                rows=index.closing_slots, overlap_kv=state.overlap_kv, overlap_gate=state.overlap_gate,
                overlap_rows=index.closing_slots, has_prev=index.has_previous, out_rows=index.write):
            slots = index.closing_slots
            kv = state.pending_kv.index_select(0, slots)
            gate = state.pending_gate.index_select(0, slots) + comp.ape
            if comp.overlap:
                dim = comp.head_dim
                previous = index.has_previous[:, None, None]
                prev_kv = torch.where(previous, state.overlap_kv.index_select(0, slots), 0.0).to(kv.dtype)
                prev_gate = torch.where(previous, state.overlap_gate.index_select(0, slots), float("-inf"))
                state.overlap_kv.index_copy_(0, slots, kv[:, :, :dim].to(state.overlap_kv.dtype))
                state.overlap_gate.index_copy_(0, slots, gate[:, :, :dim].to(state.overlap_gate.dtype))
                prev_gate = prev_gate.to(gate.dtype)
                kv = torch.cat((prev_kv, kv[:, :, dim:]), dim=1)
                gate = torch.cat((prev_gate, gate[:, :, dim:]), dim=1)
            mixed = (kv * gate.softmax(dim=1, dtype=torch.float32).to(kv.dtype)).sum(dim=1)
            closed = norm_rotate_tail(mixed, comp.norm, *index.rotation(rotary))
            paged.pages.index_copy_(0, index.write, closed.to(paged.pages.dtype))


def gather(paged: PagedEntries, index: EntryIndex) -> torch.Tensor:
    """Every closed entry of the step's sequences [B, E, d] (rows past a sequence's count are padding)."""
    rows = index.pages
    return paged.pages.index_select(0, rows.view(-1)).view(*rows.shape, paged.pages.shape[-1])


def index_select(indexer: Indexer, x, q_latent, keys: torch.Tensor, index: EntryIndex, cos_sin):
    """[B, E] mask: each sequence's top-k closed entries by indexer score (keys [B, E, d])."""
    cfg = indexer.cfg
    if keys.shape[1] == 0:
        return index.closed
    q = indexer.wq_b(q_latent).view(x.shape[0], cfg.index_n_heads, cfg.index_head_dim)
    q = rotate_tail(q, *cos_sin)
    # the per-sequence path's ops (`Indexer.select`), in place where it can be
    scores = torch.bmm(_fp32(q), _fp32(keys).transpose(1, 2)).relu_().mul_(cfg.index_head_dim**-0.5)
    weights = _fp32(indexer.weights_proj(x)) * cfg.index_n_heads**-0.5
    scores = scores.mul_(weights.unsqueeze(-1)).sum(dim=1)  # [B, E]
    if len(index.groups) == 1 and index.groups[0][0] == keys.shape[1]:  # every sequence has E entries
        chosen = scores.topk(min(cfg.index_topk, keys.shape[1]), dim=-1).indices
        return torch.zeros_like(index.closed).scatter_(1, chosen, True)
    # top-k over exactly each sequence's closed entries (as the per-sequence path, ties included):
    # one top-k per distinct entry count
    allowed = torch.zeros_like(index.closed)
    for count, rows in index.groups:
        chosen = scores[rows, :count].topk(min(cfg.index_topk, count), dim=-1).indices
        allowed[rows] = allowed[rows].scatter_(1, chosen, True)
    return allowed


def _fp32(t: torch.Tensor) -> torch.Tensor:
    return t if t.dtype == torch.float32 else t.float()


def batch_sink_attention(q: torch.Tensor, keys: torch.Tensor, allowed: torch.Tensor, sinks: torch.Tensor,
                         scale: float) -> torch.Tensor:
    """One query per sequence q [B, H, D] over its keys [B, K, D] (one shared key/value head), allowed
    [B, K]; one sink logit per head. Output [B, H, D]."""
    out = c_sink_attention(q, keys, allowed, sinks, scale)
    if out is not None:
        return out
    if fused_sink_attention_fits(q):
        return fused_sink_attention(q[:, :, None], keys[:, None], allowed[:, None, None], sinks, scale)[:, 0]
    logits = torch.einsum("bhd,bkd->bhk", q, keys) * scale
    logits = logits.masked_fill(~allowed[:, None], float("-inf"))
    sink = sinks.to(logits.dtype).view(1, -1, 1).expand(q.shape[0], -1, 1)
    combined = torch.cat((logits, sink), dim=-1)
    combined = combined - combined.max(dim=-1, keepdim=True).values
    probs = torch.softmax(combined, dim=-1)[..., :-1]
    return torch.einsum("bhk,bkd->bhd", probs.to(keys.dtype), keys)
