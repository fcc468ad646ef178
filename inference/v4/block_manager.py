"""Block and slot accounting for DeepSeek-V4, with prefix caching at compression boundaries (plain Python).

Blocks hold compressed entries and indexer keys (see `v4.paged_cache`); each running sequence also
owns a slot for its window rings and the compressors' open windows. Slots are numbered
0..num_seq_slots-1 for sequences and after that for prefix snapshots.

Prefix-caching rule: a cached prefix is reused only up to a *share boundary*, a multiple of
`share_every` = lcm(block size, CSA rate, HCA rate) tokens. At such a position every compressor's
window has just closed, so the blocks before it hold every entry the prefix produced and no later
entry writes into them. What the blocks cannot hold (window rings, CSA overlap series) is taken as a
snapshot: when a sequence's computed length lands on a boundary, its slot is copied to a snapshot
slot keyed by the hash of the block chain up to there (so salted per tenant like any block hash). A
later sequence with the same chain reuses the blocks and gets the snapshot copied into its slot.
Snapshots are evicted least recently used; a snapshot is only used while its chain's blocks are
still cached. With prefix caching on, the scheduler cuts prefill chunks at boundaries
(`chunk_alignment`) so that a prompt's last boundary is reached at the end of a step.

Slot copies are queued in `copies` and applied by the runner, in order, before the next forward.
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
        self.copies: list[tuple[int, int]] = []  # (source slot, destination slot)

    @property
    def chunk_alignment(self) -> int | None:
        return self.share_every if self.num_snapshots else None

    def capacity_line(self) -> str:
        return f"{super().capacity_line()} (window slots: {self.num_seq_slots}, prefix snapshots: {self.num_snapshots})"

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

    def commit_computed(self, seq: Sequence) -> None:
        super().commit_computed(seq)
        done = seq.num_computed_tokens
        if not self.num_snapshots or done == 0 or done % self.share_every:
            return
        h = seq.block_hashes[done // self.block_size - 1]
        if h in self.snapshots:
            self.snapshots.move_to_end(h)
            return
        if self.free_snapshots:
            snapshot = self.free_snapshots.pop()
        else:
            _, snapshot = self.snapshots.popitem(last=False)
        self.snapshots[h] = snapshot
        self.copies.append((self.slot_of[seq.seq_id], snapshot))

    def free_seq(self, seq: Sequence) -> None:
        super().free_seq(seq)
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
