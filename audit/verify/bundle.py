"""Verify an export bundle offline: signature, file digests, every record against the signed tree.

Any damage (truncated archive, edited or missing file, wrong key, malformed manifest) becomes a named
problem in the report; nothing here raises on bad input.
"""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from pathlib import Path

import orjson

from sluice.audit.checkpoint import CheckpointInvalid, parse_checkpoint
from sluice.audit.export.bundle import (BUNDLE_FORMAT, CHECKPOINT, CHECKPOINTS, EVENTS, LEAVES, MANIFEST, MANIFEST_SIG,
                                 PUBLIC_KEY, manifest_note_text)
from sluice.audit.events import format_time
from sluice.audit.signing import KeyFileError, SignatureInvalid, Verifier, open_note
from sluice.audit.verify.bundle_records import replay_records
from sluice.audit.verify.core import Report

_READ_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, KeyError)
_SMALL = 16 << 20


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
            replay_records(archive, manifest, checkpoints, report)
        except _Stop:
            pass
        except _READ_ERRORS as exc:
            report.add("bundle", f"the bundle is damaged ({type(exc).__name__}: truncated or corrupt)")
    return report
