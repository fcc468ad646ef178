"""Per-tenant key-encryption keys (KEKs) that live outside the database, so that destroying them is real.

A tenant's data keys (``audit_data_keys``) are wrapped by the tenant's current KEK version; the row
records the version. Destroying every KEK version of a tenant leaves each copy of its wrapped data keys
(database backups, WAL archives) undecryptable, whoever holds the deployment secret.

Plug-in point: a store is a :class:`KekStore` subclass. ``file`` (:mod:`.kek_files`, a directory) is
built in; an external KMS registers a factory under a URL scheme with :func:`register_kek_store`, or
through the entry-point group ``sluice.audit.kek_stores`` (name = scheme, value = the factory), and is
selected with ``SLUICE_AUDIT_KEK_STORE=<scheme>:...``; the factory receives that URL. A KMS store wraps
and unwraps inside the KMS (the KEK never leaves it) and destroys by deleting the tenant's KMS keys.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path

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


KekStoreFactory = Callable[[str], KekStore]
_registry: dict[str, KekStoreFactory] = {}


def register_kek_store(scheme: str, factory: KekStoreFactory) -> None:
    _registry[scheme] = factory


def kek_store_from_config(spec: str, *, directory: Path) -> KekStore:
    """The store ``SLUICE_AUDIT_KEK_STORE`` names: ``file`` (keys in ``directory``) or ``<scheme>:...``."""
    from sluice.audit.storage.kek_files import FileKekStore

    if spec == "file":
        return FileKekStore(directory)
    scheme = spec.split(":", 1)[0]
    factory = _registry.get(scheme)
    if factory is None:
        found = entry_points(group=ENTRY_POINT_GROUP, name=scheme)
        if not found:
            raise ContentKeyError(f"no key-encryption key store named {scheme!r} (SLUICE_AUDIT_KEK_STORE); built "
                                  f"in: file; plug-ins register in the entry-point group {ENTRY_POINT_GROUP}")
        factory = next(iter(found)).load()
        register_kek_store(scheme, factory)
    return factory(spec)
