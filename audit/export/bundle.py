"""Export bundles: one ZIP file an auditor can verify offline.

Contents:
  events.jsonl         the canonical entries (exactly the bytes hashed into the log), in log order
  events.csv / events.ocsf.jsonl   the same records in the requested format (when not jsonl)
  leaves.bin           every leaf hash of the tree the checkpoint covers (32 bytes each, in order),
                       so the verifier recomputes the root and finds each record's leaf
  checkpoint.txt       the signed checkpoint covering the export
  checkpoints.jsonl    every earlier checkpoint, to check each is a prefix of the later ones
  public-key.txt       the verifier key of the log
  manifest.json        what was exported and the SHA-256 and size of every other file
  manifest.sig         the manifest's digest, signed (a signed note)

Members are streamed into the archive (constant memory), the archive is written under a temporary
name and renamed into place only when complete, so a failed export leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import orjson
from sqlalchemy.engine import Engine

from sluice.audit.canonical import canonical_json
from sluice.audit.events import format_time
from sluice.audit.export.formats import get_format
from sluice.audit.export.query import (EventFilter, count_events, iter_entry_chunks, iter_leaf_blocks, prefetched,
                                      purged_ranges)
from sluice.audit.signing import Signer, sign_note
from sluice.audit.storage.sqlite_wal import writing
from sluice.audit.storage.tree import all_checkpoints, create_checkpoint

BUNDLE_FORMAT = "sluice-audit-bundle"
BUNDLE_VERSION = 1
EVENTS = "events.jsonl"
LEAVES = "leaves.bin"
CHECKPOINT = "checkpoint.txt"
CHECKPOINTS = "checkpoints.jsonl"
PUBLIC_KEY = "public-key.txt"
MANIFEST = "manifest.json"
MANIFEST_SIG = "manifest.sig"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    records: int
    tree_size: int
    sha256: str
    size: int


def manifest_note_text(manifest_bytes: bytes) -> str:
    return f"{BUNDLE_FORMAT} manifest\nsha256 {hashlib.sha256(manifest_bytes).hexdigest()}\n"


class _Member:
    """Streams one archive member while hashing it."""

    def __init__(self, archive: zipfile.ZipFile, name: str):
        self.name = name
        self._handle = archive.open(name, "w", force_zip64=True)
        archive._sluice_open = self._handle
        self._hash = hashlib.sha256()
        self._size = 0
        self._buffer: list[bytes] = []
        self._buffered = 0

    def write(self, data: bytes) -> None:
        self._buffer.append(data)
        self._buffered += len(data)
        if self._buffered >= 1 << 20:
            self.flush()

    def flush(self) -> None:
        if self._buffer:
            block = b"".join(self._buffer)
            self._hash.update(block)
            self._handle.write(block)
            self._size += len(block)
            self._buffer, self._buffered = [], 0

    def close(self) -> dict:
        self.flush()
        self._handle.close()
        return {"sha256": self._hash.hexdigest(), "size": self._size}


def _abandon(archive: zipfile.ZipFile | None) -> None:
    """Close an archive after a failure without masking the failure (the file is deleted anyway)."""
    if archive is None:
        return
    handle = getattr(archive, "_sluice_open", None)
    for close in ((handle.close if handle is not None else None), archive.close):
        try:
            if close is not None:
                close()
        except Exception:  # noqa: BLE001 - the original error is what matters
            pass


def _write_all(archive: zipfile.ZipFile, name: str, chunks: Iterable[bytes]) -> dict:
    member = _Member(archive, name)
    for chunk in chunks:
        member.write(chunk)
    return member.close()


def write_bundle(engine: Engine, out: Path, *, flt: EventFilter, fmt: str = "jsonl", signer: Signer,
                 origin: str, progress: Progress | None = None, export_id: str | None = None) -> ExportResult:
    record_format = get_format(fmt)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.partial")
    archive = None
    try:
        with writing(engine).begin() as conn:
            checkpoint = create_checkpoint(conn, signer=signer, origin=origin)
        size = checkpoint.tree_size
        archive = zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1, allowZip64=True)
        with engine.connect() as conn:
            total = count_events(conn, flt, size)
            passes = 1 if record_format.name == "jsonl" else 2
            done = 0
            files: dict[str, dict] = {}

            def tick(n: int) -> None:
                nonlocal done
                done += n
                if progress is not None:
                    progress(done, total * passes)

            member, records = _Member(archive, EVENTS), 0
            for entries in prefetched(iter_entry_chunks(conn, flt, size)):
                member.write(b"\n".join(entries) + b"\n")
                records += len(entries)
                tick(len(entries))
            files[EVENTS] = member.close()
            if passes == 2:
                member = _Member(archive, record_format.filename)
                member.write(record_format.header())
                for entries in prefetched(iter_entry_chunks(conn, flt, size)):
                    member.write(b"".join(record_format.record(e, orjson.loads(e)) for e in entries))
                    tick(len(entries))
                files[record_format.filename] = member.close()
            files[LEAVES] = _write_all(archive, LEAVES, prefetched(iter_leaf_blocks(conn, size)))
            notes = [row for row in all_checkpoints(conn) if row.tree_size <= size and row.key_id == signer.key_id]
            files[CHECKPOINTS] = _write_all(archive, CHECKPOINTS, (
                orjson.dumps({"tree_size": row.tree_size, "note": row.note}) + b"\n" for row in notes))
            files[CHECKPOINT] = _write_all(archive, CHECKPOINT, [checkpoint.note.encode()])
            files[PUBLIC_KEY] = _write_all(archive, PUBLIC_KEY, [(signer.verifier.text() + "\n").encode()])
            manifest = canonical_json({
                "format": BUNDLE_FORMAT, "version": BUNDLE_VERSION, "export_id": export_id, "origin": origin,
                "created": format_time(datetime.now(timezone.utc)), "filters": flt.to_dict(),
                "complete": flt.is_complete(), "record_format": record_format.name,
                "record_file": record_format.filename, "records": records, "tree_size": size,
                "purged": purged_ranges(conn, flt, size), "key_id": signer.key_id, "files": files,
            })
            _write_all(archive, MANIFEST, [manifest])
            _write_all(archive, MANIFEST_SIG, [sign_note(manifest_note_text(manifest), signer).encode()])
        archive.close()
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        digest = hashlib.sha256()
        with open(tmp, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        os.replace(tmp, out)
        return ExportResult(out, records, size, digest.hexdigest(), out.stat().st_size)
    except BaseException:
        _abandon(archive)
        tmp.unlink(missing_ok=True)
        raise
