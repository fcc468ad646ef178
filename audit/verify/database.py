"""Verify the audit log in a database: every record against its leaf, the tree against every checkpoint."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy.engine import Engine

from audit.checkpoint import CheckpointInvalid, parse_checkpoint
from audit.events import format_time
from audit.signing import Verifier
from audit.export.query import prefetched
from audit.storage.log import read_state
from audit.storage.tree import all_checkpoints
from audit.verify.core import Replay, Report, check_chunk, check_entry, prefix_problems

_CHUNK = 1 << 16


def _chunks(conn):
    """``(seqs, leaf hashes, entries)`` in log order, a range of positions at a time, via the driver."""
    driver = conn.connection.driver_connection
    # psycopg: the binary protocol hands bytea over as is (text mode would hex-encode every entry)
    cursor = driver.cursor(binary=True) if conn.dialect.driver == "psycopg" else driver.cursor()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    try:
        cursor.execute("SELECT min(seq), max(seq) FROM audit_events")
        low, high = cursor.fetchone()
        if low is None:
            return
        query = f"SELECT seq, leaf_hash, entry FROM audit_events WHERE seq >= {mark} AND seq < {mark}"
        for start in range(low, high + 1, _CHUNK):
            cursor.execute(query, (start, start + _CHUNK))
            rows = cursor.fetchall()
            if not rows:
                continue
            if any(rows[k][0] > rows[k + 1][0] for k in range(len(rows) - 1)):
                rows.sort(key=lambda row: row[0])
            seqs, leaves, entries = map(list, zip(*rows))
            if not all(type(h) is bytes for h in leaves):
                leaves = [_as_bytes(h) for h in leaves]
            if not all(e is None or type(e) is bytes for e in entries):
                entries = [None if e is None else _as_bytes(e) for e in entries]
            yield seqs, leaves, entries
    finally:
        cursor.close()


def _as_bytes(value) -> bytes:
    """Column values as bytes, even when someone rewrote a BLOB as text."""
    return value.encode() if isinstance(value, str) else bytes(value)


def _checkpoints(conn, report: Report, verifier: Verifier | None, external: list[str]):
    found = []
    for row in all_checkpoints(conn):
        label = f"checkpoint #{row.id} ({format_time(datetime.fromtimestamp(row.time_us / 1e6, timezone.utc))})"
        size, root = row.tree_size, row.root_hash
        if verifier is not None:
            if row.key_id != verifier.key_id:
                report.notes.append(f"{label} is signed by key {row.key_id}, not {verifier.key_id}; skipped")
                continue
            try:
                signed = parse_checkpoint(row.note, verifier)
            except CheckpointInvalid as exc:
                report.add("signature", f"{label}: {exc}")
                continue
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


def verify_database(engine: Engine, *, verifier: Verifier | None = None,
                    published: list[str] | None = None) -> Report:
    report = Report(source=engine.url.render_as_string(hide_password=True))
    if published and verifier is None:
        raise ValueError("a published checkpoint can only be checked with the log's public key")
    with engine.connect() as conn:
        state = read_state(conn)
        checkpoints = _checkpoints(conn, report, verifier, list(published or ()))
        replay = Replay(report, checkpoints)
        expected, broken = 0, False
        for seqs, leaves, entries in prefetched(_chunks(conn)):
            if not broken and seqs[0] == expected and seqs[-1] == expected + len(seqs) - 1:
                report.records += sum(1 for e in entries if e is not None)
                check_chunk(report, seqs, entries, leaves)
                replay.extend(leaves)
                expected += len(seqs)
                continue
            for seq, leaf, entry in zip(seqs, leaves, entries):
                if seq != expected:
                    what = f"record {expected} is" if seq == expected + 1 else f"records {expected}..{seq - 1} are"
                    report.add("deleted", f"{what} missing (deleted)", expected)
                    broken = True
                if entry is not None:
                    report.records += 1
                    check_entry(report, seq, entry, leaf)
                if not broken:
                    replay.append(leaf)
                expected = seq + 1
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
    return report
