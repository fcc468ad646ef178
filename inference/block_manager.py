"""Paged KV-cache block accounting with prefix caching by block hash (plain Python, no torch).

A full block is identified by the hash of (hash of the previous block, its token ids), so equal
prefixes map to equal hash chains. Freed blocks keep their hash until they are reused, which lets a
later request with the same prefix pick them up again (least recently freed are reused last).

A request may carry a cache salt (e.g. its tenant): the salt's digest stands in as the parent of
the first block, so the whole chain differs and requests with different salts never share blocks.
That closes the timing side channel in which one tenant probes whether another recently sent a
given prompt; requests with the same salt (or none) keep sharing as before.
"""

from __future__ import annotations

import hashlib
from array import array
from collections import OrderedDict
from typing import Protocol

from sluice.inference.sequence import Sequence


class BlockTableListener(Protocol):
    """Told of every change to a sequence's block table (e.g. the runner's persistent tables)."""

    def on_allocate(self, seq: Sequence, blocks: list[int]) -> None:
        """`blocks` were appended, in order, to the end of `seq.block_table`."""

    def on_free(self, seq: Sequence) -> None:
        """`seq.block_table` was emptied."""


def block_hash(parent: bytes | None, tokens: list[int]) -> bytes:
    """128-bit digest of the whole prefix up to this block; collisions (which would let one request
    read another's cached tokens) are not a practical concern, unlike with Python's 64-bit hash."""
    h = hashlib.blake2b(parent or b"", digest_size=16)
    h.update(array("q", tokens).tobytes())
    return h.digest()


def salt_root(cache_salt: str | None) -> bytes | None:
    """The parent hash of a sequence's first block: None without a salt, else the salt's digest
    (domain-separated, so it cannot be mistaken for the hash of a real block)."""
    if cache_salt is None:
        return None
    return hashlib.blake2b(cache_salt.encode("utf-8"), digest_size=16, person=b"sluice-kv-salt").digest()


class Block:
    __slots__ = ("block_id", "ref_count", "hash")

    def __init__(self, block_id: int) -> None:
        self.block_id = block_id
        self.ref_count = 0
        self.hash: bytes | None = None


class BlockManager:
    def __init__(
        self,
        num_blocks: int,
        block_size: int,
        *,
        enable_prefix_caching: bool = True,
        listener: BlockTableListener | None = None,
    ) -> None:
        if num_blocks < 1 or block_size < 1:
            raise ValueError("num_blocks and block_size must be positive")
        self.listener = listener
        self.block_size = block_size
        self.num_blocks = num_blocks
        self.enable_prefix_caching = enable_prefix_caching
        self.blocks = [Block(i) for i in range(num_blocks)]
        self.free: OrderedDict[int, None] = OrderedDict((i, None) for i in range(num_blocks))
        self.cached: dict[bytes, int] = {}  # prefix digest -> block id
        self.prefix_hits = 0
        self.prefix_queries = 0

    @property
    def num_free_blocks(self) -> int:
        return len(self.free)

    def usage(self) -> float:
        return 1.0 - len(self.free) / self.num_blocks

    def capacity_line(self) -> str:
        bs, n = self.block_size, self.num_blocks
        return f"KV cache: {n} blocks \u00d7 {bs} tokens = {n * bs} tokens"

    # -- admission -------------------------------------------------------------------------------
    def allocate_prefix(self, seq: Sequence) -> int:
        """Attach cached blocks for the longest cached prefix of seq (never its last token) and
        return how many tokens they cover. Must be called on a sequence with an empty block table."""
        assert not seq.block_table
        seq.num_computed_tokens = 0
        seq.num_hashed_blocks = 0
        seq.block_hashes = []
        if not (self.enable_prefix_caching and seq.use_prefix_cache):
            return 0
        parent = seq.cache_root
        max_blocks = (seq.num_tokens - 1) // self.block_size
        for i in range(max_blocks):
            h = block_hash(parent, seq.block_tokens(i))
            block_id = self.cached.get(h)
            self.prefix_queries += 1
            if block_id is None:
                break
            self.prefix_hits += 1
            self._take(block_id)
            seq.block_table.append(block_id)
            seq.block_hashes.append(h)
            parent = h
        if self.listener is not None and seq.block_table:
            self.listener.on_allocate(seq, seq.block_table)
        seq.num_hashed_blocks = len(seq.block_table)
        seq.num_computed_tokens = seq.num_cached_tokens = len(seq.block_table) * self.block_size
        return seq.num_computed_tokens

    def can_append(self, seq: Sequence, num_new_tokens: int) -> bool:
        need = seq.blocks_needed(seq.num_computed_tokens + num_new_tokens) - len(seq.block_table)
        return need <= len(self.free)

    def append_slots(self, seq: Sequence, num_new_tokens: int) -> None:
        """Make room for the next num_new_tokens latents of seq (call can_append first)."""
        need = seq.blocks_needed(seq.num_computed_tokens + num_new_tokens) - len(seq.block_table)
        if need > len(self.free):
            raise RuntimeError("append_slots without enough free blocks")
        if need <= 0:
            return
        for _ in range(need):
            block_id, _ = self.free.popitem(last=False)
            block = self.blocks[block_id]
            if block.hash is not None and self.cached.get(block.hash) == block_id:
                del self.cached[block.hash]
            block.hash = None
            block.ref_count = 1
            seq.block_table.append(block_id)
        if self.listener is not None:
            self.listener.on_allocate(seq, seq.block_table[-need:])

    def commit_computed(self, seq: Sequence) -> None:
        """Register the blocks that became full and computed, so later requests can reuse them."""
        if not self.enable_prefix_caching:
            return
        full = min(seq.num_computed_tokens, seq.num_tokens) // self.block_size
        parent = seq.block_hashes[-1] if seq.block_hashes else seq.cache_root
        for i in range(seq.num_hashed_blocks, full):
            h = block_hash(parent, seq.block_tokens(i))
            block = self.blocks[seq.block_table[i]]
            if block.hash is None and h not in self.cached:
                block.hash = h
                self.cached[h] = block.block_id
            seq.block_hashes.append(h)
            parent = h
        seq.num_hashed_blocks = max(seq.num_hashed_blocks, full)

    def free_seq(self, seq: Sequence) -> None:
        for block_id in reversed(seq.block_table):
            block = self.blocks[block_id]
            block.ref_count -= 1
            if block.ref_count == 0:
                self.free[block_id] = None
        if self.listener is not None:
            self.listener.on_free(seq)
        seq.block_table = []
        seq.block_hashes = []
        seq.num_hashed_blocks = 0
        seq.num_computed_tokens = 0

    def _take(self, block_id: int) -> None:
        block = self.blocks[block_id]
        if block.ref_count == 0:
            del self.free[block_id]
        block.ref_count += 1
