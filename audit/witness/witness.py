"""The witness: cosigns a log's checkpoint only if it extends the last one it cosigned for that log.

State is one file per log, ``<hex SHA-256(origin)>.checkpoint``, holding the latest cosigned note
(the log's signature and this witness's cosignature). Checking the old size and writing the new
state happen under one lock, and the state file is written, fsynced and renamed before the answer,
so the witness never cosigns two checkpoints of one log that are inconsistent with each other, also
across restarts. A refused checkpoint whose signature verified is kept as evidence in ``refused/``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from sluice.audit.cosignature import Cosigner
from sluice.audit.merkle import EMPTY_ROOT, ProofError, verify_consistency
from sluice.audit.signing import SignatureInvalid, Verifier, open_note
from sluice.audit.witness.protocol import (SIZE_CONTENT_TYPE, Malformed, checkpoint_body,
                                           decode_add_checkpoint)

log = logging.getLogger("sluice.audit.witness")


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"


def origin_hash(origin: str) -> str:
    return hashlib.sha256(origin.encode()).hexdigest()


def write_durably(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all: a temporary file, fsynced, renamed, the folder fsynced."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass
class Witness:
    cosigner: Cosigner
    state_dir: Path
    logs: dict[str, Verifier]
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self.state_dir = Path(self.state_dir)
        (self.state_dir / "refused").mkdir(parents=True, exist_ok=True)

    def _state_path(self, origin: str) -> Path:
        return self.state_dir / f"{origin_hash(origin)}.checkpoint"

    def latest(self, origin: str) -> str | None:
        """The latest note this witness cosigned for ``origin`` (with its cosignature), or None."""
        try:
            return self._state_path(origin).read_text()
        except FileNotFoundError:
            return None

    def latest_by_hash(self, hex_hash: str) -> str | None:
        for origin in self.logs:
            if origin_hash(origin) == hex_hash:
                return self.latest(origin)
        return None

    def add_checkpoint(self, body: bytes) -> Answer:
        try:
            request = decode_add_checkpoint(body)
            checkpoint = checkpoint_body(request.note)
        except Malformed as exc:
            return Answer(400, f"{exc}\n".encode())
        verifier = self.logs.get(checkpoint.origin)
        if verifier is None:
            return Answer(404, b"unknown log origin\n")
        try:
            open_note(request.note, verifier)
        except SignatureInvalid:
            return Answer(403, b"the checkpoint is not signed by the log's key\n")
        if request.old > checkpoint.size:
            return Answer(400, b"old size is larger than the checkpoint's size\n")
        with self._lock:
            return self._extend(request.old, request.proof, request.note, checkpoint)

    def _extend(self, old: int, proof: list[bytes], note: str, checkpoint) -> Answer:
        held = self.latest(checkpoint.origin)
        held_body = checkpoint_body(held) if held is not None else None
        held_size = held_body.size if held_body is not None else 0
        if old != held_size:
            return Answer(409, f"{held_size}\n".encode(), SIZE_CONTENT_TYPE)
        if checkpoint.size == 0 and checkpoint.root != EMPTY_ROOT:
            return self._refuse(note, "a checkpoint of size 0 must have the empty tree's root")
        held_root = held_body.root if held_body is not None else EMPTY_ROOT
        try:
            if old == 0:
                if proof:
                    raise ProofError("a proof from size 0 must be empty")
            else:
                verify_consistency(old, checkpoint.size, held_root, checkpoint.root, proof)
        except ProofError as exc:
            return self._refuse(note, str(exc))
        cosignature = self.cosigner.cosign(checkpoint.text, int(time.time()))
        write_durably(self._state_path(checkpoint.origin), (note + cosignature).encode())
        log.info("cosigned %s at size %d", checkpoint.origin, checkpoint.size)
        return Answer(200, cosignature.encode())

    def _refuse(self, note: str, reason: str) -> Answer:
        evidence = self.state_dir / "refused" / f"{time.time_ns()}.checkpoint"
        write_durably(evidence, note.encode())
        log.warning("refused an inconsistent checkpoint: %s (kept as %s)", reason, evidence.name)
        return Answer(422, f"{reason}\n".encode())
