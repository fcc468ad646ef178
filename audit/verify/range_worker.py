"""Check ranges of audit records in a process of its own: read them, re-hash every entry, compare.

Run by path as a script (see ``sluice.audit.verify.parallel``), so starting it imports only the database
driver, nothing of the ``audit`` package; it must stay self-contained. The job (how to connect, which
``[low, high)`` ranges of ``seq``) arrives pickled on stdin; one pickled result per range goes to
stdout, in the order of the ranges:

* ``("empty",)``: the range holds no record;
* ``("ok", first_seq, count, records, leaves, suspicious)`` when the range holds the consecutive positions
  ``first_seq .. first_seq + count - 1``: ``leaves`` are the stored leaf hashes, ``records`` counts the
  entries still present, ``suspicious`` lists ``(seq, entry, leaf, indexed)`` of each entry whose hash,
  position or indexed columns do not match, for the caller to name what is wrong with it;
* ``("irregular",)`` when positions are missing or extra, so the caller checks that range itself;
* ``("error", text)`` when reading failed; nothing follows.

Only the entries that fail travel back; of the others, just their 32-byte leaf hashes.

The columns that exports, the console and retention select on (``sluice.audit.indexed``) are copies
of fields of the hashed entry. Each must equal what the entry implies, so editing a column alone
(moving an event to another tenant, changing its time) is caught like editing the entry.
"""

from __future__ import annotations

import gc
import hashlib
import operator
import os
import pickle
import queue
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

if __package__:
    from sluice.audit.indexed import INDEXED, position_and_values
else:  # started by path: load the one module it shares without importing the package
    import importlib.util

    _spec = importlib.util.spec_from_file_location("_audit_indexed", Path(__file__).resolve().parents[1] / "indexed.py")
    _indexed = importlib.util.module_from_spec(_spec)
    sys.modules[_spec.name] = _indexed  # its annotations are resolved through sys.modules
    _spec.loader.exec_module(_indexed)
    INDEXED, position_and_values = _indexed.INDEXED, _indexed.position_and_values

QUERY = f"SELECT seq, leaf_hash, entry, {', '.join(INDEXED)} FROM audit_events WHERE seq >= {{0}} AND seq < {{0}}"
_LEAF_PREFIX = hashlib.sha256(b"\x00")  # RFC 6962: a leaf hash is SHA-256(0x00 || entry)
_BYTES_OR_NONE = {bytes, type(None)}
_AHEAD = 2  # results ready to send while the caller has not read them yet


def _as_bytes(value) -> bytes:
    """Column values as bytes, even when someone rewrote a BLOB as text."""
    return value.encode() if isinstance(value, str) else bytes(value)


def columns(rows: list) -> tuple[list, list, list, list]:
    """``(seqs, leaf hashes, entries, indexed)`` of range-query rows, in log order, entries bytes or None."""
    seqs = [row[0] for row in rows]
    if not all(map(operator.le, seqs, seqs[1:])):
        rows.sort(key=operator.itemgetter(0))  # the server returns a range unordered to avoid a sort
        seqs = [row[0] for row in rows]
    leaves = [row[1] for row in rows]
    entries = [row[2] for row in rows]
    indexed = [tuple(row[3:]) for row in rows]
    if set(map(type, leaves)) != {bytes}:
        leaves = [_as_bytes(h) for h in leaves]
    if not set(map(type, entries)) <= _BYTES_OR_NONE:
        entries = [None if e is None else _as_bytes(e) for e in entries]
    return seqs, leaves, entries, indexed


def _leaf(entry: bytes) -> bytes:
    h = _LEAF_PREFIX.copy()
    h.update(entry)
    return h.digest()


def suspicious(seqs: list[int], entries: list, leaves: list[bytes], indexed: list) -> list[tuple]:
    """``(seq, entry, leaf, indexed)`` of each present entry whose leaf hash, claimed ``seq`` or indexed
    columns do not match."""
    if None in entries:  # purged records: no entry to check, their stored leaf hash stands
        kept = [i for i, e in enumerate(entries) if e is not None]
        return suspicious(*([values[i] for i in kept] for values in (seqs, entries, leaves, indexed)))
    computed = list(map(_leaf, entries))
    # one decode gives both the position the entry claims and the column values it implies
    claims = list(map(position_and_values, entries))
    expected = [(seq, stored) for seq, stored in zip(seqs, indexed)]
    if computed == leaves and claims == expected:
        return []
    return [(seq, entry, leaf, stored) for seq, entry, leaf, stored, mine, claim, want
            in zip(seqs, entries, leaves, indexed, computed, claims, expected)
            if mine != leaf or claim != want]


def read_range(cursor, query: str, low: int, high: int) -> tuple[list, list, list, list] | None:
    """``columns`` of the records with ``low <= seq < high``; None when there are none."""
    cursor.execute(query, (low, high))
    rows = cursor.fetchall()
    return columns(rows) if rows else None


def check_range(cursor, query: str, low: int, high: int) -> tuple:
    read = read_range(cursor, query, low, high)
    if read is None:
        return ("empty",)
    seqs, leaves, entries, indexed = read
    if seqs[-1] - seqs[0] != len(seqs) - 1:
        return ("irregular",)
    records = len(entries) - entries.count(None)
    return "ok", seqs[0], len(seqs), records, leaves, suspicious(seqs, entries, leaves, indexed)


def _connect(driver: str, target):
    if driver == "psycopg":
        import psycopg

        conn = psycopg.connect(**target["params"], autocommit=True)
        # the binary protocol hands bytea over as is (text mode would hex-encode every entry)
        cursor = conn.cursor(binary=True)
        cursor.execute("SELECT set_config('search_path', %s, false)", (target["search_path"],))
        return conn, cursor, QUERY.format("%s")
    import sqlite3

    conn = sqlite3.connect(target, uri=True)
    return conn, conn.cursor(), QUERY.format("?")


def _results(job: dict) -> Iterator[tuple]:
    """One result per range of the job; an error ends them."""
    try:
        conn, cursor, query = _connect(job["driver"], job["target"])
    except Exception as exc:  # noqa: BLE001 - reported to the caller, which raises it
        yield "error", f"{type(exc).__name__}: {exc}"
        return
    try:
        for low, high in job["ranges"]:
            try:
                result = check_range(cursor, query, low, high)
            except Exception as exc:  # noqa: BLE001 - as above
                yield "error", f"{type(exc).__name__}: {exc}"
                return
            yield result
    finally:
        conn.close()


def _send(pending: queue.Queue, out) -> None:
    try:
        while (result := pending.get()) is not None:
            pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()
    except OSError:  # the caller stopped reading: it needs no more ranges
        os._exit(0)


def main() -> None:
    gc.disable()  # nothing here makes reference cycles; collections would rescan every fetched row
    job = pickle.load(sys.stdin.buffer)
    # results leave from a thread of their own, so the next range is read while the caller is still
    # busy with another worker's (writing to a full pipe would stall this one)
    pending: queue.Queue = queue.Queue(_AHEAD)
    sender = threading.Thread(target=_send, args=(pending, sys.stdout.buffer), daemon=True)
    sender.start()
    for result in _results(job):
        pending.put(result)
    pending.put(None)
    sender.join()


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        pass
