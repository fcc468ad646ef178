"""Erasure of a tenant's captured content: wrapped data keys NULLed, KEKs destroyed, old copies scrubbed.

1. :func:`null_data_keys` (in the caller's transaction, with the audit record of the action): the
   tenant's wrapped data keys become NULL; on SQLite with ``secure_delete`` so the old bytes are zeroed
   in the page.
2. :func:`finish_erasure` (after that commit): every KEK version of the tenant is destroyed, data keys
   another process wrapped under them meanwhile are NULLed too, and the database files are scrubbed
   (SQLite: WAL checkpointed and truncated; PostgreSQL: ``VACUUM FULL audit_data_keys``).

After step 2 no copy of the wrapped keys anywhere (database backups, WAL archives) can be unwrapped:
the KEKs were outside the database and are gone. Running it again is harmless.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.engine import Connection, Engine

from sluice.audit.storage.kek_store import KekStore
from sluice.audit.storage.models import DataKeyRow
from sluice.audit.storage.sqlite_wal import writing
from sluice.audit.storage.scrub import scrub_table, secure_delete


@dataclass
class Erasure:
    """What an erasure did, for the operator."""

    tenant_id: str
    data_keys: list[str] = field(default_factory=list)
    kek_versions: list[int] = field(default_factory=list)
    kek_store: str = ""
    scrubbed: list[str] = field(default_factory=list)
    not_done: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        versions = ", ".join(f"v{v}" for v in self.kek_versions) or "none left"
        return ([f"wrapped data keys set to NULL: {len(self.data_keys)}",
                 f"key-encryption keys destroyed ({self.kek_store}): {versions}"]
                + [f"scrubbed: {line}" for line in self.scrubbed]
                + [f"NOT DONE: {line}" for line in self.not_done])


def null_data_keys(conn: Connection, tenant_id: str, now_us: int, *,
                   kek_versions: list[int] | None = None) -> list[str]:
    """NULL the tenant's wrapped data keys (only those under ``kek_versions`` when given); their ids."""
    where = [DataKeyRow.tenant_id == tenant_id, DataKeyRow.wrapped_key.is_not(None)]
    if kek_versions is not None:
        where.append(DataKeyRow.kek_version.in_(kek_versions))
    ids = list(conn.execute(select(DataKeyRow.id).where(*where)).scalars())
    if ids:
        with secure_delete(conn):
            conn.execute(update(DataKeyRow).where(DataKeyRow.id.in_(ids))
                         .values(wrapped_key=None, destroyed_time_us=now_us))
    return ids


def finish_erasure(engine: Engine, *, store: KekStore, tenant_id: str, now_us: int,
                   data_keys: list[str]) -> Erasure:
    """Steps 2 and 3, after the NULLs of :func:`null_data_keys` (``data_keys``) are committed."""
    done = Erasure(tenant_id=tenant_id, data_keys=list(data_keys), kek_store=store.describe())
    done.kek_versions = store.destroy(tenant_id)
    if done.kek_versions:
        with writing(engine).begin() as conn:
            done.data_keys += null_data_keys(conn, tenant_id, now_us, kek_versions=done.kek_versions)
    done.scrubbed, done.not_done = scrub_table(engine, DataKeyRow.__tablename__)
    return done
