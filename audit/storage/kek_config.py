"""Which key-encryption key store a deployment uses: the built-in file store or a plug-in.

``SLUICE_AUDIT_KEK_STORE`` is ``file`` (keys in ``SLUICE_AUDIT_KEK_DIR``) or ``<scheme>:...``, where a
KMS plug-in registers ``<scheme>`` with :func:`register_kek_store` or in the entry-point group
``sluice.audit.kek_stores``.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path

from sluice.audit.errors import ContentKeyError
from sluice.audit.storage.kek_files import FileKekStore
from sluice.audit.storage.kek_store import ENTRY_POINT_GROUP, KekStore

KekStoreFactory = Callable[[str], KekStore]
_registry: dict[str, KekStoreFactory] = {}


def register_kek_store(scheme: str, factory: KekStoreFactory) -> None:
    _registry[scheme] = factory


def kek_store_from_config(spec: str, *, directory: Path) -> KekStore:
    """The store ``SLUICE_AUDIT_KEK_STORE`` names: ``file`` (keys in ``directory``) or ``<scheme>:...``."""
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
