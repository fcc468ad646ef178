"""The log in the database: dense positions, proofs from stored hashes, signed checkpoints, group commit."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import create_engine, func, select

from sluice.audit.checkpoint import parse_checkpoint
from sluice.audit.errors import AuditUnavailable
from sluice.audit.merkle import root_of, verify_consistency, verify_inclusion
from sluice.audit.storage.log import append_events, read_state
from sluice.audit.storage.models import EventRow, NodeRow
from sluice.audit.storage.tree import create_checkpoint, prove_consistency, prove_inclusion
from sluice.audit.verify.database import verify_database
from sluice.audit.writer import AuditWriter
from tests.audit.helpers import sample_request


def test_appends_get_dense_positions_and_the_head_matches_the_leaves(log_engine):
    results = []
    with log_engine.begin() as conn:
        for batch in range(5):
            results += append_events(conn, [sample_request(batch * 100 + i) for i in range(61)])
    assert [r.seq for r in results] == list(range(305))
    with log_engine.connect() as conn:
        tree = read_state(conn)
        stored = conn.execute(select(func.count()).select_from(NodeRow)).scalar_one()
    assert tree.size == 305 and tree.root() == root_of(r.leaf_hash for r in results)
    assert stored == 305 // 16 + 1  # level-4 subtrees plus one level-8 subtree: proofs read these


def test_inclusion_and_consistency_proofs_from_the_database_verify_against_signed_checkpoints(log_engine, signer):
    leaves, checkpoints = [], []
    for size in (1, 17, 256, 300, 1000):
        with log_engine.begin() as conn:
            leaves += [r.leaf_hash for r in append_events(conn, [sample_request(i) for i in range(size - len(leaves))])]
            row = create_checkpoint(conn, signer=signer, origin="sluice.test/audit")
        checkpoints.append(parse_checkpoint(row.note, signer.verifier))
    with log_engine.connect() as conn:
        for cp in checkpoints:
            assert cp.root == root_of(leaves[:cp.size])
            for seq in {0, cp.size // 2, cp.size - 1}:
                verify_inclusion(seq, cp.size, leaves[seq], prove_inclusion(conn, seq, cp.size), cp.root)
        for old, new in zip(checkpoints, checkpoints[1:]):
            verify_consistency(old.size, new.size, old.root, new.root, prove_consistency(conn, old.size, new.size))


def test_checkpoint_is_reused_while_the_log_has_not_grown(log_engine, signer):
    with log_engine.begin() as conn:
        append_events(conn, [sample_request(1)])
        first = create_checkpoint(conn, signer=signer, origin="o")
        again = create_checkpoint(conn, signer=signer, origin="o")
        forced = create_checkpoint(conn, signer=signer, origin="o", force=True)
    assert again.id == first.id and forced.id != first.id and forced.tree_size == first.tree_size


async def test_group_commit_batches_concurrent_appends_and_each_caller_gets_its_own_position(log_engine):
    writer = AuditWriter(log_engine, max_batch=200).start()
    try:
        events = [sample_request(i) for i in range(600)]
        results = await asyncio.gather(*(writer.append(e) for e in events))
    finally:
        writer.close()
    assert sorted(r.seq for r in results) == list(range(600))
    assert [r.event_id for r in results] == [e.id for e in events]
    assert writer.batches < 600 / 5  # many events per transaction
    with log_engine.connect() as conn:
        ids = dict(conn.execute(select(EventRow.seq, EventRow.event_id)).all())
    assert all(ids[r.seq] == r.event_id for r in results)
    assert verify_database(log_engine).ok


def test_append_raises_audit_unavailable_when_the_store_is_unreachable():
    engine = create_engine("postgresql+psycopg://postgres@127.0.0.1:1/nowhere?connect_timeout=1")
    writer = AuditWriter(engine).start()
    try:
        with pytest.raises(AuditUnavailable) as caught:
            writer.append_sync(sample_request(1), timeout=30)
        assert caught.value.code == "audit_unavailable"
        assert not writer.healthy
    finally:
        writer.close()
        engine.dispose()


def test_append_after_close_is_refused_clearly(log_engine):
    writer = AuditWriter(log_engine).start()
    writer.close()
    with pytest.raises(AuditUnavailable, match="not running"):
        writer.submit(sample_request(1))


def test_a_rolled_back_append_leaves_no_gap(log_engine):
    with log_engine.begin() as conn:
        append_events(conn, [sample_request(0)])
    with pytest.raises(RuntimeError), log_engine.begin() as conn:
        append_events(conn, [sample_request(1), sample_request(2)])
        raise RuntimeError("the caller's transaction fails")
    with log_engine.begin() as conn:
        assert [r.seq for r in append_events(conn, [sample_request(3)])] == [1]
    assert verify_database(log_engine).ok


def test_driver_errors_of_an_append_surface_as_sqlalchemy_errors(log_engine):
    import pytest
    from sqlalchemy.exc import IntegrityError

    event = sample_request(5)
    with log_engine.begin() as conn:
        append_events(conn, [event])
    with pytest.raises(IntegrityError), log_engine.begin() as conn:  # the same event id again
        append_events(conn, [event])
    with log_engine.connect() as conn:
        assert read_state(conn).size == 1
