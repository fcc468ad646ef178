"""Background jobs of the audit log (Celery ``shared_task``s; they take ids, never ORM objects).

The process must have called :func:`sluice.audit.runtime.configure` (the gateway does it at start-up and in
each worker process).
"""

from __future__ import annotations

from celery import shared_task

from sluice.audit import runtime, service
from sluice.audit.retention import Rule, apply_retention


@shared_task(name="sluice.audit.checkpoint", ignore_result=False)
def checkpoint_task(force: bool = False) -> dict:
    """Sign a checkpoint of the current log now (gateway processes sign them on their cadence, see
    ``sluice.audit.publish.checkpointer``)."""
    view = service.make_checkpoint(runtime.get(), force=force)
    return {"tree_size": view["tree_size"], "root_hash": view["root_hash"]}


@shared_task(name="sluice.audit.retention")
def retention_task() -> list[dict]:
    """Apply per-tenant retention (beat runs this daily)."""
    rt = runtime.get()
    return apply_retention(rt.engine, default=Rule(rt.events_retention_days, rt.content_retention_days))


@shared_task(name="sluice.audit.export", acks_late=True)
def export_task(export_id: str) -> dict:
    """Write the bundle of a queued export job."""
    return service.run_export_job(runtime.get(), export_id)
