"""The records of a bundle against its leaves: each line of events.jsonl matched with its leaf in
leaves.bin, the leaves replayed into the tree and checked at every checkpoint size, and what is
missing from a complete export named unless a tombstone in the bundle accounts for it.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterator

from sluice.audit.export.bundle import EVENTS, LEAVES
from sluice.audit.merkle import leaf_hash
from sluice.audit.tombstones import MARKER, Coverage, merge_ranges, to_ranges, tombstone_ranges
from sluice.audit.verify.core import Replay, Report, entry_seq, prefix_problems

_MAX_TRACKED_GAP = 100_000


class _Leaves:
    """Reads leaves.bin sequentially, feeding every leaf into the replayed tree."""

    def __init__(self, archive: zipfile.ZipFile, replay: Replay):
        self._handle = archive.open(LEAVES)
        self._buffer = b""
        self.replay = replay
        self.position = 0
        self.exhausted = False

    def take(self, count: int) -> list[bytes]:
        """The next ``count`` leaves (fewer at the end of the file), added to the tree."""
        if count <= 0:
            return []
        want = count * 32
        while len(self._buffer) < want and not self.exhausted:
            block = self._handle.read(max(want - len(self._buffer), 1 << 20))
            if not block:
                self.exhausted = True
            self._buffer += block
        data, self._buffer = self._buffer[:want], self._buffer[want:]
        leaves = [data[i:i + 32] for i in range(0, len(data) - len(data) % 32, 32)]
        if len(data) % 32:
            raise ValueError("leaves.bin is not a whole number of hashes")
        self.replay.extend(leaves)
        self.position += len(leaves)
        return leaves

    def drain(self) -> None:
        while self.take(1 << 16):
            pass
        self._handle.close()


def _fast_seq(entry: bytes) -> int | None:
    """The top-level ``seq`` of a canonical entry: its key is the last one spelled ``,"seq":``."""
    i = entry.rfind(b',"seq":')
    if i < 0:
        return None
    j = entry.find(b",", i + 7)
    digits = entry[i + 7:j]
    return int(digits) if digits.isdigit() else None


class _EventLines:
    """Lines of events.jsonl in chunks, read in large blocks, hashing the file on the way."""

    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive
        self.digest = hashlib.sha256()
        self.size = 0

    def __iter__(self) -> Iterator[list[bytes]]:
        rest = b""
        with self.archive.open(EVENTS) as handle:
            while True:
                block = handle.read(4 << 20)
                if not block:
                    break
                self.digest.update(block)
                self.size += len(block)
                lines = (rest + block).split(b"\n")
                rest = lines.pop()
                if lines:
                    yield lines
        if rest:
            yield [rest]


class _Records:
    """Matches each record of events.jsonl with its leaf; names what does not match."""

    def __init__(self, report: Report, leaves: _Leaves, size: int, complete: bool):
        self.report, self.leaves, self.size, self.complete = report, leaves, size, complete
        self.previous = -1
        self.missing: dict[int, None] = {}  # gaps of a complete export, until they turn out to be moved records
        self.gaps: list[tuple[int, int]] = []  # gaps too long to track one by one
        self.coverage = Coverage()  # positions the bundle's tombstones say retention emptied
        self.window_base, self.window = 0, []  # the leaves read last, for records checked one by one

    def _take(self, count: int) -> list[bytes]:
        base = self.leaves.position
        got = self.leaves.take(count)
        self.window_base, self.window = base, got
        return got

    def _leaf_at(self, seq: int) -> bytes | None:
        if seq >= self.leaves.position:
            got = self._take(seq + 1 - self.leaves.position)
            return got[-1] if got and self.leaves.position == seq + 1 else None
        if self.window_base <= seq < self.window_base + len(self.window):
            return self.window[seq - self.window_base]
        return None

    def tombstones(self, entries: list[bytes]) -> None:
        for entry in entries:
            if MARKER in entry:
                seq = _fast_seq(entry)
                self.coverage.add(tombstone_ranges(seq, entry) or () if seq is not None else ())

    def fast(self, entries: list[bytes]) -> bool:
        """Check a chunk in bulk when it is well-formed and in order; False to take the slow path."""
        sha = hashlib.sha256
        if self.complete and not self.missing and self.leaves.position == self.previous + 1:
            # A complete export in order: record n must be exactly leaf n, no parsing needed.
            leaves = self._take(len(entries))
            if len(leaves) == len(entries) and [sha(b"\x00" + e).digest() for e in entries] == leaves:
                self.report.records += len(entries)
                self.previous += len(entries)
                return True
            return False
        seqs = [_fast_seq(e) for e in entries]
        if None in seqs or seqs[0] <= self.previous or seqs[-1] >= self.size:
            return False
        if any(b <= a for a, b in zip(seqs, seqs[1:])):
            return False
        if self.complete and (seqs[0] != self.previous + 1 or seqs[-1] - seqs[0] != len(seqs) - 1):
            return False
        base = self.leaves.position
        leaves = self._take(seqs[-1] + 1 - base)
        if len(leaves) != seqs[-1] + 1 - base:
            self.report.add("truncated", f"{LEAVES} ends before record {base + len(leaves)}")
            self.report.records += len(entries)
            self.previous = seqs[-1]
            return True
        if [sha(b"\x00" + e).digest() for e in entries] != [leaves[s - base] for s in seqs]:
            for n, (s, e) in enumerate(zip(seqs, entries)):
                if leaf_hash(e) != leaves[s - base]:
                    self.report.add("edited", f"record {s} (line {self.report.records + n + 1}) was edited: it "
                                              f"does not match its leaf in the signed tree", s)
        self.report.records += len(entries)
        self.previous = seqs[-1]
        return True

    def one(self, entry: bytes) -> None:
        report = self.report
        report.records += 1
        where = f"line {report.records}"
        seq = entry_seq(entry)
        if seq is None:
            report.add("edited", f"{EVENTS} {where} was edited: it is not a valid audit entry", self.previous + 1)
            return
        if seq <= self.previous:
            if self.missing.pop(seq, False) is None:
                report.add("reordered", f"record {seq} ({where}) is out of order after record {self.previous} "
                                        f"(reordered)", seq)
            else:
                kind = "inserted" if seq == self.previous or not self.complete else "reordered"
                report.add(kind, f"record {seq} ({where}) is out of order after record {self.previous} ({kind})", seq)
            return
        if seq >= self.size:
            report.add("inserted", f"record {seq} ({where}) is beyond the signed tree of size {self.size} "
                                   f"(inserted)", seq)
            return
        if self.complete and seq != self.previous + 1:
            if seq - self.previous - 1 <= _MAX_TRACKED_GAP:
                self.missing.update(dict.fromkeys(range(self.previous + 1, seq)))
            else:
                self.gaps.append((self.previous + 1, seq - 1))
        leaf = self._leaf_at(seq)
        if leaf is None:
            report.add("truncated", f"{LEAVES} has no leaf for record {seq}", seq)
            return
        if leaf_hash(entry) != leaf:
            report.add("edited", f"record {seq} ({where}) was edited: it does not match its leaf in the signed "
                                 f"tree", seq)
        self.previous = seq

    def finish(self, listed_purged) -> None:
        """Name what is missing from a complete export: only positions a tombstone names may be."""
        if self.complete and self.previous + 1 < self.size:
            self.gaps.append((self.previous + 1, self.size - 1))
        absent = [tuple(r) for r in to_ranges(self.missing)] + self.gaps
        absent.sort()
        for first, last in absent:
            for lo, hi in self.coverage.uncovered(first, last):
                if hi == self.size - 1 and lo > self.previous:
                    self.report.add("truncated", f"records {lo}..{hi} are missing from {EVENTS} (truncated)", lo)
                elif lo == hi:
                    self.report.add("deleted", f"record {lo} is missing (deleted)", lo)
                else:
                    self.report.add("deleted", f"records {lo}..{hi} are missing (deleted)", lo)
        if self.complete and listed_purged is not None and merge_ranges(absent) != listed_purged:
            self.report.add("bundle", f"the manifest's purged positions do not match the records missing from "
                                      f"{EVENTS}")


def replay_records(archive: zipfile.ZipFile, manifest: dict, checkpoints, report: Report) -> None:
    size = manifest["tree_size"]
    replay = Replay(report, checkpoints)
    leaves = _Leaves(archive, replay)
    records = _Records(report, leaves, size, bool(manifest.get("complete")))
    lines = _EventLines(archive)
    for entries in lines:
        records.tombstones(entries)
        if not records.fast(entries):
            for entry in entries:
                records.one(entry)
    listed = manifest.get("purged")
    records.finish(listed if isinstance(listed, list) else None)
    listed = manifest["files"].get(EVENTS)
    if listed is None or lines.digest.hexdigest() != listed["sha256"] or lines.size != listed["size"]:
        report.add("bundle", f"{EVENTS} was modified: its SHA-256 does not match the signed manifest")
    leaves.drain()
    report.tree_size = size
    if leaves.position != size:
        report.add("truncated", f"{LEAVES} holds {leaves.position} leaf hashes but the signed tree has {size}")
    else:
        replay.finish()
        prefix_problems(report, checkpoints, replay)
    if report.records != manifest["records"]:
        report.add("deleted" if report.records < manifest["records"] else "inserted",
                   f"{EVENTS} holds {report.records} records but the signed manifest lists {manifest['records']}")
