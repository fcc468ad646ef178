"""Captured content: AES-256-GCM under a per-tenant data key, wrapped by the tenant's key-encryption key.

New data keys are wrapped by the tenant's current KEK version in a :class:`~.kek_store.KekStore`
(outside the database; the row records ``kek_version``). Rows without a version were wrapped by a key
derived from the deployment secret (``legacy_kek``) and stay readable with it.

Erasure (:mod:`sluice.audit.erasure`) NULLs a tenant's wrapped keys and destroys its KEKs: every blob
sealed under them is unreadable, also from backups. The Merkle leaf of the event holds only
``content_sha256``, so the log still verifies.
"""

from __future__ import annotations

import os
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from sluice.audit.errors import ContentKeyError
from sluice.audit.storage.kek_store import KekDestroyed, KekStore
from sluice.audit.storage.models import ContentRow, DataKeyRow

_WRAP_AAD = b"sluice-audit-data-key"


def _aad(seq: int, tenant_id: str) -> bytes:
    return f"sluice-audit-content|{seq}|{tenant_id}".encode()


class ContentSealer:
    """Seals and opens captured content. New data keys are wrapped in ``kek_store``; ``legacy_kek`` (32
    bytes derived from the deployment secret) opens data keys from before KEK versions."""

    def __init__(self, kek_store: KekStore, *, legacy_kek: bytes | None = None):
        if legacy_kek is not None and len(legacy_kek) != 32:
            raise ContentKeyError("the legacy content key-encryption key must be 32 bytes")
        self._store = kek_store
        self._legacy = AESGCM(legacy_kek) if legacy_kek else None
        self._cache: dict[str, bytes] = {}

    def _unwrap(self, row_id: str, tenant_id: str, kek_version: int | None, wrapped: bytes) -> bytes:
        key = self._cache.get(row_id)
        if key is not None:
            return key
        aad = _WRAP_AAD + row_id.encode()
        if kek_version is not None:
            key = self._store.unwrap(tenant_id, kek_version, bytes(wrapped), aad)
        elif self._legacy is None:
            raise ContentKeyError(f"data key {row_id} predates key-encryption key versions; no legacy key is set")
        else:
            try:
                key = self._legacy.decrypt(wrapped[:12], wrapped[12:], aad)
            except InvalidTag:
                raise ContentKeyError(f"data key {row_id} cannot be unwrapped with this deployment's key") \
                    from None
        self._cache[row_id] = key
        return key

    def active_key(self, conn: Connection, tenant_id: str, now_us: int) -> tuple[str, bytes]:
        row = conn.execute(
            select(DataKeyRow.id, DataKeyRow.wrapped_key, DataKeyRow.kek_version)
            .where(DataKeyRow.tenant_id == tenant_id, DataKeyRow.wrapped_key.is_not(None))
            .order_by(DataKeyRow.created_time_us.desc()).limit(1)
        ).first()
        if row is not None:
            try:
                return row.id, self._unwrap(row.id, tenant_id, row.kek_version, row.wrapped_key)
            except KekDestroyed:
                pass  # its KEK was destroyed (the row is being erased): a new data key
        key_id = f"dk_{secrets.token_hex(12)}"
        key = AESGCM.generate_key(256)
        version, wrapped = self._store.wrap(tenant_id, key, _WRAP_AAD + key_id.encode())
        conn.execute(DataKeyRow.__table__.insert().values(id=key_id, tenant_id=tenant_id, wrapped_key=wrapped,
                                                          kek_version=version, created_time_us=now_us))
        self._cache[key_id] = key
        return key_id, key

    def seal_rows(self, conn: Connection, items: list[tuple[int, str, int, bytes]]) -> list[dict]:
        """Rows for ``audit_content`` from ``(seq, tenant_id, time_us, plaintext)``."""
        rows, keys = [], {}
        for seq, tenant_id, when, plaintext in items:
            if tenant_id not in keys:
                keys[tenant_id] = self.active_key(conn, tenant_id, when)
            key_id, key = keys[tenant_id]
            nonce = os.urandom(12)
            rows.append({"seq": seq, "tenant_id": tenant_id, "data_key_id": key_id, "nonce": nonce,
                         "ciphertext": AESGCM(key).encrypt(nonce, plaintext, _aad(seq, tenant_id)), "time_us": when})
        return rows

    def open(self, conn: Connection, seq: int) -> bytes | None:
        """The captured plaintext of event ``seq``; None when none was captured or it has been erased."""
        row = conn.execute(select(ContentRow).where(ContentRow.seq == seq)).first()
        if row is None:
            return None
        key_row = conn.execute(select(DataKeyRow.wrapped_key, DataKeyRow.kek_version)
                               .where(DataKeyRow.id == row.data_key_id)).first()
        if key_row is None or key_row.wrapped_key is None:
            return None
        try:
            key = self._unwrap(row.data_key_id, row.tenant_id, key_row.kek_version, key_row.wrapped_key)
        except KekDestroyed:
            return None
        try:
            return AESGCM(key).decrypt(row.nonce, row.ciphertext, _aad(seq, row.tenant_id))
        except InvalidTag:
            raise ContentKeyError(f"captured content of event {seq} fails authentication") from None

    def forget(self, key_ids: list[str]) -> None:
        for key_id in key_ids:
            self._cache.pop(key_id, None)
