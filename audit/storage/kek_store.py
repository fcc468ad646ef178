"""Per-tenant key-encryption keys (KEKs) that live outside the database, so that destroying them is real.

A tenant's data keys (``audit_data_keys``) are wrapped by the tenant's current KEK version; the row
records the version. Destroying every KEK version of a tenant leaves each copy of its wrapped data keys
(database backups, WAL archives) undecryptable, whoever holds the deployment secret.

Plug-in point: a store is a :class:`KekStore` subclass. ``file`` (:mod:`.kek_files`, a directory) is
built in; an external KMS registers a factory under a URL scheme with ``kek_config.register_kek_store``, or
through the entry-point group ``sluice.audit.kek_stores`` (name = scheme, value = the factory), and is
selected with ``SLUICE_AUDIT_KEK_STORE=<scheme>:...``; the factory receives that URL. A KMS store wraps
and unwraps inside the KMS (the KEK never leaves it) and destroys by deleting the tenant's KMS keys.
"""

from __future__ import annotations

from sluice.audit.errors import ContentKeyError

ENTRY_POINT_GROUP = "sluice.audit.kek_stores"


class KekDestroyed(ContentKeyError):
    """The KEK version that wrapped a data key has been destroyed: what it wrapped is erased."""


class KekStore:
    """Wraps and unwraps data keys under a tenant's KEK versions, and destroys them.

    Implementations must be safe across processes: two processes that wrap for a tenant without a KEK
    at the same moment end up with one KEK version, not two different keys of the same version.
    """

    name = "base"

    def wrap(self, tenant_id: str, key: bytes, aad: bytes) -> tuple[int, bytes]:
        """``(version, wrapped)``: ``key`` wrapped under the tenant's current KEK (created when missing)."""
        raise NotImplementedError

    def unwrap(self, tenant_id: str, version: int, wrapped: bytes, aad: bytes) -> bytes:
        """The data key; :class:`KekDestroyed` when that version was destroyed, ContentKeyError otherwise."""
        raise NotImplementedError

    def destroy(self, tenant_id: str) -> list[int]:
        """Destroy every KEK version of the tenant for good; returns the versions destroyed (idempotent)."""
        raise NotImplementedError

    def describe(self) -> str:
        """Where the keys are, for operators' messages (never key material)."""
        return self.name
