"""The DeepSeek-V4 cache tensors: compressed entries paged by block, window state in slots.

Block layout. A block covers `block_size` (B) token positions. In every CSA layer it holds
ceil(B / csa_rate) compressed entries and as many indexer keys, in every HCA layer ceil(B / hca_rate)
entries; sliding-window layers keep nothing in blocks. Entry e of a rate-r layer covers tokens
[e r, (e + 1) r) and lives in the block of its first token, `block_table[e r // B]`, at sub-slot
`(e r mod B) // r`. When r divides B the blocks are dense (B / r entries each); when B < r (small
blocks, HCA rate 128) only one block in r / B holds an entry, so pick B as a multiple of the HCA
rate to waste nothing.

Slot layout. What cannot be paged is kept per running sequence in a slot: each layer's window ring
(the last `sliding_window - 1` rotated keys) and each compressor's open window (projected values and
gates of up to rate - 1 tokens) plus, for CSA's overlapping windows, the first series of the last
closed window. The fill of each part follows from the sequence length, so a slot needs no
bookkeeping of its own. Prefix-cache snapshots (see `v4.block_manager`) are slots after the
sequences' that keep only the rings and overlap series: at a share boundary no window is open.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from sluice.inference.v4.config import CSA, SLIDING, V4Config


def entry_slots(block_size: int, rate: int) -> int:
    """Compressed entries of a rate-`rate` layer that one block holds."""
    return -(-block_size // rate)


def _elem(dtype: torch.dtype) -> int:
    return torch.empty((), dtype=dtype).element_size()


def bytes_per_block(cfg: V4Config, block_size: int, dtype: torch.dtype) -> int:
    """Paged bytes one block adds: compressed entries per CSA / HCA layer plus CSA indexer keys."""
    values = 0
    for layer, kind in enumerate(cfg.layer_types):
        if kind == SLIDING:
            continue
        values += entry_slots(block_size, cfg.compress_rate(layer)) * cfg.head_dim
        if kind == CSA:
            values += entry_slots(block_size, cfg.csa_rate) * cfg.index_head_dim
    return values * _elem(dtype)


def _state_bytes(rate: int, dim: int, overlap: bool, elem: int, pending: bool) -> int:
    width = dim * (2 if overlap else 1)
    total = 2 * rate * width * elem if pending else 0
    return total + (rate * dim * (elem + 4) if overlap else 0)  # overlap gates are fp32


def bytes_per_slot(cfg: V4Config, dtype: torch.dtype, *, snapshot: bool = False) -> int:
    """Bytes of one sequence's unpaged state: window rings and compressors' open windows. A prefix
    snapshot is taken where every window is closed, so it has no open-window buffers."""
    elem = _elem(dtype)
    total = 0
    for layer, kind in enumerate(cfg.layer_types):
        total += (cfg.sliding_window - 1) * cfg.head_dim * elem
        if kind != SLIDING:
            total += _state_bytes(cfg.compress_rate(layer), cfg.head_dim, kind == CSA, elem, not snapshot)
        if kind == CSA:
            total += _state_bytes(cfg.csa_rate, cfg.index_head_dim, True, elem, not snapshot)
    return total


@dataclass
class CompressorSlots:
    """Per-slot open-window state of one compressor (rows [slot])."""

    pending_kv: torch.Tensor  # [sequence slots, rate, width]
    pending_gate: torch.Tensor
    overlap_kv: torch.Tensor | None  # [sequence + snapshot slots, rate, dim]
    overlap_gate: torch.Tensor | None  # fp32

    @classmethod
    def new(cls, seq_slots: int, slots: int, rate: int, dim: int, overlap: bool, *, dtype, device):
        width = dim * (2 if overlap else 1)
        pending = (seq_slots, rate, width)
        over = (slots, rate, dim)
        return cls(
            torch.zeros(pending, dtype=dtype, device=device),
            torch.zeros(pending, dtype=dtype, device=device),
            torch.zeros(over, dtype=dtype, device=device) if overlap else None,
            torch.zeros(over, dtype=torch.float32, device=device) if overlap else None,
        )

    def snapshot_tensors(self) -> list[torch.Tensor]:
        """What a prefix snapshot keeps: the overlap series (nothing is open at a share boundary)."""
        return [t for t in (self.overlap_kv, self.overlap_gate) if t is not None]


@dataclass
class PagedEntries:
    """One compressor's entries for all blocks, flat [num_blocks * per_block, dim], with its state."""

    pages: torch.Tensor
    per_block: int
    rate: int
    state: CompressorSlots


class V4PagedCache:
    def __init__(
        self,
        cfg: V4Config,
        num_blocks: int,
        block_size: int,
        num_seq_slots: int,
        num_snapshots: int = 0,
        *,
        dtype,
        device,
    ) -> None:
        """Slots 0..num_seq_slots-1 belong to sequences, the next num_snapshots to prefix snapshots
        (rings and overlap series only)."""
        self.cfg, self.block_size = cfg, block_size
        self.num_seq_slots, self.num_slots = num_seq_slots, num_seq_slots + num_snapshots
        num_slots = self.num_slots
        kw = {"dtype": dtype, "device": device}
        keep = cfg.sliding_window - 1
        self.rings = [torch.zeros(num_slots, keep, cfg.head_dim, **kw) for _ in cfg.layer_types]
        self.entries: list[PagedEntries | None] = []
        self.index_keys: list[PagedEntries | None] = []
        for layer, kind in enumerate(cfg.layer_types):
            rate = cfg.compress_rate(layer)
            self.entries.append(None if kind == SLIDING else self._paged(
                num_blocks, rate, cfg.head_dim, kind == CSA, **kw))
            self.index_keys.append(self._paged(
                num_blocks, cfg.csa_rate, cfg.index_head_dim, True, **kw) if kind == CSA else None)

    def _paged(self, num_blocks: int, rate: int, dim: int, overlap: bool, *, dtype, device) -> PagedEntries:
        per_block = entry_slots(self.block_size, rate)
        pages = torch.zeros(num_blocks * per_block, dim, dtype=dtype, device=device)
        slots = (self.num_seq_slots, self.num_slots)
        state = CompressorSlots.new(*slots, rate, dim, overlap, dtype=dtype, device=device)
        return PagedEntries(pages, per_block, rate, state)

    def addresses(self, paged: PagedEntries, first: int, end: int, table: torch.Tensor) -> torch.Tensor:
        """Flat page rows of entries first..end-1 of a sequence with block table `table` (long)."""
        tokens = torch.arange(first, end, device=table.device) * paged.rate
        block = table[tokens // self.block_size]
        return block * paged.per_block + (tokens % self.block_size) // paged.rate

    def snapshot_tensors(self) -> list[torch.Tensor]:
        out = list(self.rings)
        for paged in (*self.entries, *self.index_keys):
            if paged is not None:
                out.extend(paged.state.snapshot_tensors())
        return out

    def restore(self, snapshot: int, slot: int) -> None:
        """Give sequence slot `slot` the state kept at a share boundary in `snapshot`."""
        for t in self.snapshot_tensors():
            t[slot] = t[snapshot]
