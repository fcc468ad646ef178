"""Verification split across worker processes finds and names every problem as checking in one process does.

The log is cut into ranges of 16 positions so that 100 records make 7 ranges shared by 2 workers:
tampering in the first, a middle and the last range, handled by either worker, must be reported with
the same problems, in the same order, as by the in-process check.
"""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, delete, event, select, update

from sluice.audit.merkle import leaf_hash
from sluice.audit.storage.log import append_events
from sluice.audit.storage.models import EventRow, install
from sluice.audit.storage.tree import create_checkpoint
from sluice.audit.verify import database, parallel
from sluice.audit.verify.database import verify_database
from sluice.audit.verify.range_worker import suspicious
from tests.audit.conftest import POSTGRES_URL, drop_schema, postgres_schema_url
from tests.audit.helpers import sample_request

_events = EventRow.__table__


@pytest.fixture(autouse=True)
def small_ranges(monkeypatch):
    monkeypatch.setattr(database, "_CHUNK", 16)


@pytest.fixture(autouse=True)
def started(monkeypatch):
    """How many worker processes each verification started."""
    counts: list[int] = []

    class Counted(parallel.RangeWorkers):
        def __init__(self, target, ranges, count):
            counts.append(count)
            super().__init__(target, ranges, count)

    monkeypatch.setattr(parallel, "RangeWorkers", Counted)
    return counts


@pytest.fixture
def filled(log_engine, signer):
    with log_engine.begin() as conn:
        append_events(conn, [sample_request(i) for i in range(40)])
        create_checkpoint(conn, signer=signer, origin="sluice.test/audit")
        append_events(conn, [sample_request(i) for i in range(40, 100)])
        create_checkpoint(conn, signer=signer, origin="sluice.test/audit")
    return log_engine


@pytest.fixture
def both(signer, started):
    def check(engine):
        """The report from 2 workers, after checking it equals the in-process one."""
        alone = verify_database(engine, verifier=signer.verifier, workers=0)
        shared = verify_database(engine, verifier=signer.verifier, workers=2)
        assert started == [2]
        assert (shared.problems, shared.records, shared.tree_size, shared.checkpoints, shared.notes) == \
               (alone.problems, alone.records, alone.tree_size, alone.checkpoints, alone.notes)
        return shared

    return check


def _entry(engine, seq) -> bytes:
    with engine.connect() as conn:
        return bytes(conn.execute(select(_events.c.entry).where(_events.c.seq == seq)).scalar_one())


def test_intact_log_verifies_in_workers(filled, both):
    report = both(filled)
    assert report.ok, report.summary()
    assert (report.records, report.tree_size, report.checkpoints) == (100, 100, 2)


@pytest.mark.parametrize("seq", [3, 17, 57, 99])  # first range, second (the other worker), middle, last
def test_an_edited_record_in_any_range_is_named(filled, both, seq):
    with filled.begin() as conn:
        conn.execute(update(_events).where(_events.c.seq == seq)
                     .values(entry=_entry(filled, seq).replace(b'"req-', b'"REQ-')))
    problem = both(filled).first()
    assert (problem.kind, problem.seq) == ("edited", seq)


@pytest.mark.parametrize("seq", [5, 33, 98])
def test_a_deleted_record_in_any_range_is_named(filled, both, seq):
    with filled.begin() as conn:
        conn.execute(delete(_events).where(_events.c.seq == seq))
    problem = both(filled).first()
    assert (problem.kind, problem.seq) == ("deleted", seq)


def test_deleted_records_at_the_end_of_a_range_are_named(filled, both):
    with filled.begin() as conn:  # the range 48..63 loses its tail: the next one starts too late
        conn.execute(delete(_events).where(_events.c.seq >= 60, _events.c.seq < 64))
    problem = both(filled).first()
    assert (problem.kind, problem.seq) == ("deleted", 60)
    assert "records 60..63 are missing" in problem.message


@pytest.mark.parametrize("a", [15, 70])  # across two ranges (two workers), within one
def test_reordered_records_are_named(filled, both, a):
    b = a + 1
    with filled.begin() as conn:
        rows = {r.seq: r for r in conn.execute(select(_events).where(_events.c.seq.in_([a, b])))}
        for x, y in ((a, b), (b, a)):
            conn.execute(update(_events).where(_events.c.seq == x).values(
                entry=rows[y].entry, leaf_hash=rows[y].leaf_hash, event_id=f"tmp{x}"))
    problem = both(filled).first()
    assert (problem.kind, problem.seq) == ("reordered", a)


def test_an_inserted_record_is_named(filled, both):
    forged = sample_request(999).entry(100)
    from sluice.audit.indexed import INDEXED, indexed_values

    with filled.begin() as conn:  # with the columns a careful forger would give it
        conn.execute(_events.insert().values(seq=100, leaf_hash=leaf_hash(forged), entry=forged,
                                             **dict(zip(INDEXED, indexed_values(forged)))))
    problem = both(filled).first()
    assert (problem.kind, problem.seq) == ("inserted", 100)


def test_a_recomputed_leaf_hash_breaks_the_checkpoint_in_workers_too(filled, both):
    forged = _entry(filled, 70).replace(b'"req-', b'"REQ-')
    with filled.begin() as conn:
        conn.execute(update(_events).where(_events.c.seq == 70).values(entry=forged, leaf_hash=leaf_hash(forged)))
    report = both(filled)
    assert [p.kind for p in report.problems] == ["checkpoint", "checkpoint"]


def test_purged_entries_keep_verifying_by_their_leaf_hash(filled, both):
    from sluice.audit.events import SystemEvent

    with filled.begin() as conn:  # as retention does it: entries emptied, a tombstone names them
        conn.execute(update(_events).where(_events.c.seq.in_([0, 20, 21, 99])).values(entry=None))
        append_events(conn, [SystemEvent(action="audit.purged", detail={"positions": [[0, 0], [20, 21], [99, 99]]})])
    report = both(filled)
    assert report.ok, report.summary()
    assert report.records == 96 + 1


def test_entries_emptied_without_a_tombstone_are_deletions(filled, both):
    with filled.begin() as conn:
        conn.execute(update(_events).where(_events.c.seq.in_([20, 21])).values(entry=None))
    problem = both(filled).first()
    assert (problem.kind, problem.seq) == ("deleted", 20)


def test_a_worker_that_cannot_start_leaves_the_check_to_this_process(filled, signer, monkeypatch, tmp_path):
    broken = tmp_path / "worker.py"
    broken.write_text("raise SystemExit(3)\n")
    monkeypatch.setattr(parallel, "_WORKER", broken)
    report = verify_database(filled, verifier=signer.verifier, workers=2)
    assert report.ok, report.summary()
    assert report.records == 100
    assert any("worker processes stopped" in note for note in report.notes)


@pytest.mark.postgres
def test_workers_read_the_schema_a_connect_hook_chose(signer, started):
    _, schema = postgres_schema_url()
    engine = create_engine(POSTGRES_URL)  # no search_path in the URL: set on every new connection instead

    @event.listens_for(engine, "connect")
    def use_schema(dbapi, _record):
        dbapi.execute(f'SET search_path TO "{schema}"')
        dbapi.commit()

    try:
        with engine.begin() as conn:
            install(conn)
            append_events(conn, [sample_request(i) for i in range(50)])
            create_checkpoint(conn, signer=signer, origin="sluice.test/audit")
        report = verify_database(engine, verifier=signer.verifier, workers=2)
        assert report.ok, report.summary()
        assert (report.records, report.checkpoints, report.notes, started) == (50, 1, [], [2])
    finally:
        engine.dispose()
        drop_schema(schema)


def test_suspicious_names_bad_hashes_misplaced_entries_and_edited_columns_only():
    from sluice.audit.indexed import indexed_values

    entries = [sample_request(i).entry(i) for i in range(4)]
    leaves = [leaf_hash(e) for e in entries]
    cols = [indexed_values(e) for e in entries]
    assert suspicious([0, 1, 2, 3], entries, leaves, cols) == []
    assert suspicious([0, 1, 2, 3], [entries[0], None, entries[2], None], leaves, cols) == []
    bad = [entries[0], entries[2], entries[1], entries[3]]
    swapped = [cols[0], cols[2], cols[1], cols[3]]
    assert suspicious([0, 1, 2, 3], bad, [leaves[0], leaves[2], leaves[1], leaves[3]], swapped) == [
        (1, entries[2], leaves[2], cols[2]), (2, entries[1], leaves[1], cols[1])]
    assert suspicious([0, 1, 2, 3], [entries[0], None, entries[2], entries[3]],
                      [leaves[0], leaves[1], b"x" * 32, leaves[3]], cols) == [(2, entries[2], b"x" * 32, cols[2])]
    moved = cols[3][:2] + ("ten_other",) + cols[3][3:]
    assert suspicious([0, 1, 2, 3], entries, leaves, cols[:3] + [moved]) == [(3, entries[3], leaves[3], moved)]


def test_workers_start_by_default_only_for_logs_beyond_a_few_ranges():
    assert database._worker_count([(0, 8192), (8192, 16384)], None) == 0
    many = [(low, low + 8192) for low in range(0, 200_000, 8192)]
    assert 1 <= database._worker_count(many, None) <= 4
    assert database._worker_count(many, 0) == 0
    assert database._worker_count(many[:2], 3) == 2


@pytest.mark.parametrize("column, value", [("tenant_id", "ten_elsewhere"), ("time_us", 1)])
def test_an_indexed_column_edited_alone_is_named_by_the_workers(filled, both, column, value):
    with filled.begin() as conn:
        conn.execute(update(_events).where(_events.c.seq == 37).values({column: value}))
    problem = both(filled).first()
    assert (problem.kind, problem.seq) == ("edited", 37)
    assert f"column {column} was edited" in problem.message
