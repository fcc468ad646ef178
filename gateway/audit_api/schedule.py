"""The audit log's periodic work in a serving gateway process.

Every serving process, with or without a broker, runs the checkpointer
(:class:`sluice.audit.publish.checkpointer.Checkpointer`): it looks once a second — and at once when
this process has appended ``SLUICE_AUDIT_CHECKPOINT_EVENTS`` events — whether a checkpoint is due by
what is stored, signs it, and publishes the newest checkpoint to the sinks. At shutdown it signs a
last checkpoint and publishes it (bounded by ``FINAL_PUBLISH_S``). Without a broker there is no
Celery beat, so the process also applies retention once a day.
"""

from __future__ import annotations

import asyncio
import logging
import time

from sluice.audit.publish.checkpointer import Checkpointer
from sluice.audit.tasks import retention_task
from sluice.audit.writer import AuditWriter

log = logging.getLogger("sluice.audit")

DAY_S = 24 * 3600.0
CHECK_S = 1.0
POLL_S = 0.2
PUBLISH_S = 2.0
FINAL_PUBLISH_S = 10.0


async def checkpoint_loop(checkpointer: Checkpointer, writer: AuditWriter, signed: asyncio.Event) -> None:
    seen, checked = writer.appended, 0.0
    while True:
        await asyncio.sleep(POLL_S)
        now = time.monotonic()
        if writer.appended - seen < checkpointer.every_events and now - checked < CHECK_S:
            continue
        seen, checked = writer.appended, now
        try:
            if await asyncio.to_thread(checkpointer.checkpoint_if_due) is not None:
                signed.set()
        except Exception as exc:  # noqa: BLE001 - retried on the next tick; readiness shows store outages
            log.error("audit checkpoint failed", extra={"error_type": type(exc).__name__})


async def publish_loop(checkpointer: Checkpointer, signed: asyncio.Event) -> None:
    while True:
        try:
            await asyncio.wait_for(signed.wait(), PUBLISH_S)
        except TimeoutError:
            pass
        signed.clear()
        try:
            await asyncio.to_thread(checkpointer.publish)
        except Exception as exc:  # noqa: BLE001 - sinks are retried with backoff; this is the database
            log.error("audit checkpoint publishing failed", extra={"error_type": type(exc).__name__})


async def retention_loop() -> None:
    while True:
        try:
            await asyncio.to_thread(retention_task.run)
        except Exception as exc:  # noqa: BLE001 - retried the next day
            log.error("audit retention failed", extra={"error_type": type(exc).__name__})
        await asyncio.sleep(DAY_S)


def start_audit_work(checkpointer: Checkpointer, writer: AuditWriter, *, retention: bool) -> list[asyncio.Task]:
    signed = asyncio.Event()
    tasks = [asyncio.create_task(checkpoint_loop(checkpointer, writer, signed)),
             asyncio.create_task(publish_loop(checkpointer, signed))]
    if retention:
        tasks.append(asyncio.create_task(retention_loop()))
    return tasks


async def sign_final_checkpoint(checkpointer: Checkpointer) -> None:
    """At shutdown, after the writer has committed its last events: sign and publish them."""
    try:
        await asyncio.to_thread(checkpointer.tick, final=True, deadline=time.time() + FINAL_PUBLISH_S)
    except Exception as exc:  # noqa: BLE001 - shutting down anyway; the next start signs what is uncovered
        log.error("final audit checkpoint failed", extra={"error_type": type(exc).__name__})
