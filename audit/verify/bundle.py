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

from audit.checkpoint import CheckpointInvalid, parse_checkpoint
from audit.export.bundle import (BUNDLE_FORMAT, CHECKPOINT, CHECKPOINTS, EVENTS, LEAVES, MANIFEST, MANIFEST_SIG,
                                 PUBLIC_KEY, manifest_note_text)
from audit.events import format_time
from audit.merkle import leaf_hash
from audit.signing import KeyFileError, SignatureInvalid, Verifier, open_note
from audit.verify.core import Replay, Report, entry_seq, prefix_problems

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


def _checkpoints(archive: zipfile.ZipFile, key: Verifier, manifest: dict, report: Report):
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
                cp = parse_checkpoint(note, key)
            except (orjson.JSONDecodeError, KeyError, TypeError) as exc:
                report.add("bundle", f"{CHECKPOINTS} line {i + 1} is malformed ({type(exc).__name__})")
                continue
            except CheckpointInvalid as exc:
                report.add("signature", f"{CHECKPOINTS} line {i + 1}: {exc}")
                continue
            if (cp.size, cp.root) != (main.size, main.root):
                found.append((cp.size, cp.root, f"checkpoint of {format_time(cp.time)}"))
    return found


def _leaves(archive: zipfile.ZipFile) -> Iterator[bytes]:
    with archive.open(LEAVES) as handle:
        while True:
            block = handle.read(32 * 32768)
            if not block:
                return
            for i in range(0, len(block) - len(block) % 32, 32):
                yield block[i:i + 32]
            if len(block) % 32:
                raise ValueError("leaves.bin is not a whole number of hashes")


def _replay_records(archive: zipfile.ZipFile, manifest: dict, checkpoints, report: Report) -> None:
    size = manifest["tree_size"]
    replay = Replay(report, checkpoints)
    leaves = _leaves(archive)
    position = 0  # leaves consumed
    previous = -1
    complete = bool(manifest.get("complete"))

    def advance_to(target: int) -> bytes | None:
        nonlocal position
        leaf = None
        while position <= target:
            leaf = next(leaves, None)
            if leaf is None:
                return None
            replay.append(leaf)
            position += 1
        return leaf

    missing: dict[int, None] = {}  # gaps of a complete export, until they turn out to be moved records
    with archive.open(EVENTS) as handle:
        for line in handle:
            entry = line[:-1] if line.endswith(b"\n") else line
            seq = entry_seq(entry)
            report.records += 1
            where = f"line {report.records}"
            if seq is None:
                report.add("edited", f"{EVENTS} {where} was edited: it is not a valid audit entry", previous + 1)
                continue
            if seq <= previous:
                if missing.pop(seq, False) is None:
                    report.add("reordered", f"record {seq} ({where}) is out of order after record {previous} "
                                            f"(reordered)", seq)
                else:
                    kind = "inserted" if seq == previous or not complete else "reordered"
                    report.add(kind, f"record {seq} ({where}) is out of order after record {previous} ({kind})", seq)
                continue
            if seq >= size:
                report.add("inserted", f"record {seq} ({where}) is beyond the signed tree of size {size} (inserted)",
                           seq)
                continue
            if complete and seq != previous + 1:
                if seq - previous - 1 <= _MAX_TRACKED_GAP:
                    missing.update(dict.fromkeys(range(previous + 1, seq)))
                else:
                    report.add("deleted", f"records {previous + 1}..{seq - 1} are missing (deleted)", previous + 1)
            leaf = advance_to(seq)
            if leaf is None:
                break
            if leaf_hash(entry) != leaf:
                report.add("edited", f"record {seq} ({where}) was edited: it does not match its leaf in the "
                                     f"signed tree", seq)
            previous = seq
    for seq in missing:
        report.add("deleted", f"record {seq} is missing (deleted)", seq)
    if complete and previous + 1 < size:
        report.add("truncated", f"records {previous + 1}..{size - 1} are missing from {EVENTS} (truncated)",
                   previous + 1)
    advance_to(size - 1)
    for _ in leaves:
        position += 1
    if position != size:
        report.add("truncated", f"{LEAVES} holds {position} leaf hashes but the signed tree has {size}")
    else:
        replay.finish()
        prefix_problems(report, checkpoints, replay)
    report.tree_size = size
    if report.records != manifest["records"]:
        report.add("deleted" if report.records < manifest["records"] else "inserted",
                   f"{EVENTS} holds {report.records} records but the signed manifest lists {manifest['records']}")


def verify_bundle(path: Path, *, verifier: Verifier | None = None) -> Report:
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
            raw, manifest = _manifest(archive, report)
            key = _key(archive, report, verifier)
            try:
                text = open_note(_read_small(archive, MANIFEST_SIG, report).decode("utf-8", "replace"), key)
                if text != manifest_note_text(raw):
                    report.add("signature", f"{MANIFEST_SIG} does not sign this manifest (manifest modified)")
            except SignatureInvalid as exc:
                report.add("signature", f"{MANIFEST_SIG}: {exc}")
            _check_files(archive, manifest, report)
            checkpoints = _checkpoints(archive, key, manifest, report)
            if EVENTS not in archive.namelist() or LEAVES not in archive.namelist():
                report.add("bundle", f"the bundle lacks {EVENTS} or {LEAVES}")
                raise _Stop
            _replay_records(archive, manifest, checkpoints, report)
        except _Stop:
            pass
        except _READ_ERRORS as exc:
            report.add("bundle", f"the bundle is damaged ({type(exc).__name__}: truncated or corrupt)")
    return report
