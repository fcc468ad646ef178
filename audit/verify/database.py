"""Verify the audit log in a database: every record against its leaf, the tree against every checkpoint."""

from __future__ import annotations

import os
from datetime import datetime, timezone

from sqlalchemy.engine import Engine

from sluice.audit.checkpoint import CheckpointInvalid, parse_checkpoint
from sluice.audit.events import format_time
from sluice.audit.signing import Verifier, signed_by
from sluice.audit.export.query import prefetched
from sluice.audit.storage.log import read_state
from sluice.audit.storage.tree import all_checkpoints
from sluice.audit.tombstones import ACTION, Coverage, to_ranges, tombstone_ranges
from sluice.audit.verify.core import Replay, Report, check_entry, prefix_problems
from sluice.audit.verify.parallel import check_in_workers
from sluice.audit.verify.range_worker import QUERY, read_range, suspicious

_CHUNK = 1 << 13  # records per range: small enough that a range is hashed while still in the CPU's cache
_MAX_WORKERS = 4
_WORKERS_FROM = 1 << 16  # a smaller log is checked faster than worker processes start


def _ranges(conn) -> list[tuple[int, int]]:
    """The ``[low, high)`` ranges of positions, a chunk each, that cover every record present."""
    low, high = conn.exec_driver_sql("SELECT min(seq), max(seq) FROM audit_events").one()
    return [] if low is None else [(start, start + _CHUNK) for start in range(low, high + 1, _CHUNK)]


def _chunks(conn, ranges: list[tuple[int, int]]):
    """``(seqs, leaf hashes, entries, indexed)`` of each range that holds records, in log order, via the driver."""
    driver = conn.connection.driver_connection
    # psycopg: the binary protocol hands bytea over as is (text mode would hex-encode every entry)
    cursor = driver.cursor(binary=True) if conn.dialect.driver == "psycopg" else driver.cursor()
    query = QUERY.format("?" if conn.dialect.paramstyle == "qmark" else "%s")
    try:
        for low, high in ranges:
            read = read_range(cursor, query, low, high)
            if read is not None:
                yield read
    finally:
        cursor.close()


def _checkpoints(conn, report: Report, verifier: Verifier | None, external: list[str]):
    found = []
    for row in all_checkpoints(conn):
        label = f"checkpoint #{row.id} ({format_time(datetime.fromtimestamp(row.time_us / 1e6, timezone.utc))})"
        size, root = row.tree_size, row.root_hash
        if verifier is not None:
            # judged by its signatures, not by the unsigned key_id column (which anyone could edit)
            if not signed_by(row.note, verifier):
                report.notes.append(f"{label} is not signed by key {verifier.key_id} (another key, e.g. "
                                    f"before a rotation); skipped")
                continue
            try:
                signed = parse_checkpoint(row.note, verifier)
            except CheckpointInvalid as exc:
                report.add("signature", f"{label}: {exc}")
                continue
            if row.key_id != verifier.key_id:
                report.add("checkpoint", f"{label}: its key_id column says {row.key_id} but it is signed by "
                                         f"{verifier.key_id} (the column was edited)")
            if (signed.size, signed.root) != (size, bytes(root)):
                report.add("checkpoint", f"{label}: the stored size/root differ from its signed note")
            size, root = signed.size, signed.root
        found.append((size, bytes(root), label))
    for i, note in enumerate(external):
        try:
            signed = parse_checkpoint(note, verifier)
        except CheckpointInvalid as exc:
            report.add("signature", f"published checkpoint {i + 1}: {exc}")
            continue
        found.append((signed.size, signed.root, f"published checkpoint {i + 1} ({format_time(signed.time)})"))
    if verifier is None:
        report.notes.append("checkpoint signatures were not checked: pass the log's public key")
    return found


class _Scan:
    """Walks the records in log order: checks each against its leaf, replays the leaves, names gaps."""

    def __init__(self, report: Report, replay: Replay):
        self.report, self.replay = report, replay
        self.expected, self.broken = 0, False

    def checked(self, first: int, count: int, records: int, leaves: list[bytes], suspicious: list) -> bool:
        """Take a range of consecutive records already hashed elsewhere; False if it is not the next one."""
        if self.broken or first != self.expected:
            return False
        self.report.records += records
        for seq, entry, leaf, stored in suspicious:
            check_entry(self.report, seq, entry, leaf, stored)
        self.replay.extend(leaves)
        self.expected += count
        return True

    def rows(self, seqs: list[int], leaves: list[bytes], entries: list, indexed: list) -> None:
        """Take a range of records read here: hashed in bulk when consecutive, else one by one."""
        n = len(seqs)
        if not self.broken and seqs[0] == self.expected and seqs[-1] == self.expected + n - 1:
            self.checked(seqs[0], n, n - entries.count(None), leaves, suspicious(seqs, entries, leaves, indexed))
            return
        for seq, leaf, entry, stored in zip(seqs, leaves, entries, indexed):
            if seq != self.expected:
                gap = self.expected
                what = f"record {gap} is" if seq == gap + 1 else f"records {gap}..{seq - 1} are"
                self.report.add("deleted", f"{what} missing (deleted)", gap)
                self.broken = True
            if entry is not None:
                self.report.records += 1
                check_entry(self.report, seq, entry, leaf, stored)
            if not self.broken:
                self.replay.append(leaf)
            self.expected = seq + 1


def _worker_count(ranges: list[tuple[int, int]], workers: int | None) -> int:
    if workers is None:
        cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        span = ranges[-1][1] - ranges[0][0] if ranges else 0
        workers = min(_MAX_WORKERS, cpus) if span > _WORKERS_FROM else 0
    return min(workers, len(ranges))


def verify_database(engine: Engine, *, verifier: Verifier | None = None,
                    published: list[str] | None = None, workers: int | None = None) -> Report:
    """Check every record of the log in ``engine`` against its leaf hash, the tree against every checkpoint.

    ``workers`` processes read and hash ranges of records in parallel (default: one per CPU, at most
    4, for logs of over 65,536 records); 0 checks everything in this process.
    """
    report = Report(source=engine.url.render_as_string(hide_password=True))
    if published and verifier is None:
        raise ValueError("a published checkpoint can only be checked with the log's public key")
    with engine.connect() as conn:
        state = read_state(conn)
        checkpoints = _checkpoints(conn, report, verifier, list(published or ()))
        replay = Replay(report, checkpoints)
        scan = _Scan(report, replay)
        ranges = _ranges(conn)
        done = check_in_workers(conn, ranges, _worker_count(ranges, workers), scan.checked, report.notes)
        # what the workers did not take (records missing or out of place from there on) is read here
        for chunk in prefetched(_chunks(conn, ranges[done:])):
            scan.rows(*chunk)
        expected, broken = scan.expected, scan.broken
        report.tree_size = expected
        if not broken:
            replay.finish()
            prefix_problems(report, checkpoints, replay)
        if expected > state.size:
            report.add("inserted", f"records {state.size}..{expected - 1} were inserted: the log's head records "
                                   f"only {state.size}", state.size)
        elif expected < state.size:
            report.add("truncated", f"log truncated: its head records {state.size} entries but only {expected} "
                                    f"are present", expected)
        elif not broken and replay.tree.root() != state.root():
            report.add("checkpoint", "the log's head (size and root) does not match its records")
        _purges_have_tombstones(conn, report)
    return report


def _purges_have_tombstones(conn, report: Report) -> None:
    """Every position without an entry must be named by a tombstone later in the log."""
    purged = to_ranges(conn.exec_driver_sql("SELECT seq FROM audit_events WHERE entry IS NULL").scalars())
    if not purged:
        return
    coverage = Coverage()
    query = "SELECT seq, entry FROM audit_events WHERE kind = 'system' AND action = '%s' AND entry IS NOT NULL"
    for seq, entry in conn.exec_driver_sql(query % ACTION):
        coverage.add(tombstone_ranges(seq, bytes(entry)) or ())
    total = 0
    for first, last in purged:
        total += last - first + 1
        for lo, hi in coverage.uncovered(first, last):
            what = f"record {lo} has" if lo == hi else f"records {lo}..{hi} have"
            report.add("deleted", f"{what} no entry and no tombstone records a purge of it (deleted)", lo)
    report.notes.append(f"{total} position(s) emptied by retention; each must be named by a tombstone")
