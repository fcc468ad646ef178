"""Proofs and checkpoints from the database: the stored leaf and subtree hashes answer them.

A perfect subtree at level L is read from ``audit_nodes`` at the nearest stored level at or below L
(every 4th) and hashed up from at most 8 children, so a proof costs O(log n) small reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone

from sqlalchemy import and_, insert, or_, select
from sqlalchemy.engine import Connection, Row

from sluice.audit.checkpoint import Checkpoint, make_checkpoint
from sluice.audit.errors import NotInLog
from sluice.audit.events import SystemEvent, time_us
from sluice.audit.merkle import Node, ProofError, consistency_proof, inclusion_proof, node_hash
from sluice.audit.signing import Signer
from sluice.audit.storage.log import append_events, read_state
from sluice.audit.storage.models import STORED_LEVEL_STEP, CheckpointRow, EventRow, NodeRow

_CHUNK = 500


class StoredTree:
    """A :class:`sluice.audit.merkle.NodeSource` over ``audit_events.leaf_hash`` and ``audit_nodes``."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def _leaves(self, seqs: list[int]) -> dict[int, bytes]:
        found: dict[int, bytes] = {}
        for i in range(0, len(seqs), _CHUNK):
            chunk = seqs[i:i + _CHUNK]
            for seq, h in self.conn.execute(select(EventRow.seq, EventRow.leaf_hash).where(EventRow.seq.in_(chunk))):
                found[seq] = h
        return found

    def _stored(self, keys: list[Node]) -> dict[Node, bytes]:
        found: dict[Node, bytes] = {}
        for i in range(0, len(keys), _CHUNK):
            chunk = keys[i:i + _CHUNK]
            clause = or_(*(and_(NodeRow.level == lv, NodeRow.idx == ix) for lv, ix in chunk))
            for lv, ix, h in self.conn.execute(select(NodeRow.level, NodeRow.idx, NodeRow.hash).where(clause)):
                found[(lv, ix)] = h
        return found

    def perfect_many(self, nodes: Iterable[Node]) -> dict[Node, bytes]:
        plans: dict[Node, tuple[int, list[int]]] = {}
        leaf_wanted: set[int] = set()
        stored_wanted: set[Node] = set()
        for level, index in nodes:
            base = level - level % STORED_LEVEL_STEP
            width = 1 << (level - base)
            children = list(range(index * width, (index + 1) * width))
            plans[(level, index)] = (base, children)
            if base == 0:
                leaf_wanted.update(children)
            else:
                stored_wanted.update((base, c) for c in children)
        leaves = self._leaves(sorted(leaf_wanted))
        stored = self._stored(sorted(stored_wanted))
        result: dict[Node, bytes] = {}
        for node, (base, children) in plans.items():
            try:
                row = [leaves[c] if base == 0 else stored[(base, c)] for c in children]
            except KeyError:
                raise ProofError(f"stored hashes for subtree {node} are missing; the log is damaged") from None
            while len(row) > 1:
                row = [node_hash(row[i], row[i + 1]) for i in range(0, len(row), 2)]
            result[node] = row[0]
        return result


KEY_CHANGED = "audit.signing_key_changed"
_checkpoints = CheckpointRow.__table__


def latest_checkpoint(conn: Connection) -> Row | None:
    """The checkpoint of the largest tree (a row of ``audit_checkpoints``), or None."""
    return conn.execute(select(_checkpoints).order_by(_checkpoints.c.tree_size.desc(), _checkpoints.c.id.desc())
                        .limit(1)).first()


def checkpoint_for_size(conn: Connection, size: int) -> Row | None:
    return conn.execute(select(_checkpoints).where(_checkpoints.c.tree_size == size)
                        .order_by(_checkpoints.c.id.desc()).limit(1)).first()


def all_checkpoints(conn: Connection) -> list[Row]:
    return list(conn.execute(select(_checkpoints).order_by(_checkpoints.c.tree_size, _checkpoints.c.id)))


def create_checkpoint(conn: Connection, *, signer: Signer, origin: str, force: bool = False,
                      now: datetime | None = None) -> Row:
    """Sign the committed tree; reuse the latest checkpoint if the log has not grown (unless ``force``).

    The first checkpoint under a new key is preceded, in the same transaction, by a ``system`` event
    ``audit.signing_key_changed`` naming the previous key and the new one: the rotation is in the log,
    covered by the new key's first signature.
    """
    tree = read_state(conn)
    latest = latest_checkpoint(conn)
    if latest is not None and latest.tree_size == tree.size and latest.key_id == signer.key_id and not force:
        return latest
    if latest is not None and latest.key_id != signer.key_id:
        append_events(conn, [SystemEvent(action=KEY_CHANGED, time=now or datetime.now(timezone.utc), detail={
            "previous_key_id": latest.key_id, "key_id": signer.key_id, "public_key": signer.verifier.text()})])
        tree = read_state(conn)
    checkpoint: Checkpoint = make_checkpoint(origin, tree.size, tree.root(), now or datetime.now(timezone.utc))
    note = checkpoint.sign(signer)
    new_id = conn.execute(insert(_checkpoints).values(
        tree_size=checkpoint.size, root_hash=checkpoint.root, time_us=time_us(checkpoint.time),
        origin=origin, key_id=signer.key_id, note=note).returning(_checkpoints.c.id)).scalar_one()
    return conn.execute(select(_checkpoints).where(_checkpoints.c.id == new_id)).one()


def event_leaf(conn: Connection, *, seq: int | None = None, event_id: str | None = None) -> tuple[int, bytes]:
    query = select(EventRow.seq, EventRow.leaf_hash)
    query = query.where(EventRow.seq == seq) if seq is not None else query.where(EventRow.event_id == event_id)
    row = conn.execute(query).first()
    if row is None:
        raise NotInLog(f"event {seq if seq is not None else event_id} is not in the audit log")
    return row.seq, row.leaf_hash


def prove_inclusion(conn: Connection, seq: int, size: int) -> list[bytes]:
    if seq >= size:
        raise NotInLog(f"event {seq} is not covered by a tree of size {size}")
    return inclusion_proof(seq, size, StoredTree(conn))


def prove_consistency(conn: Connection, first: int, second: int) -> list[bytes]:
    return consistency_proof(first, second, StoredTree(conn))
