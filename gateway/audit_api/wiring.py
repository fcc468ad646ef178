"""Start-up and shutdown of the audit log in the app: runtime, group-commit writer, recorder, readiness.

Without a broker (the embedded default) there is no Celery beat, so the app itself signs a
checkpoint every ``SLUICE_AUDIT_CHECKPOINT_MINUTES`` and applies retention once a day, in-process.
"""

from __future__ import annotations

import asyncio
import logging
import time

from sluice.audit.writer import AuditWriter
from sluice.gateway.audit_api.recorder import AuditRecorder
from sluice.gateway.services import Services
from sluice.gateway.health import READINESS_CHECKS_KEY
from sluice.gateway.middleware import METRICS
from sluice.gateway.pipeline.stages import RECORDER_KEY
from sluice.gateway.tasks.runtime import configure_audit

log = logging.getLogger("sluice.audit")

WRITER_KEY = "audit_writer"
SCHEDULER_KEY = "audit_scheduler"
DAY_S = 24 * 3600.0


async def start_audit(ctx: Services) -> None:
    runtime = configure_audit(ctx.settings, engine=ctx.engine)
    if WRITER_KEY not in ctx.extras:
        # The app's engine when sessions use it; else the session factory (tests bind sessions to one
        # connection whose transaction they roll back, and events must land in it).
        bind = ctx.engine if ctx.sessions.kw.get("bind") is ctx.engine else ctx.sessions
        ctx.extras[WRITER_KEY] = AuditWriter(bind, sealer=runtime.sealer,
                                             max_batch=ctx.settings.audit_batch_max).start()
    metrics = ctx.extras.get(METRICS)
    ctx.extras.setdefault(RECORDER_KEY, AuditRecorder(ctx.extras[WRITER_KEY], fail_open=ctx.settings.audit_fail_open,
                                                      alone=metrics.alone if metrics is not None else None))
    ctx.extras.setdefault(READINESS_CHECKS_KEY, {})["audit"] = _readiness
    if ctx.settings.broker_url is None and ctx.settings.env != "test" and SCHEDULER_KEY not in ctx.extras:
        ctx.extras[SCHEDULER_KEY] = asyncio.create_task(_in_process_schedule(ctx.settings.audit_checkpoint_minutes * 60))


async def _in_process_schedule(checkpoint_every_s: float) -> None:
    from sluice.audit.tasks import checkpoint_task, retention_task

    next_retention = time.monotonic()
    while True:
        await asyncio.sleep(checkpoint_every_s)
        try:
            await asyncio.to_thread(checkpoint_task.run)
            if time.monotonic() >= next_retention:
                await asyncio.to_thread(retention_task.run)
                next_retention = time.monotonic() + DAY_S
        except Exception as exc:  # noqa: BLE001 - retried on the next tick; readiness shows store outages
            log.error("scheduled audit work failed", extra={"error_type": type(exc).__name__})


def _readiness(ctx: Services) -> tuple[bool, str]:
    writer: AuditWriter | None = ctx.extras.get(WRITER_KEY)
    if writer is None or not writer.running:
        return False, "audit writer not running"
    return (True, "ok") if writer.healthy else (False, "audit store unavailable")


async def stop_audit(ctx: Services) -> None:
    task = ctx.extras.pop(SCHEDULER_KEY, None)
    if task is not None:
        task.cancel()
    writer: AuditWriter | None = ctx.extras.pop(WRITER_KEY, None)
    if writer is not None:
        writer.close()
