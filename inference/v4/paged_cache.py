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
bookkeeping of its own. Prefix-cache snapshots are slots too (see `v4.block_manager`).
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


def _state_bytes(rate: int, dim: int, overlap: bool, elem: int) -> int:
    width = dim * (2 if overlap else 1)
    pending = 2 * rate * width * elem
    return pending + (rate * dim * (elem + 4) if overlap else 0)  # overlap gates are fp32


def bytes_per_slot(cfg: V4Config, dtype: torch.dtype) -> int:
    """Bytes of one sequence's unpaged state: window rings and compressors' open windows."""
    elem = _elem(dtype)
    total = 0
    for layer, kind in enumerate(cfg.layer_types):
        total += (cfg.sliding_window - 1) * cfg.head_dim * elem
        if kind != SLIDING:
            total += _state_bytes(cfg.compress_rate(layer), cfg.head_dim, kind == CSA, elem)
        if kind == CSA:
            total += _state_bytes(cfg.csa_rate, cfg.index_head_dim, True, elem)
    return total


@dataclass
class CompressorSlots:
    """Per-slot open-window state of one compressor (rows [slot])."""

    pending_kv: torch.Tensor  # [S, rate, width]
    pending_gate: torch.Tensor
    overlap_kv: torch.Tensor | None  # [S, rate, dim]
    overlap_gate: torch.Tensor | None  # fp32

    @classmethod
    def new(cls, slots: int, rate: int, dim: int, overlap: bool, *, dtype, device) -> CompressorSlots:
        width = dim * (2 if overlap else 1)
        pending = (slots, rate, width)
        over = (slots, rate, dim)
        return cls(
            torch.zeros(pending, dtype=dtype, device=device),
            torch.zeros(pending, dtype=dtype, device=device),
            torch.zeros(over, dtype=dtype, device=device) if overlap else None,
            torch.zeros(over, dtype=torch.float32, device=device) if overlap else None,
        )

    def tensors(self) -> list[torch.Tensor]:
        parts = (self.pending_kv, self.pending_gate, self.overlap_kv, self.overlap_gate)
        return [t for t in parts if t is not None]


@dataclass
class PagedEntries:
    """One compressor's entries for all blocks, flat [num_blocks * per_block, dim], with its state."""

    pages: torch.Tensor
    per_block: int
    rate: int
    state: CompressorSlots


class V4PagedCache:
    def __init__(
        self, cfg: V4Config, num_blocks: int, block_size: int, num_slots: int, *, dtype, device
    ) -> None:
        self.cfg, self.block_size, self.num_slots = cfg, block_size, num_slots
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
        state = CompressorSlots.new(self.num_slots, rate, dim, overlap, dtype=dtype, device=device)
        return PagedEntries(pages, per_block, rate, state)

    def addresses(self, paged: PagedEntries, first: int, end: int, table: torch.Tensor) -> torch.Tensor:
        """Flat page rows of entries first..end-1 of a sequence with block table `table` (long)."""
        tokens = torch.arange(first, end, device=table.device) * paged.rate
        block = table[tokens // self.block_size]
        return block * paged.per_block + (tokens % self.block_size) // paged.rate

    def slot_tensors(self) -> list[torch.Tensor]:
        out = list(self.rings)
        for paged in (*self.entries, *self.index_keys):
            if paged is not None:
                out.extend(paged.state.tensors())
        return out

    def copy_slot(self, src: int, dst: int) -> None:
        """Make slot dst hold the same state as slot src (prefix-cache snapshot or restore)."""
        for t in self.slot_tensors():
            t[dst] = t[src]
