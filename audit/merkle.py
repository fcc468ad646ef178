"""Merkle tree hashing, proofs and proof verification as in RFC 6962 / RFC 9162 (SHA-256).

Leaf hash = SHA-256(0x00 || entry); node hash = SHA-256(0x01 || left || right); a tree of n leaves
splits at the largest power of two smaller than n. Everything here is plain Python over leaf hashes;
where hashes come from (memory, a database) is a :class:`NodeSource`.

Proofs are built from *perfect subtrees*: ``(level, index)`` names the subtree over leaves
``[index * 2**level, (index + 1) * 2**level)``. A source that stores some of them (the database keeps
every 16th level-4 node, see ``sluice.audit.storage``) answers proofs without rehashing the whole log.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Protocol

_sha256 = hashlib.sha256
EMPTY_ROOT = _sha256(b"").digest()

Node = tuple[int, int]  # (level, index) of a perfect subtree


class ProofError(ValueError):
    """A proof does not verify or its parameters are impossible."""


def leaf_hash(entry: bytes) -> bytes:
    return _sha256(b"\x00" + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return _sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """Largest power of two strictly smaller than n (n >= 2)."""
    return 1 << ((n - 1).bit_length() - 1)


def range_nodes(start: int, end: int) -> list[Node]:
    """The perfect subtrees, left to right, whose right fold is MTH(D[start:end]).

    ``start`` must be a multiple of the largest power of two not above ``end - start``, which holds
    for every range that the RFC's recursive definitions produce.
    """
    nodes: list[Node] = []
    while start < end:
        size = end - start
        if size & (size - 1) == 0:
            level = size.bit_length() - 1
            nodes.append((level, start >> level))
            break
        k = _split(size)
        level = k.bit_length() - 1
        nodes.append((level, start >> level))
        start += k
    return nodes


def fold(hashes: Sequence[bytes]) -> bytes:
    """Right fold of subtree hashes: H(a, H(b, H(c, d)))."""
    result = hashes[-1]
    for h in reversed(hashes[:-1]):
        result = node_hash(h, result)
    return result


class NodeSource(Protocol):
    def perfect_many(self, nodes: Iterable[Node]) -> dict[Node, bytes]:
        """Hashes of the given perfect subtrees (all complete in the tree being proved)."""


def inclusion_plan(index: int, size: int) -> list[list[Node]]:
    """PATH(index, D[size]) as ranges to hash, leaf side first (RFC 6962 section 2.1.1)."""
    if not 0 <= index < size:
        raise ProofError(f"leaf index {index} is outside a tree of size {size}")
    plan: list[list[Node]] = []
    start, end = 0, size
    while end - start > 1:
        k = _split(end - start)
        if index < start + k:
            plan.append(range_nodes(start + k, end))
            end = start + k
        else:
            plan.append(range_nodes(start, start + k))
            start += k
    plan.reverse()
    return plan


def consistency_plan(first: int, second: int) -> list[list[Node]]:
    """PROOF(first, D[second]) as ranges to hash (RFC 6962 section 2.1.2)."""
    if not 0 <= first <= second:
        raise ProofError(f"no consistency proof from size {first} to size {second}")
    if first == 0 or first == second:
        return []
    plan: list[list[Node]] = []
    start, end, complete = 0, second, True
    m = first
    while True:
        n = end - start
        if m == n:
            if not complete:
                plan.append(range_nodes(start, end))
            break
        k = _split(n)
        if m <= k:
            plan.append(range_nodes(start + k, end))
            end = start + k
        else:
            plan.append(range_nodes(start, start + k))
            start += k
            m -= k
            complete = False
    plan.reverse()
    return plan


def resolve(plan: list[list[Node]], source: NodeSource) -> list[bytes]:
    wanted = {node for ranges in plan for node in ranges}
    hashes = source.perfect_many(wanted)
    return [fold([hashes[node] for node in ranges]) for ranges in plan]


def inclusion_proof(index: int, size: int, source: NodeSource) -> list[bytes]:
    return resolve(inclusion_plan(index, size), source)


def consistency_proof(first: int, second: int, source: NodeSource) -> list[bytes]:
    return resolve(consistency_plan(first, second), source)


def root_from_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes]) -> bytes:
    """The root that ``proof`` leads to from ``leaf`` (RFC 9162 section 2.1.3.2)."""
    if not 0 <= index < size:
        raise ProofError(f"leaf index {index} is outside a tree of size {size}")
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            raise ProofError("inclusion proof is longer than the tree is deep")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while fn & 1 == 0 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("inclusion proof is shorter than the tree is deep")
    return r


def verify_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes) -> None:
    if root_from_inclusion(index, size, leaf, proof) != root:
        raise ProofError(f"inclusion proof of leaf {index} does not lead to the root of size {size}")


def verify_consistency(first: int, second: int, first_root: bytes, second_root: bytes,
                       proof: Sequence[bytes]) -> None:
    """Check that the tree of size ``first`` is a prefix of the tree of size ``second`` (RFC 9162 2.1.4.2)."""
    if not 0 <= first <= second:
        raise ProofError(f"size {first} cannot be a prefix of size {second}")
    if first == second:
        if proof:
            raise ProofError("a proof between equal sizes must be empty")
        if first_root != second_root:
            raise ProofError(f"two different roots for the same size {first}")
        return
    if first == 0:
        if proof:
            raise ProofError("a proof from the empty tree must be empty")
        return
    if not proof:
        raise ProofError("consistency proof is empty")
    path = list(proof)
    if first & (first - 1) == 0:
        path.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            raise ProofError("consistency proof is longer than needed")
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while fn & 1 == 0 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("consistency proof does not cover the second tree fully")
    if fr != first_root:
        raise ProofError(f"tree of size {first} is not a prefix of the tree of size {second}")
    if sr != second_root:
        raise ProofError(f"consistency proof does not lead to the root of size {second}")


class CompactRange:
    """The right edge of a growing tree: one hash per set bit of its size, largest subtree first.

    Appending is O(1) amortised and the root is O(log n): no rehashing of earlier leaves.
    """

    __slots__ = ("size", "hashes")

    def __init__(self, size: int = 0, hashes: Sequence[bytes] = ()):
        if len(hashes) != bin(size).count("1"):
            raise ValueError(f"a compact range of size {size} needs {bin(size).count('1')} hashes")
        self.size = size
        self.hashes = list(hashes)

    def append(self, leaf: bytes, completed: list[tuple[int, int, bytes]] | None = None,
               keep_level: int = 1) -> None:
        """Add one leaf hash; record completed subtrees at levels that are multiples of ``keep_level``."""
        position, h, level = self.size, leaf, 0
        hashes = self.hashes
        while position >> level & 1:
            h = node_hash(hashes.pop(), h)
            level += 1
            if completed is not None and level % keep_level == 0:
                completed.append((level, position >> level, h))
        hashes.append(h)
        self.size = position + 1

    def append_subtree(self, level: int, subtree: bytes) -> None:
        """Add a whole perfect subtree of 2**level leaves; the size must be a multiple of 2**level."""
        if self.size & ((1 << level) - 1):
            raise ValueError(f"a level-{level} subtree cannot start at size {self.size}")
        index, h = self.size >> level, subtree
        while index & 1:
            h = node_hash(self.hashes.pop(), h)
            index >>= 1
        self.hashes.append(h)
        self.size += 1 << level

    def extend(self, leaves: Iterable[bytes], stop: int | None = None) -> None:
        """Add leaves in bulk: aligned blocks are hashed level by level, the rest one at a time.

        With ``stop`` no block crosses that tree size (so the root can be read there).
        """
        leaves = leaves if isinstance(leaves, (list, tuple)) else list(leaves)
        i, n = 0, len(leaves)
        while i < n:
            end = self.size + (n - i) if stop is None or stop <= self.size else min(self.size + (n - i), stop)
            room = end - self.size
            align = self.size & -self.size if self.size else 1 << 62
            block = min(align, 1 << (room.bit_length() - 1)) if room > 0 else 0
            if block >= 64:
                self.append_subtree(block.bit_length() - 1, perfect_root(leaves[i:i + block]))
                i += block
            else:
                self.append(leaves[i])
                i += 1

    def root(self) -> bytes:
        return fold(self.hashes) if self.hashes else EMPTY_ROOT

    def to_bytes(self) -> bytes:
        return b"".join(self.hashes)

    @classmethod
    def from_bytes(cls, size: int, data: bytes) -> "CompactRange":
        if len(data) % 32:
            raise ValueError("compact range bytes must be a multiple of 32")
        return cls(size, [data[i:i + 32] for i in range(0, len(data), 32)])


class LeafListSource:
    """A NodeSource over leaf hashes held in memory (exports, tests, small trees)."""

    def __init__(self, leaves: Sequence[bytes]):
        self.leaves = leaves

    def perfect(self, level: int, index: int) -> bytes:
        start = index << level
        if start + (1 << level) > len(self.leaves):
            raise ProofError(f"subtree {level}/{index} is not complete")
        row = list(self.leaves[start:start + (1 << level)])
        while len(row) > 1:
            row = [node_hash(row[i], row[i + 1]) for i in range(0, len(row), 2)]
        return row[0]

    def perfect_many(self, nodes: Iterable[Node]) -> dict[Node, bytes]:
        return {node: self.perfect(*node) for node in nodes}


def perfect_root(leaves: Sequence[bytes]) -> bytes:
    """Root of a perfect subtree (len(leaves) a power of two), hashed a level at a time."""
    row = list(leaves)
    sha = _sha256
    while len(row) > 1:
        row = [sha(b"\x01" + a + b).digest() for a, b in zip(row[0::2], row[1::2])]
    return row[0]


def root_of(leaves: Iterable[bytes]) -> bytes:
    tree = CompactRange()
    tree.extend(list(leaves))
    return tree.root()
