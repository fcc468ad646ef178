"""Captured content: AES-256-GCM under a per-tenant data key, itself wrapped by a key-encryption key.

Destroying a tenant's data key (``destroy_tenant_key``) makes every blob sealed under it unreadable:
crypto-erasure. The Merkle leaf of the event holds only ``content_sha256``, so the log still verifies.
"""

from __future__ import annotations

import os
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from sluice.audit.errors import ContentKeyError
from sluice.audit.storage.models import ContentRow, DataKeyRow

_WRAP_AAD = b"sluice-audit-data-key"


def _aad(seq: int, tenant_id: str) -> bytes:
    return f"sluice-audit-content|{seq}|{tenant_id}".encode()


class ContentSealer:
    """Seals and opens captured content. ``kek`` is 32 bytes derived from the deployment secret."""

    def __init__(self, kek: bytes):
        if len(kek) != 32:
            raise ContentKeyError("the content key-encryption key must be 32 bytes")
        self._kek = AESGCM(kek)
        self._cache: dict[str, bytes] = {}

    def _unwrap(self, row_id: str, wrapped: bytes) -> bytes:
        key = self._cache.get(row_id)
        if key is None:
            try:
                key = self._kek.decrypt(wrapped[:12], wrapped[12:], _WRAP_AAD + row_id.encode())
            except InvalidTag:
                raise ContentKeyError(f"data key {row_id} cannot be unwrapped with this deployment's key") from None
            self._cache[row_id] = key
        return key

    def active_key(self, conn: Connection, tenant_id: str, now_us: int) -> tuple[str, bytes]:
        row = conn.execute(
            select(DataKeyRow.id, DataKeyRow.wrapped_key)
            .where(DataKeyRow.tenant_id == tenant_id, DataKeyRow.wrapped_key.is_not(None))
            .order_by(DataKeyRow.created_time_us.desc()).limit(1)
        ).first()
        if row is not None:
            return row.id, self._unwrap(row.id, row.wrapped_key)
        key_id = f"dk_{secrets.token_hex(12)}"
        key = AESGCM.generate_key(256)
        nonce = os.urandom(12)
        wrapped = nonce + self._kek.encrypt(nonce, key, _WRAP_AAD + key_id.encode())
        conn.execute(DataKeyRow.__table__.insert().values(id=key_id, tenant_id=tenant_id, wrapped_key=wrapped,
                                                          created_time_us=now_us))
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
        key_row = conn.execute(select(DataKeyRow.wrapped_key).where(DataKeyRow.id == row.data_key_id)).first()
        if key_row is None or key_row.wrapped_key is None:
            return None
        key = self._unwrap(row.data_key_id, key_row.wrapped_key)
        try:
            return AESGCM(key).decrypt(row.nonce, row.ciphertext, _aad(seq, row.tenant_id))
        except InvalidTag:
            raise ContentKeyError(f"captured content of event {seq} fails authentication") from None

    def forget(self, key_ids: list[str]) -> None:
        for key_id in key_ids:
            self._cache.pop(key_id, None)


def destroy_tenant_key(conn: Connection, tenant_id: str, now_us: int) -> list[str]:
    """Crypto-erase every captured content blob of a tenant; returns the destroyed key ids."""
    ids = list(conn.execute(select(DataKeyRow.id).where(DataKeyRow.tenant_id == tenant_id,
                                                        DataKeyRow.wrapped_key.is_not(None))).scalars())
    if ids:
        conn.execute(update(DataKeyRow).where(DataKeyRow.id.in_(ids)).values(wrapped_key=None,
                                                                            destroyed_time_us=now_us))
    return ids
