"""Operations on the audit log used by the CLI, the admin API and the background tasks."""

from __future__ import annotations

import base64
import secrets
import time
from datetime import datetime, timezone
from pathlib import Path

import orjson
from sqlalchemy import select, update
from sqlalchemy.engine import Connection, Row

from sluice.audit.errors import NotInLog
from sluice.audit.events import time_us
from sluice.audit.export.bundle import ExportResult, write_bundle
from sluice.audit.export.formats import get_format
from sluice.audit.export.query import EventFilter
from sluice.audit.indexed import indexed_values
from sluice.audit.intents import interrupted_streams
from sluice.audit.merkle import ProofError
from sluice.audit.runtime import AuditRuntime
from sluice.audit.storage.models import EventRow, ExportRow
from sluice.audit.storage.sqlite_wal import writing
from sluice.audit.storage.tree import (checkpoint_for_size, create_checkpoint, event_leaf, latest_checkpoint,
                                prove_consistency, prove_inclusion)

_events = EventRow.__table__
_exports = ExportRow.__table__


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def checkpoint_view(row: Row) -> dict:
    return {"id": row.id, "tree_size": row.tree_size, "root_hash": b64(row.root_hash), "key_id": row.key_id,
            "origin": row.origin, "time": datetime.fromtimestamp(row.time_us / 1e6, timezone.utc).isoformat(),
            "note": row.note}


def make_checkpoint(runtime: AuditRuntime, *, force: bool = False) -> dict:
    with writing(runtime.engine).begin() as conn:
        return checkpoint_view(create_checkpoint(conn, signer=runtime.signer(), origin=runtime.origin, force=force))


def inclusion(conn: Connection, *, seq: int | None = None, event_id: str | None = None,
              tree_size: int | None = None) -> dict:
    """Inclusion proof of one event against a stored checkpoint (the latest one covering it by default)."""
    seq, leaf = event_leaf(conn, seq=seq, event_id=event_id)
    checkpoint = latest_checkpoint(conn) if tree_size is None else checkpoint_for_size(conn, tree_size)
    if checkpoint is None or checkpoint.tree_size <= seq:
        raise NotInLog(f"no checkpoint covers event {seq} yet; make one first")
    proof = prove_inclusion(conn, seq, checkpoint.tree_size)
    return {"seq": seq, "leaf_hash": b64(leaf), "tree_size": checkpoint.tree_size,
            "proof": [b64(p) for p in proof], "checkpoint": checkpoint_view(checkpoint)}


def consistency(conn: Connection, *, first: int, second: int) -> dict:
    old, new = checkpoint_for_size(conn, first), checkpoint_for_size(conn, second)
    if old is None or new is None:
        raise NotInLog("both sizes must be those of stored checkpoints")
    try:
        proof = prove_consistency(conn, first, second)
    except ProofError as exc:
        raise NotInLog(str(exc)) from None
    return {"first": checkpoint_view(old), "second": checkpoint_view(new), "proof": [b64(p) for p in proof]}


def search(conn: Connection, flt: EventFilter, *, before_seq: int | None = None, limit: int = 50) -> dict:
    """Newest first, keyset-paginated on ``seq``: pass ``next_before`` back as ``before_seq``."""
    limit = max(1, min(limit, 500))
    query = flt.apply(select(_events.c.seq, _events.c.entry, _events.c.purged_time_us))
    if before_seq is not None:
        query = query.where(_events.c.seq < before_seq)
    rows = conn.execute(query.order_by(_events.c.seq.desc()).limit(limit + 1)).all()
    items = [_found(r.seq, r.entry, flt) for r in rows[:limit]]
    return {"items": items, "next_before": rows[limit - 1].seq if len(rows) > limit else None}


def _found(seq: int, entry: bytes | None, flt: EventFilter) -> dict:
    """A search hit. One whose hashed entry does not match the filter was moved in by editing its
    columns: it is shown as tampered, without its content (it may belong to another tenant)."""
    if entry is None:
        return {"seq": seq, "purged": True, "tampered": False, "event": None}
    if not flt.admits(indexed_values(entry)):
        return {"seq": seq, "purged": False, "tampered": True, "event": None}
    return {"seq": seq, "purged": False, "tampered": False, "event": orjson.loads(entry)}


def get_event(conn: Connection, seq: int) -> dict:
    """One event; its tenant (which decides who may see it) comes from the hashed entry, not the column."""
    row = conn.execute(select(_events.c.seq, _events.c.tenant_id, _events.c.entry, _events.c.leaf_hash)
                       .where(_events.c.seq == seq)).first()
    if row is None:
        raise NotInLog(f"event {seq} is not in the audit log")
    event = orjson.loads(row.entry) if row.entry else None
    tenant_id = event.get("tenant_id") if isinstance(event, dict) else row.tenant_id
    return {"seq": row.seq, "tenant_id": tenant_id, "leaf_hash": b64(row.leaf_hash), "purged": row.entry is None,
            "event": event}


def interrupted(conn: Connection, *, tenant_id: str | None = None, older_than_s: float = 0.0,
                limit: int = 100) -> list[dict]:
    """Streams whose intent was committed and whose completion never was (``sluice.audit.intents``),
    newest first; ``older_than_s`` leaves out streams that may still be running."""
    before = time_us(datetime.now(timezone.utc)) - int(older_than_s * 1_000_000)
    return interrupted_streams(conn, tenant_id=tenant_id, before_us=before, limit=limit)


# --- export jobs -----------------------------------------------------------------------------------
def create_export_job(conn: Connection, *, flt: EventFilter, fmt: str, requested_by: str | None) -> str:
    get_format(fmt)
    export_id = f"exp_{secrets.token_hex(12)}"
    conn.execute(_exports.insert().values(
        id=export_id, tenant_id=flt.tenant_id, requested_by=requested_by, filters=flt.to_dict(), format=fmt,
        status="queued", progress=0, created_time_us=time_us(datetime.now(timezone.utc))))
    return export_id


def export_job(conn: Connection, export_id: str) -> Row | None:
    return conn.execute(select(_exports).where(_exports.c.id == export_id)).first()


def export_view(row: Row) -> dict:
    return {"id": row.id, "tenant_id": row.tenant_id, "requested_by": row.requested_by, "filters": row.filters,
            "format": row.format, "status": row.status, "progress": row.progress, "total": row.total,
            "sha256": row.sha256, "size": row.size, "error": row.error,
            "created": datetime.fromtimestamp(row.created_time_us / 1e6, timezone.utc).isoformat(),
            "finished": datetime.fromtimestamp(row.finished_time_us / 1e6, timezone.utc).isoformat()
            if row.finished_time_us else None}


def list_export_jobs(conn: Connection, *, tenant_id: str | None, limit: int = 100) -> list[dict]:
    query = select(_exports).order_by(_exports.c.created_time_us.desc()).limit(limit)
    if tenant_id is not None:
        query = query.where(_exports.c.tenant_id == tenant_id)
    return [export_view(r) for r in conn.execute(query)]


def _update_job(runtime: AuditRuntime, export_id: str, **values) -> None:
    with runtime.engine.begin() as conn:
        conn.execute(update(_exports).where(_exports.c.id == export_id).values(**values))


def run_export_job(runtime: AuditRuntime, export_id: str) -> dict:
    """Run a queued export to ``<export_dir>/<id>.zip``, recording progress; failures are recorded, not raised."""
    with runtime.engine.connect() as conn:
        job = export_job(conn, export_id)
    if job is None:
        raise NotInLog(f"export {export_id} does not exist")
    if job.status == "done":
        return {"id": export_id, "status": "done"}
    _update_job(runtime, export_id, status="running", progress=0, error=None)
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= 1.0 or done >= total:
            last[0] = now
            _update_job(runtime, export_id, progress=done, total=total)

    out = Path(runtime.export_dir) / f"{export_id}.zip"
    try:
        result: ExportResult = write_bundle(runtime.engine, out, flt=EventFilter.from_dict(job.filters),
                                            fmt=job.format, signer=runtime.signer(), origin=runtime.origin,
                                            progress=progress, export_id=export_id)
    except Exception as exc:  # noqa: BLE001 - the job records why it failed; the bundle was never published
        _update_job(runtime, export_id, status="failed", error=f"{type(exc).__name__}: {exc}"[:2000],
                    finished_time_us=time_us(datetime.now(timezone.utc)))
        raise
    _update_job(runtime, export_id, status="done", path=str(result.path), sha256=result.sha256, size=result.size,
                finished_time_us=time_us(datetime.now(timezone.utc)))
    return {"id": export_id, "status": "done", "records": result.records, "sha256": result.sha256}
