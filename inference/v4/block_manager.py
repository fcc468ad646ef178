"""Block and slot accounting for DeepSeek-V4, with prefix caching at compression boundaries (plain Python).

Blocks hold compressed entries and indexer keys (see `v4.paged_cache`); each running sequence also
owns a slot for its window rings and the compressors' open windows. Slots are numbered
0..num_seq_slots-1 for sequences and after that for prefix snapshots.

Prefix-caching rule: a cached prefix is reused only up to a *share boundary*, a multiple of
`share_every` = lcm(block size, CSA rate, HCA rate) tokens. At such a position every compressor's
window has just closed, so the blocks before it hold every entry the prefix produced and no later
entry writes into them. What the blocks cannot hold (window rings, CSA overlap series) is taken as a
snapshot: when a step's tokens cross a boundary, the runner writes the sequence's state *at that
position* into a snapshot slot reserved here and keyed by the hash of the block chain up to there
(so salted per tenant like any block hash). A later sequence with the same chain reuses the blocks
and gets the snapshot copied into its slot. Snapshots are evicted least recently used and take
effect once the step that fills them is done; one is used only while its chain's blocks are still
cached.

Restores are queued in `copies` and applied by the runner, in order, before the next forward.
"""

from __future__ import annotations

import math
from collections import OrderedDict

from sluice.inference.block_manager import BlockManager, block_hash
from sluice.inference.sequence import Sequence


class V4BlockManager(BlockManager):
    def __init__(
        self,
        num_blocks: int,
        block_size: int,
        *,
        rates: tuple[int, ...],
        num_seq_slots: int,
        num_snapshots: int,
        enable_prefix_caching: bool = True,
    ) -> None:
        super().__init__(num_blocks, block_size, enable_prefix_caching=enable_prefix_caching)
        self.share_every = math.lcm(block_size, *rates)
        self.num_seq_slots = num_seq_slots
        self.num_snapshots = num_snapshots if enable_prefix_caching else 0
        self.free_slots = list(range(num_seq_slots - 1, -1, -1))
        self.slot_of: dict[int, int] = {}
        self.snapshots: OrderedDict[bytes, int] = OrderedDict()  # boundary hash -> slot, LRU first
        self.free_snapshots = list(range(num_seq_slots + self.num_snapshots - 1, num_seq_slots - 1, -1))
        self.planned: dict[int, list[tuple[int, bytes, int]]] = {}  # seq -> (position, hash, slot)
        self.copies: list[tuple[int, int]] = []  # (snapshot slot, sequence slot) restores

    def capacity_line(self) -> str:
        slots = f"window slots: {self.num_seq_slots}, prefix snapshots: {self.num_snapshots}"
        return f"{super().capacity_line()} ({slots})"

    @property
    def num_free_slots(self) -> int:
        return len(self.free_slots)

    def take_copies(self) -> list[tuple[int, int]]:
        copies, self.copies = self.copies, []
        return copies

    # -- admission -------------------------------------------------------------------------------
    def allocate_prefix(self, seq: Sequence) -> int:
        assert not seq.block_table
        seq.num_computed_tokens = seq.num_cached_tokens = 0
        seq.num_hashed_blocks = 0
        seq.block_hashes = []
        slot = self._assign_slot(seq)
        if not (self.num_snapshots and seq.use_prefix_cache):
            return 0
        per_boundary = self.share_every // self.block_size
        parent, hashes, usable = seq.cache_root, [], 0
        max_blocks = (seq.num_tokens - 1) // self.block_size
        for i in range(max_blocks):
            h = block_hash(parent, seq.block_tokens(i))
            if h not in self.cached:
                break
            hashes.append(h)
            parent = h
            if (i + 1) % per_boundary == 0 and h in self.snapshots:
                usable = i + 1
        self.prefix_queries += max_blocks
        if not usable:
            return 0
        self.prefix_hits += usable
        for h in hashes[:usable]:
            self._take(self.cached[h])
            seq.block_table.append(self.cached[h])
        seq.block_hashes = hashes[:usable]
        boundary = hashes[usable - 1]
        self.snapshots.move_to_end(boundary)
        self.copies.append((self.snapshots[boundary], slot))
        seq.num_hashed_blocks = usable
        seq.num_computed_tokens = seq.num_cached_tokens = usable * self.block_size
        return seq.num_computed_tokens

    def append_slots(self, seq: Sequence, num_new_tokens: int) -> None:
        super().append_slots(seq, num_new_tokens)
        if self.num_snapshots:
            self._plan_snapshots(seq, seq.num_computed_tokens + num_new_tokens)

    def captures(self, seq: Sequence) -> list[tuple[int, int]]:
        """(boundary position, snapshot slot) the runner fills during this step's forward."""
        return [(position, slot) for position, _, slot in self.planned.get(seq.seq_id, ())]

    def commit_computed(self, seq: Sequence) -> None:
        super().commit_computed(seq)
        for position, h, slot in self.planned.pop(seq.seq_id, ()):
            if position <= seq.num_computed_tokens and h not in self.snapshots:
                self.snapshots[h] = slot
            else:
                self.free_snapshots.append(slot)

    def _plan_snapshots(self, seq: Sequence, end: int) -> None:
        """Reserve a snapshot slot for every share boundary in (computed, end] not snapshotted yet."""
        every, bs = self.share_every, self.block_size
        first = seq.num_computed_tokens // every + 1
        if first * every > end:
            return
        hashes = list(seq.block_hashes)
        parent = hashes[-1] if hashes else seq.cache_root
        for i in range(len(hashes), end // bs):
            parent = block_hash(parent, seq.block_tokens(i))
            hashes.append(parent)
        planned = self.planned.setdefault(seq.seq_id, [])
        for k in range(first, end // every + 1):
            h = hashes[k * every // bs - 1]
            if h in self.snapshots:
                self.snapshots.move_to_end(h)
                continue
            if self.free_snapshots:
                slot = self.free_snapshots.pop()
            elif self.snapshots:
                _, slot = self.snapshots.popitem(last=False)
            else:
                return  # every snapshot slot is being filled this step
            planned.append((k * every, h, slot))

    def free_seq(self, seq: Sequence) -> None:
        super().free_seq(seq)
        for _, _, snapshot in self.planned.pop(seq.seq_id, ()):
            self.free_snapshots.append(snapshot)
        slot = self.slot_of.pop(seq.seq_id, None)
        if slot is not None:
            self.free_slots.append(slot)

    def _assign_slot(self, seq: Sequence) -> int:
        slot = self.slot_of.get(seq.seq_id)
        if slot is None:
            if not self.free_slots:
                raise RuntimeError("no free V4 state slot (more running sequences than max_num_seqs)")
            slot = self.slot_of[seq.seq_id] = self.free_slots.pop()
        return slot
