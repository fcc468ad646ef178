"""Verify an export bundle offline: signature, file digests, every record against the signed tree.

Any damage (truncated archive, edited or missing file, wrong key, malformed manifest) becomes a named
problem in the report; nothing here raises on bad input.
"""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import orjson

from sluice.audit.checkpoint import CheckpointInvalid, parse_checkpoint
from sluice.audit.export.bundle import (BUNDLE_FORMAT, CHECKPOINT, CHECKPOINTS, EVENTS, LEAVES, MANIFEST, MANIFEST_SIG,
                                 PUBLIC_KEY, manifest_note_text)
from sluice.audit.events import format_time
from sluice.audit.merkle import leaf_hash
from sluice.audit.signing import KeyFileError, SignatureInvalid, Verifier, open_note
from sluice.audit.tombstones import MARKER, Coverage, to_ranges, tombstone_ranges
from sluice.audit.verify.core import Replay, Report, entry_seq, prefix_problems

_READ_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, KeyError)
_SMALL = 16 << 20
_MAX_TRACKED_GAP = 100_000


class _Stop(Exception):
    """The bundle cannot be checked further."""


def _read_small(archive: zipfile.ZipFile, name: str, report: Report) -> bytes:
    try:
        info = archive.getinfo(name)
        if info.file_size > _SMALL:
            raise ValueError("too large")
        return archive.read(name)
    except _READ_ERRORS as exc:
        report.add("bundle", f"{name} cannot be read ({type(exc).__name__}); the bundle is damaged")
        raise _Stop from None


MANIFEST_FIELDS = frozenset({"format", "version", "export_id", "origin", "created", "filters", "complete",
                             "record_format", "record_file", "records", "tree_size", "purged", "key_id", "files"})


def _members(archive: zipfile.ZipFile, report: Report) -> None:
    """Every member exactly once, with a plain name: a second copy of a name could be read instead."""
    seen: set[str] = set()
    for name in archive.namelist():
        if name in seen:
            report.add("bundle", f"{name} appears more than once in the archive (duplicate member)")
            raise _Stop
        if name.startswith("/") or "\\" in name or ".." in name.split("/"):
            report.add("bundle", f"{name!r} is not a plain member name")
            raise _Stop
        seen.add(name)


def _manifest(archive: zipfile.ZipFile, report: Report) -> tuple[bytes, dict]:
    raw = _read_small(archive, MANIFEST, report)
    try:
        manifest = orjson.loads(raw)
    except orjson.JSONDecodeError:
        report.add("bundle", f"{MANIFEST} is not valid JSON (malformed manifest)")
        raise _Stop from None
    ok = (isinstance(manifest, dict) and manifest.get("format") == BUNDLE_FORMAT and manifest.get("version") == 1
          and isinstance(manifest.get("files"), dict) and isinstance(manifest.get("tree_size"), int)
          and isinstance(manifest.get("records"), int)
          and all(isinstance(v, dict) and isinstance(v.get("sha256"), str) and isinstance(v.get("size"), int)
                  for v in manifest["files"].values()))
    if not ok:
        report.add("bundle", f"{MANIFEST} is malformed (not a {BUNDLE_FORMAT} version 1 manifest)")
        raise _Stop
    unknown = sorted(set(manifest) - MANIFEST_FIELDS)
    if unknown:
        report.add("bundle", f"{MANIFEST} has fields this verifier does not know: {', '.join(unknown)}")
    return raw, manifest


def _key(archive: zipfile.ZipFile, report: Report, pinned: Verifier | None) -> Verifier:
    try:
        bundled = Verifier.parse(_read_small(archive, PUBLIC_KEY, report).decode("utf-8", "replace"))
    except KeyFileError as exc:
        bundled = None
        report.add("bundle", f"{PUBLIC_KEY}: {exc}")
    if pinned is None:
        if bundled is None:
            raise _Stop
        report.notes.append(f"the bundle's own key {bundled.text()} was used; pass --public-key to pin the "
                            f"log's key")
        return bundled
    if bundled is not None and bundled != pinned:
        report.add("signature", f"wrong key: the bundle carries key {bundled.name}+{bundled.key_id}, "
                                f"not the expected {pinned.name}+{pinned.key_id}")
    return pinned


def _check_files(archive: zipfile.ZipFile, manifest: dict, report: Report) -> None:
    listed = manifest["files"]
    present = set(archive.namelist())
    for name in sorted(present - set(listed) - {MANIFEST, MANIFEST_SIG}):
        report.add("bundle", f"{name} is not listed in the manifest (inserted file)")
    for name, meta in listed.items():
        if name == EVENTS:
            continue  # hashed while its records are checked, to read it only once
        if name not in present:
            report.add("bundle", f"{name} is listed in the manifest but missing (deleted file)")
            continue
        digest, size = hashlib.sha256(), 0
        try:
            with archive.open(name) as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
                    size += len(block)
        except _READ_ERRORS as exc:
            report.add("bundle", f"{name} is damaged ({type(exc).__name__}: truncated or corrupt)")
            continue
        if digest.hexdigest() != meta["sha256"] or size != meta["size"]:
            report.add("bundle", f"{name} was modified: its SHA-256 does not match the signed manifest")


def _published(notes: list[str], key: Verifier, main, report: Report) -> list:
    """Checkpoints the verifier obtained elsewhere (a witness, a WORM copy): the bundle must agree with each.

    One newer than the bundle's own checkpoint and larger cannot be compared without the later leaves; one
    made before the export must be a prefix of it, so a smaller export tree means the log was truncated.
    """
    found = []
    for i, note in enumerate(notes):
        label = f"published checkpoint {i + 1}"
        try:
            cp = parse_checkpoint(note, key)
        except CheckpointInvalid as exc:
            report.add("signature", f"{label}: {exc}")
            continue
        label = f"{label} ({format_time(cp.time)}, size {cp.size})"
        if cp.size > main.size and cp.time > main.time:
            report.notes.append(f"{label} is newer and larger than this bundle; it cannot be compared")
            continue
        found.append((cp.size, cp.root, label))
    return found


def _checkpoints(archive: zipfile.ZipFile, key: Verifier, manifest: dict, report: Report,
                 published: list[str]):
    found = []
    try:
        main = parse_checkpoint(_read_small(archive, CHECKPOINT, report).decode("utf-8", "replace"), key)
    except CheckpointInvalid as exc:
        report.add("signature", f"{CHECKPOINT}: {exc}")
        raise _Stop from None
    if main.size != manifest["tree_size"]:
        report.add("bundle", f"the manifest says tree size {manifest['tree_size']} but the checkpoint says {main.size}")
    found.append((main.size, main.root, f"the export checkpoint ({format_time(main.time)})"))
    if CHECKPOINTS in archive.namelist():
        for i, line in enumerate(_read_small(archive, CHECKPOINTS, report).splitlines()):
            try:
                note = orjson.loads(line)["note"]
                if not isinstance(note, str):
                    raise TypeError("note is not a string")
                cp = parse_checkpoint(note, key)
            except (orjson.JSONDecodeError, KeyError, TypeError) as exc:
                report.add("bundle", f"{CHECKPOINTS} line {i + 1} is malformed ({type(exc).__name__})")
                continue
            except CheckpointInvalid as exc:
                report.add("signature", f"{CHECKPOINTS} line {i + 1}: {exc}")
                continue
            if (cp.size, cp.root) != (main.size, main.root):
                found.append((cp.size, cp.root, f"checkpoint of {format_time(cp.time)}"))
    return found + _published(published, key, main, report)


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
        if self.complete and listed_purged is not None and _merged(absent) != listed_purged:
            self.report.add("bundle", f"the manifest's purged positions do not match the records missing from "
                                      f"{EVENTS}")


def _merged(ranges: list[tuple[int, int]]) -> list[list[int]]:
    out: list[list[int]] = []
    for first, last in sorted(ranges):
        if out and first <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], last)
        else:
            out.append([first, last])
    return out


def _replay_records(archive: zipfile.ZipFile, manifest: dict, checkpoints, report: Report) -> None:
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


def verify_bundle(path: Path, *, verifier: Verifier | None = None, published: list[str] | None = None) -> Report:
    """Check a bundle; ``published`` checkpoints (signed notes) must all be consistent with it."""
    report = Report(source=str(path))
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        report.add("bundle", f"{path} does not exist")
        return report
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        report.add("bundle", f"{path} is not a complete bundle ({type(exc).__name__}: truncated or not a ZIP file)")
        return report
    with archive:
        try:
            _members(archive, report)
            raw, manifest = _manifest(archive, report)
            key = _key(archive, report, verifier)
            try:
                text = open_note(_read_small(archive, MANIFEST_SIG, report).decode("utf-8", "replace"), key)
                if text != manifest_note_text(raw):
                    report.add("signature", f"{MANIFEST_SIG} does not sign this manifest (manifest modified)")
            except SignatureInvalid as exc:
                report.add("signature", f"{MANIFEST_SIG}: {exc}")
            _check_files(archive, manifest, report)
            checkpoints = _checkpoints(archive, key, manifest, report, list(published or ()))
            if EVENTS not in archive.namelist() or LEAVES not in archive.namelist():
                report.add("bundle", f"the bundle lacks {EVENTS} or {LEAVES}")
                raise _Stop
            _replay_records(archive, manifest, checkpoints, report)
        except _Stop:
            pass
        except _READ_ERRORS as exc:
            report.add("bundle", f"the bundle is damaged ({type(exc).__name__}: truncated or corrupt)")
    return report
