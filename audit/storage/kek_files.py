"""The ``file`` KEK store: one directory per tenant, one 32-byte file per KEK version.

Layout: ``<dir>/<tenant>/v<N>.key`` (mode 0600, directories 0700). A destroyed version leaves an empty
``v<N>.destroyed`` marker, so version numbers are never reused and unwrapping a destroyed version
reports it as erased rather than as a missing file.

A version is created by writing a temporary file, fsyncing it and hard-linking it into place: the link
fails when another process created that version first, and that process's key is then used. Nothing is
cached in memory, so a process sees a destruction done by another at its next wrap or unwrap.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from sluice.audit.errors import ContentKeyError
from sluice.audit.storage.kek_store import KekDestroyed, KekStore
from sluice.audit.witness.witness import fsync_dir

KEY_BYTES = 32
_VERSION = re.compile(r"v([0-9]{1,9})\.(key|destroyed)")
_SAFE_NAME = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}")


def _overwrite_and_unlink(path: Path) -> None:
    """Overwrite the file's bytes with random ones, fsync, unlink."""
    try:
        fd = os.open(path, os.O_WRONLY)
    except FileNotFoundError:
        return
    try:
        size = os.fstat(fd).st_size
        os.pwrite(fd, os.urandom(max(size, KEY_BYTES)), 0)
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink(missing_ok=True)


class FileKekStore(KekStore):
    name = "file"

    def __init__(self, directory: Path):
        self.directory = Path(directory)

    def describe(self) -> str:
        return f"file store {self.directory}"

    def _tenant_dir(self, tenant_id: str) -> Path:
        if _SAFE_NAME.fullmatch(tenant_id):
            return self.directory / tenant_id
        return self.directory / ("sha256-" + hashlib.sha256(tenant_id.encode()).hexdigest())

    def _versions(self, tenant_dir: Path) -> tuple[set[int], set[int]]:
        """(live versions, destroyed versions)."""
        live, dead = set(), set()
        if tenant_dir.is_dir():
            for entry in os.listdir(tenant_dir):
                match = _VERSION.fullmatch(entry)
                if match:
                    (live if match.group(2) == "key" else dead).add(int(match.group(1)))
        return live, dead

    def _ensure_dir(self, tenant_dir: Path) -> None:
        for path in (self.directory, tenant_dir):
            if not path.is_dir():
                path.mkdir(mode=0o700, parents=True, exist_ok=True)
                fsync_dir(path.parent)

    def _create(self, tenant_dir: Path, version: int) -> None:
        """Create version ``version`` unless another process already did (then the link fails)."""
        tmp = tenant_dir / f".tmp-{secrets.token_hex(8)}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, os.urandom(KEY_BYTES))
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, tenant_dir / f"v{version}.key")
        except FileExistsError:
            pass  # created by another process first: its key is the one
        finally:
            tmp.unlink()
            fsync_dir(tenant_dir)

    def _read(self, tenant_id: str, tenant_dir: Path, version: int) -> bytes:
        try:
            key = (tenant_dir / f"v{version}.key").read_bytes()
        except FileNotFoundError:
            if (tenant_dir / f"v{version}.destroyed").exists():
                raise KekDestroyed(f"key-encryption key v{version} of tenant {tenant_id} was destroyed") \
                    from None
            raise ContentKeyError(f"key-encryption key v{version} of tenant {tenant_id} is not in "
                                  f"{self.directory} (SLUICE_AUDIT_KEK_DIR must be the same directory for every "
                                  "process)") from None
        if len(key) != KEY_BYTES:
            raise ContentKeyError(f"key-encryption key file v{version} of tenant {tenant_id} is damaged")
        return key

    def _current(self, tenant_dir: Path) -> int:
        while True:
            live, dead = self._versions(tenant_dir)
            top = max(live | dead, default=0)
            if top in live:
                return top
            self._ensure_dir(tenant_dir)
            self._create(tenant_dir, top + 1)

    def wrap(self, tenant_id: str, key: bytes, aad: bytes) -> tuple[int, bytes]:
        tenant_dir = self._tenant_dir(tenant_id)
        while True:
            version = self._current(tenant_dir)
            try:
                kek = self._read(tenant_id, tenant_dir, version)
                break
            except KekDestroyed:
                continue  # destroyed between listing and reading: the next version is the current one
        nonce = os.urandom(12)
        return version, nonce + AESGCM(kek).encrypt(nonce, key, aad)

    def unwrap(self, tenant_id: str, version: int, wrapped: bytes, aad: bytes) -> bytes:
        kek = self._read(tenant_id, self._tenant_dir(tenant_id), version)
        try:
            return AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], aad)
        except InvalidTag:
            raise ContentKeyError(f"a data key of tenant {tenant_id} does not unwrap with its KEK v{version}") \
                from None

    def destroy(self, tenant_id: str) -> list[int]:
        tenant_dir = self._tenant_dir(tenant_id)
        if not tenant_dir.is_dir():
            return []
        live, _ = self._versions(tenant_dir)
        for version in sorted(live):
            os.close(os.open(tenant_dir / f"v{version}.destroyed", os.O_WRONLY | os.O_CREAT, 0o600))
            _overwrite_and_unlink(tenant_dir / f"v{version}.key")
        fsync_dir(tenant_dir)
        return sorted(live)
